import { useState } from 'react';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { ConsensusProvenance } from '../../../shared/api/consensus.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { eventLabel, eventTarget } from '../score-sheet/index.ts';
import { ConsensusProvenanceTag } from './consensus-provenance.tsx';
import { RationaleField } from './rationale-field.tsx';

interface Props {
  event: LossEvent & ConsensusProvenance;
  index: number;
  ratings: readonly (Rating & ConsensusProvenance)[];
  eventScales: readonly Scale[];
  nameOf: (coderId: string | null) => string;
  /** Set one unresolved rating of this event (the ordinary rating call; the service marks it edited). */
  onRate: (scaleId: string, value: number) => Promise<void>;
  onRationale: (text: string) => Promise<void>;
  onRemove: () => Promise<void>;
}

/** A consensus loss or trauma event: where it came from, its unresolved ratings (editable) and why. */
export function ConsensusEventCard({
  event,
  index,
  ratings,
  eventScales,
  nameOf,
  onRate,
  onRationale,
  onRemove,
}: Props) {
  const [confirming, setConfirming] = useState(false);
  const label = eventLabel(event, index);
  const target = eventTarget(event.id);
  const mine = ratings.filter((r) => r.target === target);
  // Archived scales only where this event already has a rating (as on the score sheet).
  const scales = eventScales.filter((s) => !s.archived || mine.some((r) => r.scaleId === s.id));
  return (
    <li className="cs-ev cs-ev--consensus" aria-label={`Consensus: ${label}`}>
      <div className="cs-ev-head">
        <span className="cs-ev-label">{label}</span>
        <ConsensusProvenanceTag provenance={event} nameOf={nameOf} />
        <span className="cs-ev-remove">
          {confirming ? (
            <span className="confirm-row">
              <button
                type="button"
                className="btn btn-danger btn-small"
                onClick={() => void onRemove().catch(() => setConfirming(false))}
              >
                Remove
              </button>
              <button type="button" className="btn btn-small btn-quiet" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="btn btn-small btn-quiet"
              aria-label={`Remove ${label} from the consensus`}
              onClick={() => setConfirming(true)}
            >
              Remove…
            </button>
          )}
        </span>
      </div>
      {event.note.trim() && <p className="cs-ev-note">{event.note}</p>}
      <div className="cs-ev-ratings cs-ev-ratings--edit">
        {scales.map((s) => {
          const r = mine.find((x) => x.scaleId === s.id);
          return (
            <div key={s.id} className="cs-ev-rating cs-cons">
              <span className="cs-ev-scale">{s.label}</span>
              <input
                key={`${r?.value ?? ''}-${r?.updatedAt ?? ''}`}
                className="input input-narrow"
                type="number"
                aria-label={`Consensus ${s.label} (${label})`}
                defaultValue={r?.value ?? ''}
                placeholder={r?.notRateable ? 'NR' : '–'}
                min={s.min}
                max={s.max}
                step={s.step}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                }}
                onBlur={(e) => {
                  const v = Number(e.target.value);
                  if (e.target.value === '' || !Number.isFinite(v) || v === r?.value) return;
                  void onRate(s.id, v).catch(() => {});
                }}
              />
              {r && <ConsensusProvenanceTag provenance={r} nameOf={nameOf} />}
            </div>
          );
        })}
      </div>
      <RationaleField label={`Rationale for ${label}`} value={event.rationale} onSave={onRationale} />
    </li>
  );
}
