import type { LossEvent } from '../../../../shared/api/event.ts';
import type { Db } from '../database.ts';
import type { ProvenanceRow } from './provenance.ts';

interface EventRow {
  id: string;
  transcript_id: string;
  coder_id: string;
  kind: 'loss' | 'trauma';
  who: string;
  speaker_age: string;
  note: string;
  created_at: string;
}

export const rowToEvent = (r: EventRow): LossEvent => ({
  id: r.id,
  transcriptId: r.transcript_id,
  coderId: r.coder_id,
  kind: r.kind,
  who: r.who,
  speakerAge: r.speaker_age,
  note: r.note,
  createdAt: r.created_at,
});

const COLUMNS = 'id, transcript_id, coder_id, kind, who, speaker_age, note, created_at';
const OWNER = 'transcript_id = @transcriptId AND coder_id = @coderId';

export function listEvents(db: Db, a: { transcriptId: string; coderId: string }): LossEvent[] {
  return db.all<EventRow>(`SELECT ${COLUMNS} FROM events WHERE ${OWNER} ORDER BY created_at, rowid`, a).map(rowToEvent);
}

export function getEvent(db: Db, a: { id: string }): LossEvent | undefined {
  const r = db.get<EventRow>(`SELECT ${COLUMNS} FROM events WHERE id = @id`, a);
  return r && rowToEvent(r);
}

export function insertEvent(db: Db, e: LossEvent): void {
  db.run(
    `INSERT INTO events (id, transcript_id, coder_id, kind, who, speaker_age, note, created_at)
     VALUES (@id, @transcriptId, @coderId, @kind, @who, @speakerAge, @note, @createdAt)`,
    e,
  );
}

export function updateEvent(db: Db, e: Pick<LossEvent, 'id' | 'kind' | 'who' | 'speakerAge' | 'note'>): void {
  db.run('UPDATE events SET kind = @kind, who = @who, speaker_age = @speakerAge, note = @note WHERE id = @id', e);
}

export function deleteEvent(db: Db, a: { id: string }): void {
  db.run('DELETE FROM events WHERE id = @id', a);
}

/** Removes one coder's events on one transcript. */
export function deleteCoderEvents(db: Db, a: { transcriptId: string; coderId: string }): void {
  db.run(`DELETE FROM events WHERE ${OWNER}`, a);
}

export function listEventProvenance(
  db: Db,
  a: { transcriptId: string; coderId: string },
): (ProvenanceRow & { id: string })[] {
  return db.all<ProvenanceRow & { id: string }>(`SELECT id, origin, rationale FROM events WHERE ${OWNER}`, a);
}

/** The coder's event accepted from `item` ("event:<id>"), found by its origin. */
export function findEventByOrigin(db: Db, a: { coderId: string; item: string }): string | undefined {
  return db.get<{ id: string }>(
    "SELECT id FROM events WHERE coder_id = @coderId AND json_extract(origin, '$.item') = @item",
    a,
  )?.id;
}

export function setEventProvenance(db: Db, a: ProvenanceRow & { id: string }): void {
  db.run('UPDATE events SET origin = @origin, rationale = @rationale WHERE id = @id', a);
}

/** Sets the rationale of one coder's event on a transcript; the number changed (0 or 1). */
export function setEventRationale(
  db: Db,
  a: { id: string; coderId: string; transcriptId: string; rationale: string },
): number {
  return db.run(
    'UPDATE events SET rationale = @rationale WHERE id = @id AND coder_id = @coderId AND transcript_id = @transcriptId',
    a,
  ).changes;
}
