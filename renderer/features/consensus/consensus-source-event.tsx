import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { eventLabel, eventTarget } from '../score-sheet/index.ts';
import { AcceptButton } from './accept-button.tsx';
import { ratingText } from './consensus-text.ts';

interface Props {
  coderName: string;
  event: LossEvent;
  index: number;
  ratings: readonly Rating[];
  eventScales: readonly Scale[];
  /** Already in the consensus: accepting again updates that consensus event. */
  accepted: boolean;
  onAccept: (rationale: string) => Promise<void>;
}

/** One coder's loss or trauma event with their unresolved ratings of it, to accept into the consensus. */
export function ConsensusSourceEvent({ coderName, event, index, ratings, eventScales, accepted, onAccept }: Props) {
  const label = eventLabel(event, index);
  const mine = ratings.filter((r) => r.target === eventTarget(event.id));
  return (
    <li className="cs-ev" aria-label={`${coderName}: ${label}`}>
      <div className="cs-ev-head">
        <span className="cs-ev-label">{label}</span>
        {accepted && <span className="prov prov--accepted">in the consensus</span>}
      </div>
      {event.note.trim() && <p className="cs-ev-note">{event.note}</p>}
      {mine.length === 0 ? (
        <p className="muted small">No unresolved ratings.</p>
      ) : (
        <dl className="cs-ev-ratings">
          {mine.map((r) => (
            <div key={r.scaleId} className="cs-ev-rating">
              <dt>{eventScales.find((s) => s.id === r.scaleId)?.label ?? r.scaleId}</dt>
              <dd className="cs-value">{ratingText(r)}</dd>
            </div>
          ))}
        </dl>
      )}
      <AcceptButton
        label={accepted ? 'Accept again' : 'Accept'}
        name={`Accept ${coderName}’s ${label}${accepted ? ' again' : ''}`}
        onAccept={onAccept}
      />
    </li>
  );
}
