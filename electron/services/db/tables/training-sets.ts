import type { Db } from '../database.ts';

export interface TrainingSetRow {
  id: string;
  name: string;
  createdAt: string;
  createdBy: string | null;
}

export interface TrainingItemRow {
  setId: string;
  transcriptId: string;
  keyCoderId: string | null;
  position: number;
}

export function listTrainingSets(db: Db): TrainingSetRow[] {
  return db
    .all<{ id: string; name: string; created_at: string; created_by: string | null }>(
      'SELECT id, name, created_at, created_by FROM training_sets ORDER BY name COLLATE NOCASE',
    )
    .map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, createdBy: r.created_by }));
}

export function insertTrainingSet(db: Db, s: TrainingSetRow): void {
  db.run('INSERT INTO training_sets (id, name, created_at, created_by) VALUES (@id, @name, @createdAt, @createdBy)', s);
}

export function renameTrainingSet(db: Db, a: { id: string; name: string }): void {
  db.run('UPDATE training_sets SET name = @name WHERE id = @id', a);
}

export function deleteTrainingSet(db: Db, a: { id: string }): number {
  return db.run('DELETE FROM training_sets WHERE id = @id', a).changes;
}

export function findTrainingSetByName(db: Db, a: { name: string }): { id: string; name: string } | undefined {
  return db.get<{ id: string; name: string }>('SELECT id, name FROM training_sets WHERE name = @name', a);
}

export function listTrainingItems(db: Db): TrainingItemRow[] {
  return db
    .all<{ set_id: string; transcript_id: string; key_coder_id: string | null; position: number }>(
      'SELECT set_id, transcript_id, key_coder_id, position FROM training_set_items ORDER BY set_id, position',
    )
    .map((r) => ({ setId: r.set_id, transcriptId: r.transcript_id, keyCoderId: r.key_coder_id, position: r.position }));
}

/** Replaces a set's transcripts and keys (call inside a transaction). */
export function replaceTrainingItems(db: Db, a: { setId: string; items: readonly TrainingItemRow[] }): void {
  db.run('DELETE FROM training_set_items WHERE set_id = @setId', a);
  for (const item of a.items)
    db.run(
      `INSERT INTO training_set_items (set_id, transcript_id, key_coder_id, position)
       VALUES (@setId, @transcriptId, @keyCoderId, @position)`,
      item,
    );
}

export function listEnrolments(db: Db): Array<{ setId: string; coderId: string }> {
  return db
    .all<{ set_id: string; coder_id: string }>(
      'SELECT set_id, coder_id FROM training_enrolments ORDER BY set_id, enrolled_at, coder_id',
    )
    .map((r) => ({ setId: r.set_id, coderId: r.coder_id }));
}

/** Replaces a set's trainees, keeping the enrolment time of those who stay (call inside a transaction). */
export function replaceEnrolments(db: Db, a: { setId: string; coderIds: readonly string[]; at: string }): void {
  db.run(
    `DELETE FROM training_enrolments WHERE set_id = @setId
     AND coder_id NOT IN (SELECT value FROM json_each(@ids))`,
    { setId: a.setId, ids: JSON.stringify(a.coderIds) },
  );
  for (const coderId of a.coderIds)
    db.run(
      `INSERT INTO training_enrolments (set_id, coder_id, enrolled_at) VALUES (@setId, @coderId, @at)
       ON CONFLICT (set_id, coder_id) DO NOTHING`,
      { setId: a.setId, coderId, at: a.at },
    );
}

/** Whether `keyCoderId` holds the key of `transcriptId` in a set `traineeId` is enrolled in. */
export function isSetKeyFor(db: Db, a: { traineeId: string; transcriptId: string; keyCoderId: string }): boolean {
  return (
    db.get(
      `SELECT 1 FROM training_set_items i JOIN training_enrolments e ON e.set_id = i.set_id
       WHERE e.coder_id = @traineeId AND i.transcript_id = @transcriptId AND i.key_coder_id = @keyCoderId`,
      a,
    ) !== undefined
  );
}

/** The transcripts of every set a coder is enrolled in, each once, in set then position order. */
export function transcriptsOfTrainee(db: Db, a: { coderId: string }): string[] {
  return db
    .all<{ transcript_id: string }>(
      `SELECT i.transcript_id FROM training_set_items i JOIN training_enrolments e ON e.set_id = i.set_id
       JOIN training_sets s ON s.id = i.set_id
       WHERE e.coder_id = @coderId
       GROUP BY i.transcript_id
       ORDER BY min(s.name COLLATE NOCASE), min(i.position)`,
      a,
    )
    .map((r) => r.transcript_id);
}
