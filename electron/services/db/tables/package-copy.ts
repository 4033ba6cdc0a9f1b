import type { Db } from '../database.ts';

/**
 * Reads for a coder package (study/package.ts): each function names exactly what a package may hold,
 * so a package is built by copying allowed rows into a fresh file, never by trimming a copy.
 */
export type Row = Record<string, unknown>;

/** Tables a package's rows are inserted into, parents first (foreign keys hold at every insert). */
export const PACKAGE_TABLES = [
  'coders',
  'transcripts',
  'sections',
  'codebooks',
  'codes',
  'events',
  'annotations',
  'ratings',
  'rating_links',
  'classifications',
  'memos',
  'coding_status',
] as const;
export type PackageTable = (typeof PACKAGE_TABLES)[number];

const IDS = 'SELECT value FROM json_each(@ids)';

export function readCoderRow(db: Db, a: { coderId: string }): Row | undefined {
  return db.get<Row>('SELECT id, name, role, created_at FROM coders WHERE id = @coderId', a);
}

export function readTranscriptRows(db: Db, a: { ids: string }): Row[] {
  return db.all<Row>(
    `SELECT id, title, text, hash, words, source_name, metadata, structure, imported_at FROM transcripts
     WHERE id IN (${IDS}) ORDER BY imported_at, id`,
    a,
  );
}

export function readSectionRows(db: Db, a: { ids: string }): Row[] {
  return db.all<Row>(
    `SELECT id, transcript_id, start_offset, end_offset, number, title FROM sections
     WHERE transcript_id IN (${IDS}) ORDER BY transcript_id, start_offset`,
    a,
  );
}

export function readActiveCodebookRow(db: Db): Row | undefined {
  return db.get<Row>('SELECT key, id, version, name, definition, active, created_at FROM codebooks WHERE active = 1');
}

export function readCodeRows(db: Db, a: { key: string }): Row[] {
  return db.all<Row>(
    `SELECT codebook_key, id, label, group_id, color, hotkey, description, sort_order, archived, event_linked
     FROM codes WHERE codebook_key = @key ORDER BY sort_order, id`,
    a,
  );
}

type Own = { coderId: string; ids: string; key: string };
const OWN = `coder_id = @coderId AND transcript_id IN (${IDS})`;

/** One coder's own work on the chosen transcripts, made with the given codebook version; table by table. */
export function readOwnWork(
  db: Db,
  a: Own,
): Record<Exclude<PackageTable, 'coders' | 'transcripts' | 'sections' | 'codebooks' | 'codes'>, Row[]> {
  return {
    events: db.all<Row>(
      `SELECT id, transcript_id, coder_id, kind, who, speaker_age, note, created_at, origin, rationale
       FROM events WHERE ${OWN} ORDER BY created_at, id`,
      a,
    ),
    annotations: db.all<Row>(
      `SELECT id, transcript_id, coder_id, codebook_key, code_id, start_offset, end_offset, note, severity, event_id,
              origin, rationale, created_at, updated_at
       FROM annotations WHERE ${OWN} AND codebook_key = @key ORDER BY created_at, id`,
      a,
    ),
    ratings: db.all<Row>(
      `SELECT transcript_id, coder_id, codebook_key, scale_id, target, value, not_rateable, note, origin, rationale,
              updated_at
       FROM ratings WHERE ${OWN} AND codebook_key = @key ORDER BY transcript_id, scale_id, target`,
      a,
    ),
    rating_links: db.all<Row>(
      `SELECT l.transcript_id, l.coder_id, l.scale_id, l.target, l.annotation_id FROM rating_links l
       JOIN ratings r USING (transcript_id, coder_id, scale_id, target)
       JOIN annotations n ON n.id = l.annotation_id
       WHERE l.coder_id = @coderId AND l.transcript_id IN (${IDS}) AND r.codebook_key = @key
         AND n.coder_id = @coderId AND n.codebook_key = @key`,
      a,
    ),
    classifications: db.all<Row>(
      `SELECT transcript_id, coder_id, codebook_key, primary_category, subtype, alternative, second_alternative,
              confidence, forced, note, origin, rationale, updated_at
       FROM classifications WHERE ${OWN} AND codebook_key = @key`,
      a,
    ),
    memos: db.all<Row>(`SELECT transcript_id, coder_id, text, updated_at FROM memos WHERE ${OWN}`, a),
    coding_status: db.all<Row>(
      `SELECT transcript_id, coder_id, status, submitted_at, updated_at FROM coding_status WHERE ${OWN}`,
      a,
    ),
  };
}

/** How many of the coder's items on these transcripts were made with another codebook version. */
export function countOtherVersionWork(db: Db, a: Own): number {
  return (
    db.get<{ n: number }>(
      `SELECT (SELECT count(*) FROM annotations WHERE ${OWN} AND codebook_key <> @key)
            + (SELECT count(*) FROM ratings WHERE ${OWN} AND codebook_key <> @key)
            + (SELECT count(*) FROM classifications WHERE ${OWN} AND codebook_key <> @key) AS n`,
      a,
    )?.n ?? 0
  );
}

/** Insert rows into a table of a package being built (the table is one of PACKAGE_TABLES; columns from the rows). */
export function insertRows(db: Db, table: PackageTable, rows: readonly Row[]): void {
  if (!PACKAGE_TABLES.includes(table)) throw new Error(`not a package table: ${table}`);
  for (const row of rows) {
    const cols = Object.keys(row);
    for (const c of cols) if (!/^[a-z_]+$/.test(c)) throw new Error(`bad column ${c}`);
    db.run(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`, row);
  }
}

/** Single-file journal before the package is closed and moved: no -wal file is left beside it. */
export function useRollbackJournal(db: Db): void {
  db.pragma('journal_mode = DELETE');
}
