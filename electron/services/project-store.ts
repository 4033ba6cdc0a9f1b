import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder, CoderRole } from '../../shared/api/coder.ts';
import type { ProjectCounts } from '../../shared/api/project.ts';
import type { CodebookVersion, StoredCodebook } from '../../shared/api/codebook.ts';
import { projectSettingsSchema, type ProjectSettings } from '../../shared/api/settings.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { codebookSchema, type Codebook } from '../../shared/codebook/codebook-schema.ts';
import { defaultCodebook } from '../../shared/codebook/default-codebook.ts';
import type { Db } from './db/database.ts';
import { createProjectFile, openProjectFile } from './db/project-file.ts';
import { ServiceError } from './service-error.ts';

const now = () => new Date().toISOString();

export function codebookKey(cb: { id: string; version: number }): string {
  return `${cb.id}@${cb.version}`;
}

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

interface AnnotationRow {
  id: string;
  transcript_id: string;
  coder_id: string;
  codebook_key: string;
  code_id: string;
  start_offset: number;
  end_offset: number;
  note: string;
  severity: number | null;
  event_id: string | null;
  created_at: string;
  updated_at: string;
}

const toAnnotation = (r: AnnotationRow): Annotation => ({
  id: r.id,
  transcriptId: r.transcript_id,
  coderId: r.coder_id,
  codebookKey: r.codebook_key,
  codeId: r.code_id,
  start: r.start_offset,
  end: r.end_offset,
  note: r.note,
  severity: r.severity,
  eventId: r.event_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

interface TranscriptRow {
  id: string;
  title: string;
  hash: string;
  words: number;
  characters: number;
  source_name: string | null;
  imported_at: string;
  annotations: number;
}

const toSummary = (r: TranscriptRow): TranscriptSummary => ({
  id: r.id,
  title: r.title,
  hash: r.hash,
  words: r.words,
  characters: r.characters,
  sourceName: r.source_name,
  importedAt: r.imported_at,
  annotations: r.annotations,
});

/** Annotation counts include only the coders the caller may see (blind coding hides even counts). */
const summarySql = (
  coderFilter: boolean,
) => `SELECT t.id, t.title, t.hash, t.words, length(t.text) AS characters, t.source_name, t.imported_at,
  (SELECT count(*) FROM annotations a WHERE a.transcript_id = t.id${coderFilter ? ' AND a.coder_id IN (SELECT value FROM json_each(@coders))' : ''}) AS annotations
  FROM transcripts t`;
const TRANSCRIPT_SUMMARY_SQL = summarySql(false);

/** Writes the codebook and its codes; used for the default at creation and for later imports. */
export function insertCodebook(db: Db, cb: Codebook, active: boolean): string {
  const key = codebookKey(cb);
  const { codes, ...definition } = cb;
  if (active) db.run('UPDATE codebooks SET active = 0 WHERE active = 1');
  db.run(
    'INSERT INTO codebooks (key, id, version, name, definition, active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    [key, cb.id, cb.version, cb.name, JSON.stringify(definition), active ? 1 : 0, now()],
  );
  codes.forEach((c, i) =>
    db.run(
      `INSERT INTO codes (codebook_key, id, label, group_id, color, hotkey, description, sort_order, archived, event_linked)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [key, c.id, c.label, c.group, c.color, c.hotkey, c.description, i, c.archived ? 1 : 0, c.eventLinked ? 1 : 0],
    ),
  );
  return key;
}

/**
 * One open project file. Every write is one transaction, so a killed process leaves either
 * the whole change or none of it; the UI reports "saved" only after the call returned.
 */
export class ProjectStore {
  private constructor(
    readonly db: Db,
    readonly path: string,
    readonly schemaVersion: number,
    readonly backupPath: string | null,
  ) {}

  static create(path: string): ProjectStore {
    const p = createProjectFile(path, (db) => insertCodebook(db, defaultCodebook(), true));
    return new ProjectStore(p.db, path, p.schemaVersion, p.backupPath);
  }

  static open(path: string): ProjectStore {
    const p = openProjectFile(path);
    return new ProjectStore(p.db, path, p.schemaVersion, p.backupPath);
  }

  get name(): string {
    return basename(this.path).replace(/\.attune$/i, '');
  }

  close(): void {
    // Fold the WAL back so the .attune file alone is complete when copied elsewhere.
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)', false);
    } catch {
      /* another connection may hold it; the WAL stays consistent */
    }
    this.db.close();
  }

  counts(): ProjectCounts {
    const r = this.db.get<ProjectCounts>(
      `SELECT (SELECT count(*) FROM transcripts) AS transcripts, (SELECT count(*) FROM coders) AS coders,
              (SELECT count(*) FROM annotations) AS annotations`,
    );
    return r ?? { transcripts: 0, coders: 0, annotations: 0 };
  }

  // Coders
  listCoders(): Coder[] {
    return this.db
      .all<{ id: string; name: string; role: CoderRole; created_at: string }>(
        'SELECT * FROM coders ORDER BY name COLLATE NOCASE',
      )
      .map((r) => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at }));
  }

  createCoder(name: string, role: CoderRole): Coder {
    const coder: Coder = { id: randomUUID(), name, role, createdAt: now() };
    return this.db.transaction(() => {
      if (this.db.get('SELECT 1 FROM coders WHERE name = ?', [name]))
        throw new ServiceError('conflict', `a coder named "${name}" already exists`);
      this.db.run('INSERT INTO coders (id, name, role, created_at) VALUES (?, ?, ?, ?)', [
        coder.id,
        name,
        role,
        coder.createdAt,
      ]);
      return coder;
    });
  }

  requireCoder(id: string): void {
    if (!this.db.get('SELECT 1 FROM coders WHERE id = ?', [id]))
      throw new ServiceError('not-found', `no coder with id ${id}`);
  }

  // Transcripts
  listTranscripts(visibleCoders: string[] | null = null): TranscriptSummary[] {
    const order = 'ORDER BY t.title COLLATE NOCASE, t.imported_at';
    const rows = visibleCoders
      ? this.db.all<TranscriptRow>(`${summarySql(true)} ${order}`, { coders: JSON.stringify(visibleCoders) })
      : this.db.all<TranscriptRow>(`${TRANSCRIPT_SUMMARY_SQL} ${order}`);
    return rows.map(toSummary);
  }

  getTranscript(id: string): Transcript {
    const row = this.db.get<TranscriptRow>(`${TRANSCRIPT_SUMMARY_SQL} WHERE t.id = ?`, [id]);
    if (!row) throw new ServiceError('not-found', `no transcript with id ${id}`);
    const extra = this.db.get<{ text: string; metadata: string }>(
      'SELECT text, metadata FROM transcripts WHERE id = ?',
      [id],
    );
    return {
      ...toSummary(row),
      text: extra?.text ?? '',
      metadata: JSON.parse(extra?.metadata ?? '{}') as Record<string, string>,
    };
  }

  transcriptText(id: string): string {
    const r = this.db.get<{ text: string }>('SELECT text FROM transcripts WHERE id = ?', [id]);
    if (!r) throw new ServiceError('not-found', `no transcript with id ${id}`);
    return r.text;
  }

  findTranscriptByHash(hash: string): TranscriptSummary | null {
    const row = this.db.get<TranscriptRow>(`${TRANSCRIPT_SUMMARY_SQL} WHERE t.hash = ?`, [hash]);
    return row ? toSummary(row) : null;
  }

  /** Insert already-normalised text. Duplicate text (same hash) is a conflict, never a second copy. */
  insertTranscript(input: {
    title: string;
    text: string;
    words: number;
    sourceName: string | null;
    metadata?: Record<string, string>;
  }): TranscriptSummary {
    const hash = textHash(input.text);
    const id = randomUUID();
    return this.db.transaction(() => {
      const dup = this.findTranscriptByHash(hash);
      if (dup) throw new ServiceError('conflict', `this text is already in the project as "${dup.title}"`);
      this.db.run(
        'INSERT INTO transcripts (id, title, text, hash, words, source_name, metadata, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [id, input.title, input.text, hash, input.words, input.sourceName, JSON.stringify(input.metadata ?? {}), now()],
      );
      const row = this.db.get<TranscriptRow>(`${TRANSCRIPT_SUMMARY_SQL} WHERE t.id = ?`, [id]);
      if (!row) throw new ServiceError('internal', 'the transcript vanished while being saved');
      return toSummary(row);
    });
  }

  // Codebooks
  activeCodebook(): StoredCodebook {
    const cb = this.db.get<{ key: string; definition: string }>(
      'SELECT key, definition FROM codebooks WHERE active = 1',
    );
    if (!cb) throw new ServiceError('not-found', 'the project has no active codebook');
    return { key: cb.key, codebook: this.readCodebook(cb.key, cb.definition), active: true };
  }

  getCodebook(key: string): StoredCodebook {
    const cb = this.db.get<{ key: string; definition: string; active: number }>(
      'SELECT key, definition, active FROM codebooks WHERE key = ?',
      [key],
    );
    if (!cb) throw new ServiceError('not-found', `no codebook ${key} in this project`);
    return { key: cb.key, codebook: this.readCodebook(cb.key, cb.definition), active: cb.active === 1 };
  }

  listCodebooks(): CodebookVersion[] {
    return this.db
      .all<{
        key: string;
        id: string;
        version: number;
        name: string;
        active: number;
        created_at: string;
        uses: number;
      }>(
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

  /** Save as the next version of its id (existing codings keep the version they used) and activate it. */
  saveCodebookVersion(input: unknown): StoredCodebook {
    const parsed = codebookSchema.safeParse(input);
    if (!parsed.success)
      throw new ServiceError(
        'validation',
        `the codebook is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'codebook'}: ${i.message}`).join('; ')}`,
      );
    return this.db.transaction(() => {
      const max =
        this.db.get<{ v: number | null }>('SELECT max(version) AS v FROM codebooks WHERE id = ?', [parsed.data.id])
          ?.v ?? 0;
      const key = insertCodebook(this.db, { ...parsed.data, version: max + 1 }, true);
      return this.getCodebook(key);
    });
  }

  activateCodebook(key: string): StoredCodebook {
    return this.db.transaction(() => {
      this.getCodebook(key);
      this.db.run('UPDATE codebooks SET active = 0 WHERE active = 1');
      this.db.run('UPDATE codebooks SET active = 1 WHERE key = ?', [key]);
      return this.getCodebook(key);
    });
  }

  // Settings
  settings(): ProjectSettings {
    const raw = this.db.get<{ value: string }>("SELECT value FROM meta WHERE key = 'settings'");
    const parsed = projectSettingsSchema.safeParse(raw ? JSON.parse(raw.value) : {});
    // A settings blob from a newer build with unknown keys: keep what we understand.
    return parsed.success ? parsed.data : projectSettingsSchema.parse({});
  }

  updateSettings(patch: Partial<ProjectSettings>): ProjectSettings {
    return this.db.transaction(() => {
      const next = projectSettingsSchema.parse({ ...this.settings(), ...patch });
      this.db.run(
        "INSERT INTO meta (key, value) VALUES ('settings', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [JSON.stringify(next)],
      );
      return next;
    });
  }

  private readCodebook(key: string, definition: string): Codebook {
    const codes = this.db
      .all<{
        id: string;
        label: string;
        group_id: string;
        color: string;
        hotkey: string | null;
        description: string;
        archived: number;
        event_linked: number;
      }>('SELECT * FROM codes WHERE codebook_key = ? ORDER BY sort_order', [key])
      .map((c) => ({
        id: c.id,
        label: c.label,
        group: c.group_id,
        color: c.color,
        hotkey: c.hotkey,
        description: c.description,
        archived: c.archived === 1,
        eventLinked: c.event_linked === 1,
      }));
    return codebookSchema.parse({ ...(JSON.parse(definition) as object), codes });
  }

  // Annotations
  listAnnotations(transcriptId: string, coderId?: string): Annotation[] {
    const rows = coderId
      ? this.db.all<AnnotationRow>(
          'SELECT * FROM annotations WHERE transcript_id = ? AND coder_id = ? ORDER BY start_offset, end_offset',
          [transcriptId, coderId],
        )
      : this.db.all<AnnotationRow>(
          'SELECT * FROM annotations WHERE transcript_id = ? ORDER BY start_offset, end_offset',
          [transcriptId],
        );
    return rows.map(toAnnotation);
  }

  getAnnotation(id: string): Annotation {
    const r = this.db.get<AnnotationRow>('SELECT * FROM annotations WHERE id = ?', [id]);
    if (!r) throw new ServiceError('not-found', `no annotation with id ${id}`);
    return toAnnotation(r);
  }

  /** Text is immutable, so its UTF-16 length can be cached for span checks. */
  private readonly textLengths = new Map<string, number>();

  private checkSpan(transcriptId: string, start: number, end: number): void {
    let textLen = this.textLengths.get(transcriptId);
    if (textLen === undefined) {
      textLen = this.transcriptText(transcriptId).length;
      this.textLengths.set(transcriptId, textLen);
    }
    if (end <= start) throw new ServiceError('validation', 'end must be after start');
    if (end > textLen)
      throw new ServiceError(
        'validation',
        `span [${start}, ${end}) runs past the end of the transcript (${textLen} characters)`,
      );
  }

  private requireCode(key: string, codeId: string): void {
    const c = this.db.get<{ archived: number }>('SELECT archived FROM codes WHERE codebook_key = ? AND id = ?', [
      key,
      codeId,
    ]);
    if (!c) throw new ServiceError('not-found', `code "${codeId}" is not in the active codebook`);
  }

  private requireEvent(eventId: string | null | undefined, transcriptId: string, coderId: string): void {
    if (!eventId) return;
    const e = this.db.get<{ transcript_id: string; coder_id: string }>(
      'SELECT transcript_id, coder_id FROM events WHERE id = ?',
      [eventId],
    );
    if (!e || e.transcript_id !== transcriptId || e.coder_id !== coderId)
      throw new ServiceError('not-found', `no loss or trauma event ${eventId} of this coder on this transcript`);
  }

  createAnnotation(a: {
    transcriptId: string;
    coderId: string;
    codeId: string;
    start: number;
    end: number;
    note: string;
    severity?: number | null;
    eventId?: string | null;
    id?: string;
    codebookKey?: string;
    createdAt?: string;
    updatedAt?: string;
    origin?: string | null;
    rationale?: string;
  }): Annotation {
    return this.db.transaction(() => {
      this.checkSpan(a.transcriptId, a.start, a.end);
      this.requireCoder(a.coderId);
      const key = a.codebookKey ?? this.activeCodebook().key;
      this.requireCode(key, a.codeId);
      this.requireEvent(a.eventId, a.transcriptId, a.coderId);
      const id = a.id ?? randomUUID();
      if (a.id && this.db.get('SELECT 1 FROM annotations WHERE id = ?', [a.id]))
        throw new ServiceError('conflict', `annotation ${a.id} already exists`);
      const t = now();
      this.db.run(
        `INSERT INTO annotations (id, transcript_id, coder_id, codebook_key, code_id, start_offset, end_offset, note, severity, event_id,
           origin, rationale, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          a.transcriptId,
          a.coderId,
          key,
          a.codeId,
          a.start,
          a.end,
          a.note,
          a.severity ?? null,
          a.eventId ?? null,
          a.origin ?? null,
          a.rationale ?? '',
          a.createdAt ?? t,
          a.updatedAt ?? t,
        ],
      );
      return this.getAnnotation(id);
    });
  }

  updateAnnotation(u: {
    id: string;
    note?: string | undefined;
    codeId?: string | undefined;
    start?: number | undefined;
    end?: number | undefined;
    severity?: number | null | undefined;
    eventId?: string | null | undefined;
  }): Annotation {
    return this.db.transaction(() => {
      const cur = this.getAnnotation(u.id);
      const next = {
        ...cur,
        note: u.note ?? cur.note,
        codeId: u.codeId ?? cur.codeId,
        start: u.start ?? cur.start,
        end: u.end ?? cur.end,
        severity: u.severity === undefined ? cur.severity : u.severity,
        eventId: u.eventId === undefined ? cur.eventId : u.eventId,
      };
      this.checkSpan(cur.transcriptId, next.start, next.end);
      if (u.codeId !== undefined) this.requireCode(cur.codebookKey, next.codeId);
      if (u.eventId) this.requireEvent(u.eventId, cur.transcriptId, cur.coderId);
      this.db.run(
        // An accepted consensus item whose code or span changes becomes "edited" (its rationale stays).
        `UPDATE annotations SET note = ?, code_id = ?, start_offset = ?, end_offset = ?, severity = ?, event_id = ?, updated_at = ?,
           origin = CASE WHEN origin IS NOT NULL AND (code_id IS NOT ? OR start_offset IS NOT ? OR end_offset IS NOT ?)
                         THEN json_set(origin, '$.how', 'edited') ELSE origin END
         WHERE id = ?`,
        [
          next.note,
          next.codeId,
          next.start,
          next.end,
          next.severity,
          next.eventId,
          now(),
          next.codeId,
          next.start,
          next.end,
          u.id,
        ],
      );
      return this.getAnnotation(u.id);
    });
  }

  deleteAnnotation(id: string): void {
    this.db.transaction(() => {
      const r = this.db.run('DELETE FROM annotations WHERE id = ?', [id]);
      if (r.changes === 0) throw new ServiceError('not-found', `no annotation with id ${id}`);
    });
  }
}
