import { useId } from 'react';
import type { Codebook, Scale } from '../../../../shared/codebook/codebook-schema.ts';
import { removalProblem } from '../draft/removal.ts';
import { moveScale, regroupScale, removeScale, scaleGroups, updateScale } from '../draft/scales.ts';
import { CodebookLabelField } from '../fields/codebook-label-field.tsx';
import { CodebookDescriptionField } from '../fields/codebook-description-field.tsx';
import { CodebookIdLine } from '../fields/codebook-id-line.tsx';
import { CodebookMoveButtons } from '../fields/codebook-move-buttons.tsx';
import { CodebookRemoveFooter } from '../fields/codebook-remove-footer.tsx';
import { CodebookScaleRange } from './codebook-scale-range.tsx';
import { CodebookScaleTargets } from './codebook-scale-targets.tsx';

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

/** Everything about one scale: label, group, targets, range and step, not rateable, order, archive or remove. */
export function CodebookScaleForm({ draft, scale, saved, codingsUse, onChange, onRemoved }: Props) {
  const id = useId();
  const set = (patch: Partial<Scale>) => onChange(updateScale(draft, scale.id, patch));
  const groups = scaleGroups(draft);
  const inGroup = groups.find((g) => g.name === scale.group)?.scales ?? [];
  const remove = () => {
    onChange(removeScale(draft, scale.id));
    onRemoved();
  };

  return (
    <form className="cb-form" aria-label={`Scale: ${scale.label || scale.id}`} onSubmit={(e) => e.preventDefault()}>
      <div className="cb-form-head">
        <h3 className="cb-form-title">{scale.label || 'Untitled scale'}</h3>
        {scale.archived && <span className="cp-tag cp-tag-muted">Archived</span>}
      </div>
      <CodebookIdLine
        id={scale.id}
        fixedBecause="ratings refer to it"
        newText={saved ? null : 'New scale: its id is made from the label when you save.'}
      />

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

      <CodebookScaleTargets id={id} scale={scale} onChange={set} />
      <CodebookScaleRange id={id} scale={scale} onChange={set} />

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

      <CodebookRemoveFooter
        problem={removalProblem('scale', scale.label || scale.id, saved, codingsUse)}
        onRemove={remove}
        help={
          scale.archived
            ? 'Archived: kept for the ratings already made with it; the score sheet offers it for no new ones.'
            : saved && codingsUse > 0
              ? 'Ratings may refer to this scale, so it can be archived but not removed.'
              : 'Nothing refers to this scale yet, so it can still be removed.'
        }
      >
        <CodebookMoveButtons
          position={inGroup.findIndex((s) => s.id === scale.id)}
          count={inGroup.length}
          onMove={(delta) => onChange(moveScale(draft, scale.id, delta))}
        />
        <span className="cb-spacer" />
        <button type="button" className="btn btn-small" onClick={() => set({ archived: !scale.archived })}>
          {scale.archived ? 'Unarchive' : 'Archive'}
        </button>
      </CodebookRemoveFooter>
    </form>
  );
}
