import { useId, type Ref } from 'react';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { ClassificationScheme, Scale } from '../../../shared/codebook/codebook-schema.ts';
import { UnresolvedCheck } from './unresolved-check.tsx';

/** The category that needs an unresolved loss or trauma (MGH's U), when the codebook rates events at all. */
const UNRESOLVED = 'U';

interface Props {
  scheme: ClassificationScheme;
  chosen: string;
  onChoose: (id: string) => void;
  /** The category buttons, so that clearing the classification can hand the keyboard back to the first. */
  groupRef: Ref<HTMLDivElement>;
  events: readonly LossEvent[];
  ratings: readonly Rating[];
  scales: readonly Scale[];
}

/** The primary category as a segmented control, its label, and the U check when U is chosen. */
export function PrimaryChoice({ scheme, chosen, onChoose, groupRef, events, ratings, scales }: Props) {
  const labelId = useId();
  const primary = scheme.primary.find((p) => p.id === chosen);
  return (
    <div className="cls-block">
      <span className="field-label" id={labelId}>
        Primary classification
      </span>
      <div ref={groupRef} className="cp-segmented" role="group" aria-labelledby={labelId}>
        {scheme.primary.map((p) => (
          <button
            key={p.id}
            type="button"
            className="cp-segment"
            aria-pressed={p.id === chosen}
            title={p.label}
            onClick={() => onChoose(p.id)}
          >
            {p.id}
          </button>
        ))}
      </div>
      <p className="cls-primary-label">
        {primary ? primary.label : <span className="muted">Not classified yet.</span>}
      </p>
      {chosen === UNRESOLVED && <UnresolvedCheck events={events} ratings={ratings} scales={scales} />}
    </div>
  );
}
