import type { CodebookVersion, StoredCodebook } from '../../../../shared/api/codebook.ts';
import { codebookSchema, type Code, type Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import type { Db } from '../database.ts';

/** "<codebook id>@<version>": what every annotation, rating and classification records. */
export function codebookKey(cb: { id: string; version: number }): string {
  return `${cb.id}@${cb.version}`;
}

interface CodeRow {
  id: string;
  label: string;
  group_id: string;
  color: string;
  hotkey: string | null;
  description: string;
  archived: number;
  event_linked: number;
}

export const rowToCode = (c: CodeRow): Code => ({
  id: c.id,
  label: c.label,
  group: c.group_id,
  color: c.color,
  hotkey: c.hotkey,
  description: c.description,
  archived: c.archived === 1,
  eventLinked: c.event_linked === 1,
});

interface CodebookRow {
  key: string;
  definition: string;
  active: number;
}

/** The stored definition (groups, scales, classification scheme) and its codes, checked as a whole. */
function readStoredCodebook(db: Db, r: CodebookRow): StoredCodebook {
  const codes = db
    .all<CodeRow>(
      `SELECT id, label, group_id, color, hotkey, description, archived, event_linked
       FROM codes WHERE codebook_key = @key ORDER BY sort_order`,
      { key: r.key },
    )
    .map(rowToCode);
  const codebook = codebookSchema.parse({ ...(JSON.parse(r.definition) as object), codes });
  return { key: r.key, codebook, active: r.active === 1 };
}

/** Writes the codebook and its codes (making it the one active codebook when asked); returns its key. */
export function insertCodebook(db: Db, a: { codebook: Codebook; active: boolean; createdAt: string }): string {
  const cb = a.codebook;
  const key = codebookKey(cb);
  const { codes, ...definition } = cb;
  if (a.active) deactivateCodebooks(db);
  db.run(
    `INSERT INTO codebooks (key, id, version, name, definition, active, created_at)
     VALUES (@key, @id, @version, @name, @definition, @active, @createdAt)`,
    {
      key,
      id: cb.id,
      version: cb.version,
      name: cb.name,
      definition: JSON.stringify(definition),
      active: a.active ? 1 : 0,
      createdAt: a.createdAt,
    },
  );
  codes.forEach((c, i) =>
    db.run(
      `INSERT INTO codes (codebook_key, id, label, group_id, color, hotkey, description, sort_order, archived, event_linked)
       VALUES (@key, @id, @label, @group, @color, @hotkey, @description, @sortOrder, @archived, @eventLinked)`,
      { ...c, key, sortOrder: i, archived: c.archived ? 1 : 0, eventLinked: c.eventLinked ? 1 : 0 },
    ),
  );
  return key;
}

function deactivateCodebooks(db: Db): void {
  db.run('UPDATE codebooks SET active = 0 WHERE active = 1');
}

/** Make `key` the one active codebook. */
export function activateCodebook(db: Db, a: { key: string }): void {
  deactivateCodebooks(db);
  db.run('UPDATE codebooks SET active = 1 WHERE key = @key', a);
}

export function getActiveCodebook(db: Db): StoredCodebook | undefined {
  const r = db.get<CodebookRow>('SELECT key, definition, active FROM codebooks WHERE active = 1');
  return r && readStoredCodebook(db, r);
}

/** The active codebook's id, version and name from its columns, without reading and validating its definition. */
export function getActiveCodebookHeader(db: Db): { id: string; version: number; name: string } | undefined {
  return db.get('SELECT id, version, name FROM codebooks WHERE active = 1');
}

export function getCodebook(db: Db, a: { key: string }): StoredCodebook | undefined {
  const r = db.get<CodebookRow>('SELECT key, definition, active FROM codebooks WHERE key = @key', a);
  return r && readStoredCodebook(db, r);
}

/** The highest version saved under a codebook id (0 when there is none). */
export function maxCodebookVersion(db: Db, a: { id: string }): number {
  return db.get<{ v: number | null }>('SELECT max(version) AS v FROM codebooks WHERE id = @id', a)?.v ?? 0;
}

export function listCodebookVersions(db: Db): CodebookVersion[] {
  return db
    .all<{ key: string; id: string; version: number; name: string; active: number; created_at: string; uses: number }>(
      `SELECT c.key, c.id, c.version, c.name, c.active, c.created_at,
         (SELECT count(*) FROM annotations a WHERE a.codebook_key = c.key) + (SELECT count(*) FROM ratings r WHERE r.codebook_key = c.key)
         + (SELECT count(*) FROM classifications k WHERE k.codebook_key = c.key) AS uses
       FROM codebooks c ORDER BY c.id, c.version`,
    )
    .map((r) => ({
      key: r.key,
      id: r.id,
      version: r.version,
      name: r.name,
      active: r.active === 1,
      createdAt: r.created_at,
      uses: r.uses,
    }));
}

export function codeExists(db: Db, a: { codebookKey: string; codeId: string }): boolean {
  return db.get('SELECT 1 FROM codes WHERE codebook_key = @codebookKey AND id = @codeId', a) !== undefined;
}

/** The codebook versions a coder's annotations, ratings and classifications on these transcripts used. */
export function codebookKeysUsed(db: Db, a: { coderId: string; transcriptIds: string[] }): string[] {
  return db
    .all<{ key: string }>(
      `SELECT codebook_key AS key FROM annotations WHERE coder_id = @c AND transcript_id IN (SELECT value FROM json_each(@t))
       UNION SELECT codebook_key FROM ratings WHERE coder_id = @c AND transcript_id IN (SELECT value FROM json_each(@t))
       UNION SELECT codebook_key FROM classifications WHERE coder_id = @c AND transcript_id IN (SELECT value FROM json_each(@t))`,
      { c: a.coderId, t: JSON.stringify(a.transcriptIds) },
    )
    .map((r) => r.key);
}
