import { useId, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import { openScoreSheetEvents, eventLabel } from '../score-sheet/index.ts';
import { eventLinkLabel, type EventLinkPatch } from './highlight-actions.ts';

const SEVERITIES = [1, 2, 3] as const;

interface LinkProps {
  annotation: Annotation;
  events: readonly LossEvent[] | null;
  showEvent: boolean;
  showSeverity: boolean;
  /** Save an event link and/or severity at once (one undoable step). */
  onLink: (annotation: Annotation, patch: EventLinkPatch, label: string) => Promise<void>;
}

/** The event select and the severity buttons. A choice shows at once and is saved at once. */
export function EventLinkFields({ annotation, events, showEvent, showSeverity, onLink }: LinkProps) {
  // What was just chosen, shown until the saved highlight comes back (or the save fails).
  const [pending, setPending] = useState<EventLinkPatch | null>(null);
  const inFlight = useRef(0);
  const selectId = useId();
  const severityId = useId();
  const eventId = pending?.eventId !== undefined ? pending.eventId : annotation.eventId;
  const severity = pending?.severity !== undefined ? pending.severity : annotation.severity;
  const nameOf = (id: string) => {
    const i = events?.findIndex((e) => e.id === id) ?? -1;
    const ev = events?.[i];
    return ev ? eventLabel(ev, i) : 'a deleted event';
  };
  const missing = eventId !== null && events !== null && !events.some((e) => e.id === eventId);

  const save = (patch: EventLinkPatch) => {
    inFlight.current++;
    setPending((p) => ({ ...p, ...patch }));
    onLink(annotation, patch, eventLinkLabel(patch, nameOf))
      .catch(() => {
        // The save indicator and error banner say what failed; the card shows the stored values again.
      })
      .finally(() => {
        if (--inFlight.current === 0) setPending(null);
      });
  };

  return (
    <div className="hl-link" {...(showEvent ? { role: 'group', 'aria-label': 'Event link and severity' } : {})}>
      {showEvent && (
        <>
          {events !== null && events.length === 0 && eventId === null ? (
            <>
              <span className="field-label hl-link-label">Event</span>
              <p className="hl-link-empty">
                No loss or trauma is recorded on the score sheet yet.{' '}
                <button type="button" className="hl-link-open" onClick={() => openScoreSheetEvents()}>
                  Record one on the score sheet
                </button>
              </p>
            </>
          ) : (
            <>
              <label className="field-label hl-link-label" htmlFor={selectId}>
                Event
              </label>
              <select
                id={selectId}
                className="input input-small hl-link-select"
                value={eventId ?? ''}
                disabled={events === null}
                aria-invalid={missing || undefined}
                onChange={(e) => {
                  const next = e.target.value || null;
                  if (next !== annotation.eventId) save({ eventId: next });
                }}
              >
                <option value="">{events === null ? 'Loading events…' : 'Not linked'}</option>
                {missing && <option value={eventId ?? ''}>Deleted event: choose another</option>}
                {(events ?? []).map((ev, i) => (
                  <option key={ev.id} value={ev.id}>
                    {eventLabel(ev, i)}
                  </option>
                ))}
              </select>
            </>
          )}
        </>
      )}
      {showSeverity && (
        <>
          <span className="field-label hl-link-label" id={severityId}>
            Severity
          </span>
          <div className="cp-segmented cp-segmented--small hl-link-severity" role="group" aria-labelledby={severityId}>
            <button
              type="button"
              className="cp-segment"
              aria-pressed={severity === null}
              title="No severity recorded"
              onClick={() => severity !== null && save({ severity: null })}
            >
              None
            </button>
            {SEVERITIES.map((n) => (
              <button
                key={n}
                type="button"
                className="cp-segment"
                aria-pressed={severity === n}
                title={`Severity ${n} of 3`}
                onClick={() => severity !== n && save({ severity: n })}
              >
                {n}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  );
}
