import type { ReactNode } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import type { CodingData } from '../../state/coding-data.ts';
import { EventsEditor } from './events-editor.tsx';
import { EventsTable } from './events-table.tsx';
import { ScaleTable } from './scale-table.tsx';
import type { ScaleGroupView } from './score-sheet-logic.ts';
import type { SheetWrites } from './sheet-writes.ts';

interface Props {
  group: ScaleGroupView;
  data: CodingData;
  /** Per event id, this coder's highlights linked to it. */
  byEvent: ReadonlyMap<string, readonly Annotation[]>;
  writes: SheetWrites;
  onJump: (annotation: Annotation) => void;
  /** The rating field of one scale and target, as a table cell. */
  cell: (scale: Scale, target: string) => ReactNode;
}

/** One group of scales as the codebook groups them: its per-target table, then its events and their ratings. */
export function SheetGroup({ group: g, data, byEvent, writes, onJump, cell }: Props) {
  return (
    <div className="sheet-group" role="group" aria-label={g.name}>
      <h3 className="sheet-group-title">{g.name}</h3>
      {g.scales.length > 0 && <ScaleTable group={g} ratings={data.ratings} cell={cell} />}
      {g.eventScales.length > 0 && (
        <>
          <EventsEditor
            events={data.events}
            onAdd={writes.addEvent}
            onUpdate={writes.updateEvent}
            onDelete={(id) =>
              writes.removeEvent(
                id,
                (byEvent.get(id) ?? []).map((a) => a.id),
              )
            }
          />
          {data.events.length > 0 && (
            <EventsTable
              eventScales={g.eventScales}
              events={data.events}
              ratings={data.ratings}
              byEvent={byEvent}
              onJump={onJump}
              cell={cell}
            />
          )}
        </>
      )}
    </div>
  );
}
