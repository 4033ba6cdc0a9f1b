import type { LossEvent } from '../../../shared/api/event.ts';
import { eventLabel } from '../score-sheet/index.ts';

interface Props {
  eventId: string | null;
  /** The highlight owner's events, in their order (the label numbers them). */
  events: readonly LossEvent[];
}

/** "linked to Loss: grandmother (age 9)" under a highlight linked to one of its owner's events. */
export function LinkedEvent({ eventId, events }: Props) {
  const i = eventId ? events.findIndex((e) => e.id === eventId) : -1;
  const ev = events[i];
  return ev ? <span className="muted small cs-hl-event">linked to {eventLabel(ev, i)}</span> : null;
}
