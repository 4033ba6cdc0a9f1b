import { useEffect, useId, useRef, useState } from 'react';
import type { Codebook, Scale, ScaleTarget } from '../../../../shared/codebook/codebook-schema.ts';
import { removalProblem } from '../draft/removal.ts';
import { moveScale, regroupScale, removeScale, scaleGroups, updateScale } from '../draft/scales.ts';
import { CodebookLabelField } from './codebook-label-field.tsx';
import { CodebookDescriptionField } from './codebook-description-field.tsx';

interface Props {
  draft: Codebook;
  scale: Scale;
  /** In the active saved version: its id is fixed (ratings refer to it). */
  saved: boolean;
  /** Codings made with any version of this codebook. */
  codingsUse: number;
  onChange: (next: Codebook) => void;
  onRemoved: () => void;
}

/** The targets the rating API accepts (shared/api/coding.ts), in score-sheet column order. */
const TARGETS: { id: ScaleTarget; label: string }[] = [
  { id: 'mother', label: 'Mother' },
  { id: 'father', label: 'Father' },
  { id: 'other', label: 'Other figure' },
  { id: 'transcript', label: 'Transcript' },
  { id: 'event', label: 'Each loss/trauma event' },
];

const STEPS: { value: number; label: string }[] = [
  { value: 1, label: '1 (whole points)' },
  { value: 0.5, label: '0.5 (half points)' },
];

/** "" and anything not a number become NaN, which the draft's problems explain; "4,5" reads as 4.5. */
const parseNumber = (t: string) => (t.trim() === '' ? Number.NaN : Number(t.trim().replace(',', '.')));
const shown = (v: number) => (Number.isFinite(v) ? String(v) : '');

/** Everything about one scale: label, group, targets, range and step, not rateable, order, archive or remove. */
export function CodebookScaleForm({ draft, scale, saved, codingsUse, onChange, onRemoved }: Props) {
  const id = useId();
  const [minText, setMinText] = useState(shown(scale.min));
  const [maxText, setMaxText] = useState(shown(scale.max));
  const [refusal, setRefusal] = useState<string | null>(null);
  const refusalRef = useRef<HTMLParagraphElement>(null);
  // The refusal appears below the form's buttons: bring it into view.
  useEffect(() => {
    if (refusal) refusalRef.current?.scrollIntoView({ block: 'nearest' });
  }, [refusal]);
  const set = (patch: Partial<Scale>) => onChange(updateScale(draft, scale.id, patch));
  const groups = scaleGroups(draft);
  const inGroup = groups.find((g) => g.name === scale.group)?.scales ?? [];
  const pos = inGroup.findIndex((s) => s.id === scale.id);

  // Revert (or undo of a field) changes the number under the text: show it, unless the text already says it.
  useEffect(() => {
    setMinText((t) => (Object.is(parseNumber(t), scale.min) ? t : shown(scale.min)));
  }, [scale.min]);
  useEffect(() => {
    setMaxText((t) => (Object.is(parseNumber(t), scale.max) ? t : shown(scale.max)));
  }, [scale.max]);

  const toggleTarget = (t: ScaleTarget, on: boolean) =>
    set({ targets: TARGETS.map((x) => x.id).filter((x) => (x === t ? on : scale.targets.includes(x))) });

  const remove = () => {
    const why = removalProblem('scale', scale.label || scale.id, saved, codingsUse);
    if (why) {
      setRefusal(why);
      return;
    }
    onChange(removeScale(draft, scale.id));
    onRemoved();
  };

  return (
    <form className="cb-form" aria-label={`Scale: ${scale.label || scale.id}`} onSubmit={(e) => e.preventDefault()}>
      <div className="cb-form-head">
        <h3 className="cb-form-title">{scale.label || 'Untitled scale'}</h3>
        {scale.archived && <span className="cp-tag cp-tag-muted">Archived</span>}
      </div>
      <p className="cb-form-id muted small">
        {saved ? (
          <>
            id <span className="mono">{scale.id}</span> · fixed: ratings refer to it
          </>
        ) : (
          'New scale: its id is made from the label when you save.'
        )}
      </p>

      <CodebookLabelField id={id} value={scale.label} onChange={(label) => set({ label })} />

      <label className="field-label" htmlFor={`${id}-group`}>
        Group
      </label>
      <select
        id={`${id}-group`}
        className="input"
        value={scale.group}
        onChange={(e) => onChange(regroupScale(draft, scale.id, e.target.value))}
      >
        {groups.map((g) => (
          <option key={g.name} value={g.name}>
            {g.name || '(unnamed group)'}
          </option>
        ))}
      </select>

      <span className="field-label" id={`${id}-targets`}>
        Rated for
      </span>
      <div
        className="cb-check-grid"
        role="group"
        aria-labelledby={`${id}-targets`}
        aria-describedby={`${id}-targets-help`}
      >
        {TARGETS.map((t) => (
          <label key={t.id} className="check-row">
            <input
              type="checkbox"
              checked={scale.targets.includes(t.id)}
              onChange={(e) => toggleTarget(t.id, e.target.checked)}
            />
            {t.label}
          </label>
        ))}
      </div>
      <p id={`${id}-targets-help`} className="muted small cb-help">
        One rating per ticked target: per parent or figure, one for the whole transcript, or one per loss or trauma the
        coder lists.
      </p>

      <div className="cb-range-row">
        <div>
          <label className="field-label" htmlFor={`${id}-min`}>
            Lowest
          </label>
          <input
            id={`${id}-min`}
            className="input"
            inputMode="decimal"
            value={minText}
            aria-invalid={!Number.isFinite(scale.min) || !(scale.max > scale.min) || undefined}
            onChange={(e) => {
              setMinText(e.target.value);
              set({ min: parseNumber(e.target.value) });
            }}
          />
        </div>
        <div>
          <label className="field-label" htmlFor={`${id}-max`}>
            Highest
          </label>
          <input
            id={`${id}-max`}
            className="input"
            inputMode="decimal"
            value={maxText}
            aria-invalid={!Number.isFinite(scale.max) || !(scale.max > scale.min) || undefined}
            onChange={(e) => {
              setMaxText(e.target.value);
              set({ max: parseNumber(e.target.value) });
            }}
          />
        </div>
        <div>
          <label className="field-label" htmlFor={`${id}-step`}>
            Step
          </label>
          <select
            id={`${id}-step`}
            className="input"
            value={String(scale.step)}
            onChange={(e) => set({ step: Number(e.target.value) })}
          >
            {STEPS.map((s) => (
              <option key={s.value} value={String(s.value)}>
                {s.label}
              </option>
            ))}
            {!STEPS.some((s) => s.value === scale.step) && (
              <option value={String(scale.step)}>{scale.step} (from the imported file)</option>
            )}
          </select>
        </div>
      </div>

      <label className="check-row">
        <input
          type="checkbox"
          checked={scale.notRateableAllowed}
          onChange={(e) => set({ notRateableAllowed: e.target.checked })}
        />
        “Not rateable” allowed (for instance too few specific memories)
      </label>

      <label className="field-label" htmlFor={`${id}-aggregate`}>
        Reported value
      </label>
      <select
        id={`${id}-aggregate`}
        className="input"
        value={scale.aggregate}
        onChange={(e) => set({ aggregate: e.target.value === 'max' ? 'max' : 'none' })}
      >
        <option value="none">Each rating as given</option>
        <option value="max">The highest of its ratings (as for unresolved loss over events)</option>
      </select>

      <CodebookDescriptionField
        id={id}
        value={scale.description}
        placeholder="What the scale measures and how to anchor it"
        onChange={(description) => set({ description })}
      />

      <div className="cb-form-actions">
        <button
          type="button"
          className="btn btn-small"
          disabled={pos <= 0}
          onClick={() => onChange(moveScale(draft, scale.id, -1))}
          aria-keyshortcuts="Alt+ArrowUp"
        >
          ↑ Move up
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={pos === inGroup.length - 1}
          onClick={() => onChange(moveScale(draft, scale.id, 1))}
          aria-keyshortcuts="Alt+ArrowDown"
        >
          ↓ Move down
        </button>
        <span className="cb-spacer" />
        <button type="button" className="btn btn-small" onClick={() => set({ archived: !scale.archived })}>
          {scale.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="btn btn-small danger-text" onClick={remove}>
          Remove
        </button>
      </div>
      {refusal ? (
        <p className="field-error" role="alert" ref={refusalRef}>
          {refusal}
        </p>
      ) : (
        <p className="muted small cb-help">
          {scale.archived
            ? 'Archived: kept for the ratings already made with it; the score sheet offers it for no new ones.'
            : saved && codingsUse > 0
              ? 'Ratings may refer to this scale, so it can be archived but not removed.'
              : 'Nothing refers to this scale yet, so it can still be removed.'}
        </p>
      )}
    </form>
  );
}
