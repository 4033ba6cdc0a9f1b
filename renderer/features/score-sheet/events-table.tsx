import { Fragment, type ReactNode } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { EventIndicators } from './event-indicators.tsx';
import { ReportedCell } from './reported-cell.tsx';
import { ScaleEvidence } from './scale-evidence.tsx';
import { eventLabel, eventTarget } from './score-sheet-logic.ts';

interface Props {
  eventScales: readonly Scale[];
  events: readonly LossEvent[];
  ratings: readonly Rating[];
  /** Per event id, this coder's highlights linked to it. */
  byEvent: ReadonlyMap<string, readonly Annotation[]>;
  onJump: (annotation: Annotation) => void;
  /** The rating field of one scale and target, as a table cell. */
  cell: (scale: Scale, target: string) => ReactNode;
}

/** A group's event scales: one row per loss or trauma with its linked highlights, then the reported values. */
export function EventsTable({ eventScales, events, ratings, byEvent, onJump, cell }: Props) {
  return (
    <table className="sheet-table sheet-table--events">
      <thead>
        <tr>
          <th scope="col" className="sheet-scale-col">
            Event
          </th>
          {eventScales.map((s) => (
            <th key={s.id} scope="col" title={s.description || undefined}>
              {s.label}
              <ScaleEvidence scaleId={s.id} ratings={ratings} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {events.map((ev, i) => (
          <tr key={ev.id}>
            <th scope="row" className="sheet-scale">
              {eventLabel(ev, i)}
              <EventIndicators name={eventLabel(ev, i)} linked={byEvent.get(ev.id) ?? []} onJump={onJump} />
            </th>
            {eventScales.map((s) => (
              <Fragment key={s.id}>{cell(s, eventTarget(ev.id))}</Fragment>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" className="sheet-scale">
            Reported <span className="muted">(highest)</span>
          </th>
          {eventScales.map((s) => (
            <ReportedCell key={s.id} scale={s} ratings={ratings} events={events} />
          ))}
        </tr>
      </tfoot>
    </table>
  );
}
