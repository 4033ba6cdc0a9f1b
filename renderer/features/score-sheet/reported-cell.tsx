import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { eventLabel, formatValue, reportedValue } from './score-sheet-logic.ts';

interface Props {
  scale: Scale;
  ratings: readonly Rating[];
  events: readonly LossEvent[];
}

/** An event scale's reported value (the highest over the events) and the event it comes from. */
export function ReportedCell({ scale: s, ratings, events }: Props) {
  const rep = s.aggregate === 'max' ? reportedValue(s, ratings, events) : null;
  const from = rep?.eventId ? events.findIndex((e) => e.id === rep.eventId) : -1;
  const fromEvent = events[from];
  return (
    <td className="score-reported" data-testid={`reported-${s.id}`} aria-label={`${s.label}, reported (highest)`}>
      {s.aggregate !== 'max' ? (
        <span className="muted small">not aggregated</span>
      ) : rep === null ? (
        <span className="muted">–</span>
      ) : rep.notRateable ? (
        'NR'
      ) : (
        <>
          <strong>{formatValue(rep.value ?? 0)}</strong>
          {fromEvent && <span className="score-reported-from"> {eventLabel(fromEvent, from)}</span>}
        </>
      )}
    </td>
  );
}
