import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { openScoreSheetEvents, eventLabel, formatValue, reportedValue } from '../score-sheet/index.ts';

interface Props {
  events: readonly LossEvent[];
  ratings: readonly Rating[];
  scales: readonly Scale[];
}

/**
 * Beside U: a warning (never a block) when no loss or trauma is recorded on the score sheet, else the
 * highest unresolved rating as context. The coding rules give no U cut-off (only a midpoint "decision zone",
 * marked unverified; U stays the coder's judgement), so no rating is called too low for U.
 */
export function UnresolvedCheck({ events, ratings, scales }: Props) {
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
