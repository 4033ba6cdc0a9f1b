import type { Db } from '../database.ts';

/** A highlight with its linked event's description, as the Segments view reads them. */
export interface SegmentRow {
  id: string;
  coder_id: string;
  code_id: string;
  start_offset: number;
  end_offset: number;
  note: string;
  severity: number | null;
  event_id: string | null;
  event_kind: 'loss' | 'trauma' | null;
  event_who: string | null;
  event_age: string | null;
}

/** One transcript's highlights (all coders) in text order, each with its linked event (if any). */
export function listSegmentRows(db: Db, a: { transcriptId: string }): SegmentRow[] {
  return db.all<SegmentRow>(
    `SELECT a.id, a.coder_id, a.code_id, a.start_offset, a.end_offset, a.note, a.severity, a.event_id,
            e.kind AS event_kind, e.who AS event_who, e.speaker_age AS event_age
       FROM annotations a LEFT JOIN events e ON e.id = a.event_id
      WHERE a.transcript_id = @transcriptId
      ORDER BY a.start_offset, a.end_offset, a.coder_id`,
    a,
  );
}
