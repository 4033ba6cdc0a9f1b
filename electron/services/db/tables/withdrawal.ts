import type { Db } from '../database.ts';

/** What goes with a transcript or a coder, counted before deleting (shown in the confirmation). */
export interface WithdrawalCountsRow {
  annotations: number;
  ratings: number;
  events: number;
  classifications: number;
  memos: number;
  statuses: number;
  keys: number;
  assignments: number;
  returns: number;
  consensusItems: number;
  trainingItems: number;
}

// The coding tables: one row per coder and transcript (or per item). `consensus` excludes the consensus
// record's own rows from the plain counts so they are counted once, as consensus items.
const CODING_TABLES = ['annotations', 'ratings', 'events', 'classifications', 'memos', 'coding_status'] as const;

const countWhere = (table: string, where: string) => `(SELECT count(*) FROM ${table} WHERE ${where})`;

export function countTranscriptWithdrawal(
  db: Db,
  a: { transcriptId: string },
): WithdrawalCountsRow & { coders: number } {
  const own = "transcript_id = @transcriptId AND coder_id NOT IN (SELECT id FROM coders WHERE role = 'consensus')";
  const consensus = "transcript_id = @transcriptId AND coder_id IN (SELECT id FROM coders WHERE role = 'consensus')";
  const coderUnion = CODING_TABLES.map((t) => `SELECT coder_id FROM ${t} WHERE ${own}`).join(' UNION ');
  const row = db.get<WithdrawalCountsRow & { coders: number }>(
    `SELECT ${countWhere('annotations', own)} AS annotations, ${countWhere('ratings', own)} AS ratings,
            ${countWhere('events', own)} AS events, ${countWhere('classifications', own)} AS classifications,
            ${countWhere('memos', own)} AS memos, ${countWhere('coding_status', own)} AS statuses,
            ${countWhere('transcript_keys', 'transcript_id = @transcriptId')} AS keys,
            ${countWhere('study_assignments', 'transcript_id = @transcriptId')} AS assignments,
            ${countWhere('coding_returns', 'transcript_id = @transcriptId')} AS returns,
            (${CODING_TABLES.filter((t) => t !== 'coding_status')
              .map((t) => countWhere(t, consensus))
              .join(' + ')}) AS consensusItems,
            ${countWhere('training_set_items', 'transcript_id = @transcriptId')} AS trainingItems,
            (SELECT count(*) FROM (${coderUnion})) AS coders`,
    a,
  );
  if (!row) throw new Error('counting a withdrawal returned no row');
  return row;
}

/** Consensus rows accepted from this coder's coding (their `origin` names the coder). */
const fromCoder =
  "json_extract(origin, '$.coderId') = @coderId AND coder_id IN (SELECT id FROM coders WHERE role = 'consensus')";

export function countCoderWithdrawal(db: Db, a: { coderId: string }): WithdrawalCountsRow & { transcripts: number } {
  const own = 'coder_id = @coderId';
  const transcriptUnion = CODING_TABLES.map((t) => `SELECT transcript_id FROM ${t} WHERE ${own}`).join(' UNION ');
  const row = db.get<WithdrawalCountsRow & { transcripts: number }>(
    `SELECT ${countWhere('annotations', own)} AS annotations, ${countWhere('ratings', own)} AS ratings,
            ${countWhere('events', own)} AS events, ${countWhere('classifications', own)} AS classifications,
            ${countWhere('memos', own)} AS memos, ${countWhere('coding_status', own)} AS statuses,
            ${countWhere('transcript_keys', own)} AS keys,
            ${countWhere('study_assignments', own)} AS assignments,
            ${countWhere('coding_returns', own)} AS returns,
            (${['annotations', 'ratings', 'events', 'classifications'].map((t) => countWhere(t, fromCoder)).join(' + ')})
              AS consensusItems,
            (${countWhere('training_set_items', 'key_coder_id = @coderId')}
              + ${countWhere('training_enrolments', own)}) AS trainingItems,
            (SELECT count(*) FROM (${transcriptUnion})) AS transcripts`,
    a,
  );
  if (!row) throw new Error('counting a withdrawal returned no row');
  return row;
}

/**
 * Deletes a transcript and everything attached to it (call inside a transaction). Every table that
 * refers to transcripts cascades; the explicit deletes keep the order clear and need no cascade.
 */
export function deleteTranscriptRows(db: Db, a: { transcriptId: string }): number {
  db.run('DELETE FROM annotations WHERE transcript_id = @transcriptId', a);
  db.run('DELETE FROM ratings WHERE transcript_id = @transcriptId', a);
  db.run('DELETE FROM events WHERE transcript_id = @transcriptId', a);
  return db.run('DELETE FROM transcripts WHERE id = @transcriptId', a).changes;
}

/**
 * Deletes a coder, their coding, the consensus items accepted from it and the keys that named them
 * (call inside a transaction). Training set items keyed to them keep the transcript with no key.
 */
export function deleteCoderRows(db: Db, a: { coderId: string }): number {
  // A consensus event's ratings name it only in their target, so they go first.
  db.run(`DELETE FROM ratings WHERE target IN (SELECT 'event:' || id FROM events WHERE ${fromCoder})`, a);
  for (const t of ['annotations', 'ratings', 'events', 'classifications'])
    db.run(`DELETE FROM ${t} WHERE ${fromCoder}`, a);
  db.run('DELETE FROM annotations WHERE coder_id = @coderId', a);
  db.run('DELETE FROM ratings WHERE coder_id = @coderId', a);
  for (const t of ['events', 'classifications', 'memos', 'coding_status', 'transcript_keys'])
    db.run(`DELETE FROM ${t} WHERE coder_id = @coderId`, a);
  return db.run('DELETE FROM coders WHERE id = @coderId', a).changes;
}

/** Rows whose foreign keys point nowhere (should be none): `PRAGMA foreign_key_check`. */
export function foreignKeyProblems(db: Db): unknown[] {
  return db.pragma<unknown[]>('foreign_key_check', false);
}

/** Zero the pages a deletion frees, fold the WAL in and truncate it, then rebuild the file without free pages. */
export function scrubFreedPages(db: Db): { walBusy: boolean } {
  db.checkpoint();
  db.exec('VACUUM');
  const r = db.pragma<Array<{ busy: number; log: number; checkpointed: number }>>('wal_checkpoint(TRUNCATE)', false);
  return { walBusy: (r[0]?.busy ?? 0) !== 0 };
}

/** Sets `secure_delete` and answers what it was, so the caller can put it back. */
export function setSecureDelete(db: Db, on: boolean): boolean {
  const was = db.pragma<number>('secure_delete') === 1;
  db.pragma(`secure_delete = ${on ? 'ON' : 'OFF'}`);
  return was;
}
