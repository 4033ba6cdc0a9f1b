import { useEffect, useId, useRef, useState } from 'react';
import type { Classification } from '../../../shared/api/classification.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import { deriveAllLevels } from '../../../shared/codebook/classification.ts';
import type { ClassificationScheme, Scale } from '../../../shared/codebook/codebook-schema.ts';
import { openScoreSheetEvents, eventLabel, formatValue, reportedValue } from '../score-sheet/index.ts';
import { classify, fieldsOf, type ClassificationFields, type Owner } from '../../state/coding-data.ts';

interface Props {
  owner: Owner;
  scheme: ClassificationScheme | null;
  classification: Classification | null;
  /** The score sheet's losses, traumas and ratings: U is only applicable when one is discussed. */
  events: readonly LossEvent[];
  ratings: readonly Rating[];
  scales: readonly Scale[];
}

/** The category that needs an unresolved loss or trauma (MGH's U), when the codebook rates events at all. */
const UNRESOLVED = 'U';

/** Confidence is recorded as 0..1; coders pick one of three labelled levels. */
export const CONFIDENCE_LEVELS: { label: string; value: number | null }[] = [
  { label: 'Not given', value: null },
  { label: 'Low', value: 0.33 },
  { label: 'Medium', value: 0.67 },
  { label: 'High', value: 1 },
];

const ignore = () => {
  // Failed writes are reported by the save indicator and error banner.
};

const EMPTY: ClassificationFields = {
  primary: '',
  subtype: null,
  alternative: null,
  secondAlternative: null,
  confidence: null,
  forced: false,
  note: '',
};

/**
 * Primary category, subtype, the alternative U and CC require, confidence, "forced" and a note; the
 * 2-, 3-, 4- and 5-way labels derived from this one coding are shown as they change. Categories come
 * from the codebook's classification scheme. A U or CC without its alternative is kept here (not
 * saved) until the alternative is chosen, since the record would be incomplete.
 */
export function ClassificationPanel({ owner, scheme, classification, events, ratings, scales }: Props) {
  const stored = classification ? fieldsOf(classification) : null;
  const [draft, setDraft] = useState<ClassificationFields | null>(null);
  const [note, setNote] = useState(classification?.note ?? '');
  const typingNote = useRef(false);
  const primaryGroup = useRef<HTMLDivElement>(null);
  const altId = useId();
  const alt2Id = useId();
  const noteId = useId();

  // A saved (or undone) classification replaces any unfinished draft.
  useEffect(() => {
    setDraft(null);
    if (!typingNote.current) setNote(classification?.note ?? '');
  }, [classification]);

  if (!scheme) return <p className="muted small pad">This codebook defines no classification.</p>;

  const shown = draft ?? stored ?? EMPTY;
  const primary = scheme.primary.find((p) => p.id === shown.primary);
  const organised = scheme.primary.filter((p) => !p.requiresAlternative);
  const missingAlternative = primary?.requiresAlternative === true && !shown.alternative;
  const derived = shown.primary
    ? draft || !classification
      ? deriveAllLevels(scheme, shown)
      : classification.derived
    : [];

  const change = (patch: Partial<ClassificationFields>, label: string) => {
    const next = { ...shown, ...patch, note };
    const p = scheme.primary.find((x) => x.id === next.primary);
    if (!p) return;
    if (p.requiresAlternative && !next.alternative) {
      setDraft(next); // wait for the alternative
      return;
    }
    setDraft(next);
    classify(owner, next, label).catch(() => setDraft(null));
  };

  const choosePrimary = (id: string) => {
    const p = scheme.primary.find((x) => x.id === id);
    if (!p || id === shown.primary) return;
    const keepSubtype = p.subtypes.some((s) => s.id === shown.subtype);
    change(
      {
        primary: id,
        subtype: keepSubtype ? shown.subtype : null,
        alternative: p.requiresAlternative ? shown.alternative : null,
        secondAlternative: p.requiresAlternative ? shown.secondAlternative : null,
      },
      `Classify as ${id}`,
    );
  };

  const altOptions = (
    <>
      {organised.map((p) => (
        <optgroup key={p.id} label={p.label}>
          <option value={p.id}>{p.id}</option>
          {p.subtypes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );

  return (
    <section className="classification" aria-label="Classification">
      <div className="cls-block">
        <span className="field-label" id={`${altId}-primary`}>
          Primary classification
        </span>
        <div ref={primaryGroup} className="cp-segmented" role="group" aria-labelledby={`${altId}-primary`}>
          {scheme.primary.map((p) => (
            <button
              key={p.id}
              type="button"
              className="cp-segment"
              aria-pressed={p.id === shown.primary}
              title={p.label}
              onClick={() => choosePrimary(p.id)}
            >
              {p.id}
            </button>
          ))}
        </div>
        <p className="cls-primary-label">
          {primary ? primary.label : <span className="muted">Not classified yet.</span>}
        </p>
        {shown.primary === UNRESOLVED && <UnresolvedCheck events={events} ratings={ratings} scales={scales} />}
      </div>

      {primary && primary.subtypes.length > 0 && (
        <div className="cls-block">
          <span className="field-label" id={`${altId}-subtype`}>
            Subtype <span className="muted">(optional)</span>
          </span>
          <div className="chip-choices" role="group" aria-labelledby={`${altId}-subtype`}>
            {primary.subtypes.map((s) => (
              <button
                key={s.id}
                type="button"
                className="choice-chip"
                aria-pressed={s.id === shown.subtype}
                title={s.label}
                onClick={() =>
                  change(
                    { subtype: s.id === shown.subtype ? null : s.id },
                    s.id === shown.subtype ? 'Clear subtype' : `Subtype ${s.id}`,
                  )
                }
              >
                {s.id}
              </button>
            ))}
          </div>
          {shown.subtype && (
            <p className="muted small">{primary.subtypes.find((s) => s.id === shown.subtype)?.label}</p>
          )}
        </div>
      )}

      {primary?.requiresAlternative && (
        <div className={`cls-block cls-alt${missingAlternative ? ' cls-alt--missing' : ''}`}>
          <label className="field-label" htmlFor={altId}>
            Best-fitting alternative <span className="required">required for {primary.id}</span>
          </label>
          <select
            id={altId}
            className="input input-small"
            aria-invalid={missingAlternative || undefined}
            value={shown.alternative ?? ''}
            onChange={(e) =>
              change({ alternative: e.target.value || null }, `Alternative ${e.target.value || 'cleared'}`)
            }
          >
            <option value="">Choose the organised alternative…</option>
            {altOptions}
          </select>
          {missingAlternative && (
            <p className="cls-warning" role="status">
              Not saved yet: {primary.id} is always recorded with a best-fitting organised alternative. Choose one to
              save.
            </p>
          )}
          <label className="field-label cls-alt2-label" htmlFor={alt2Id}>
            Second alternative <span className="muted">(optional)</span>
          </label>
          <select
            id={alt2Id}
            className="input input-small"
            value={shown.secondAlternative ?? ''}
            onChange={(e) =>
              change({ secondAlternative: e.target.value || null }, `Second alternative ${e.target.value || 'cleared'}`)
            }
          >
            <option value="">None</option>
            {altOptions}
          </select>
        </div>
      )}

      <div className="cls-block cls-row">
        <div>
          <span className="field-label" id={`${altId}-conf`}>
            Confidence
          </span>
          <div className="cp-segmented cp-segmented--small" role="group" aria-labelledby={`${altId}-conf`}>
            {CONFIDENCE_LEVELS.map((c) => (
              <button
                key={c.label}
                type="button"
                className="cp-segment"
                disabled={!primary}
                aria-pressed={shown.primary !== '' && nearestLevel(shown.confidence) === c.value}
                title={c.value === null ? 'No confidence recorded' : `Recorded as ${Math.round(c.value * 100)}%`}
                onClick={() => change({ confidence: c.value }, `Confidence ${c.label.toLowerCase()}`)}
              >
                {c.label}
              </button>
            ))}
          </div>
          {shown.confidence !== null && (
            <p className="muted small">Recorded as {Math.round(shown.confidence * 100)}%.</p>
          )}
        </div>
        <label
          className="check-row"
          title="The coder chose the best-fitting category although the transcript does not fit it well"
        >
          <input
            type="checkbox"
            checked={shown.forced}
            disabled={!primary}
            onChange={(e) => change({ forced: e.target.checked }, e.target.checked ? 'Mark forced' : 'Unmark forced')}
          />
          Forced classification
        </label>
      </div>

      <div className="cls-block">
        <label className="field-label" htmlFor={noteId}>
          Note
        </label>
        <textarea
          id={noteId}
          className="input note-input"
          rows={3}
          value={note}
          disabled={!primary}
          placeholder={
            primary
              ? 'Reasons, doubts, what would change it (saved when you leave the field)'
              : 'Choose a classification first.'
          }
          onChange={(e) => {
            typingNote.current = true;
            setNote(e.target.value);
          }}
          onBlur={() => {
            typingNote.current = false;
            if (note !== shown.note) change({ note }, 'Note on classification');
          }}
        />
      </div>

      <div className="cls-block">
        <h3 className="field-label">Derived labels</h3>
        {derived.length === 0 ? (
          <p className="muted small">Shown once a primary classification is chosen.</p>
        ) : (
          <table className="derived-table" aria-label="Derived labels">
            <tbody>
              {derived.map((d) => {
                const level = scheme.levels.find((l) => l.id === d.level);
                return (
                  <tr key={d.level} data-level={d.level}>
                    <th scope="row" title={level?.label}>
                      {level ? level.label.split(' (')[0] : d.level}
                    </th>
                    <td>
                      {d.label !== null ? (
                        <strong className="derived-label">{d.label}</strong>
                      ) : (
                        <span className="derived-null">none: {d.reason}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>

      {(classification || draft) && (
        <div className="cls-foot">
          {draft && !classification ? <span className="muted small">Nothing saved yet.</span> : <span />}
          <button
            type="button"
            className="btn btn-quiet btn-small danger-text"
            onClick={() => {
              // This button goes with the classification: the keyboard goes on from the first category.
              primaryGroup.current?.querySelector('button')?.focus();
              setDraft(null);
              if (classification) classify(owner, null, 'Clear classification').catch(ignore);
            }}
          >
            Clear classification
          </button>
        </div>
      )}
    </section>
  );
}

/**
 * Beside U: a warning (never a block) when no loss or trauma is recorded on the score sheet, else the
 * highest unresolved rating as context. The coding rules give no U cut-off (only a midpoint "decision zone",
 * marked unverified; U stays the coder's judgement), so no rating is called too low for U.
 */
function UnresolvedCheck({ events, ratings, scales }: Pick<Props, 'events' | 'ratings' | 'scales'>) {
  const eventScales = scales.filter((s) => s.targets.includes('event'));
  if (eventScales.length === 0) return null; // a codebook without event scales has nothing to check against
  if (events.length === 0)
    return (
      <p className="cls-u-warning" role="status">
        <span>U requires an unresolved loss or trauma: no event is recorded on the score sheet.</span>{' '}
        <button type="button" className="hl-link-open" onClick={() => openScoreSheetEvents()}>
          Record one on the score sheet
        </button>
      </p>
    );
  let best: { value: number; scale: Scale; eventId: string | null } | null = null;
  for (const scale of eventScales) {
    const rep = reportedValue(scale, ratings, events);
    if (rep?.value != null && (!best || rep.value > best.value))
      best = { value: rep.value, scale, eventId: rep.eventId };
  }
  const at = best ? events.findIndex((e) => e.id === best.eventId) : -1;
  const ev = events[at];
  return (
    <p className="cls-u-context muted small" data-testid="unresolved-context">
      {best
        ? `Highest unresolved rating on the score sheet: ${formatValue(best.value)} (${best.scale.label}${ev ? `, ${eventLabel(ev, at)}` : ''}).`
        : `${events.length === 1 ? 'One loss or trauma is' : `${events.length} losses or traumas are`} recorded; none has an unresolved rating yet.`}
    </p>
  );
}

/** The level a stored confidence shows as (imported codings may hold any value in 0..1). */
function nearestLevel(v: number | null): number | null {
  if (v === null) return null;
  let best = CONFIDENCE_LEVELS[1]!.value;
  for (const c of CONFIDENCE_LEVELS)
    if (c.value !== null && best !== null && Math.abs(c.value - v) < Math.abs(best - v)) best = c.value;
  return best;
}
