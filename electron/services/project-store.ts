import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder, CoderRole } from '../../shared/api/coder.ts';
import type { ProjectCounts } from '../../shared/api/project.ts';
import type { CodebookVersion, StoredCodebook } from '../../shared/api/codebook.ts';
import { projectSettingsSchema, type ProjectSettings } from '../../shared/api/settings.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { codebookSchema } from '../../shared/codebook/codebook-schema.ts';
import { defaultCodebook } from '../../shared/codebook/default-codebook.ts';
import { cleanLine } from '../../shared/text/clean-text.ts';
import { checkCoderName, nameSkeleton } from '../../shared/text/coder-name.ts';
import { normalizeTranscriptText } from '../../shared/transcript/normalize.ts';
import type { Db } from './db/database.ts';
import { createProjectFile, openProjectFile, type OpenOptions } from './db/project-file.ts';
import * as annotations from './db/tables/annotations.ts';
import * as codebooks from './db/tables/codebooks.ts';
import * as coders from './db/tables/coders.ts';
import * as events from './db/tables/events.ts';
import * as meta from './db/tables/meta.ts';
import * as transcripts from './db/tables/transcripts.ts';
import { ServiceError } from './service-error.ts';

const now = () => new Date().toISOString();

export function textHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
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
    const p = createProjectFile(path, (db) =>
      codebooks.insertCodebook(db, { codebook: defaultCodebook(), active: true, createdAt: now() }),
    );
    return new ProjectStore(p.db, path, p.schemaVersion, p.backupPath);
  }

  /** `forReading`: see OpenOptions (read-only, and the integrity check only where it protects data). */
  static open(path: string, options: OpenOptions = {}): ProjectStore {
    const p = openProjectFile(path, options);
    const store = new ProjectStore(p.db, path, p.schemaVersion, p.backupPath);
    store.integrityChecked = p.integrityChecked;
    return store;
  }

  /** Whether opening ran SQLite's quick_check. */
  integrityChecked = false;

  get name(): string {
    return basename(this.path).replace(/\.attune$/i, '');
  }

  close(): void {
    // Fold the WAL back so the .attune file alone is complete when copied elsewhere.
    try {
      this.db.checkpoint();
    } catch {
      /* another connection may hold it; the WAL stays consistent */
    }
    this.db.close();
  }

  /** A notice every view shows with the project (the demo study's SYNTHETIC – NOT REAL DATA), or null. */
  get notice(): string | null {
    return meta.getMeta(this.db, { key: 'notice' }) ?? null;
  }

  setNotice(notice: string): void {
    meta.putMeta(this.db, { key: 'notice', value: notice });
  }

  counts(): ProjectCounts {
    return meta.countProject(this.db) ?? { transcripts: 0, coders: 0, annotations: 0 };
  }

  // Coders
  listCoders(): Coder[] {
    return coders.listCoders(this.db);
  }

  /**
   * A new coder (with a given id when a coding file brings one). The name is stored in NFKC; a name with
   * invisible or control characters is refused, and so is one that looks like an existing coder's.
   */
  createCoder(rawName: string, role: CoderRole, id: string = randomUUID()): Coder {
    const checked = checkCoderName(rawName);
    if (!checked.ok) throw new ServiceError('validation', `"${rawName}": ${checked.problem}`);
    const { name } = checked;
    const coder: Coder = { id, name, role, createdAt: now() };
    return this.db.transaction(() => {
      const skeleton = nameSkeleton(name);
      const alike = coders.listCoders(this.db).find((c) => nameSkeleton(c.name) === skeleton);
      if (alike)
        throw new ServiceError(
          'conflict',
          alike.name.toLowerCase() === name.toLowerCase()
            ? `a coder named "${name}" already exists`
            : `"${name}" looks the same as the existing coder "${alike.name}"; choose a name that can be told apart`,
        );
      if (coders.coderExists(this.db, { id }))
        throw new ServiceError('conflict', `a coder with id ${id} already exists`);
      coders.insertCoder(this.db, coder);
      return coder;
    });
  }

  requireCoder(id: string): void {
    if (!coders.coderExists(this.db, { id })) throw new ServiceError('not-found', `no coder with id ${id}`);
  }

  // Transcripts
  listTranscripts(visibleCoders: string[] | null = null): TranscriptSummary[] {
    return transcripts.listTranscriptSummaries(this.db, { visibleCoders });
  }

  getTranscript(id: string): Transcript {
    const summary = transcripts.getTranscriptSummary(this.db, { id });
    if (!summary) throw new ServiceError('not-found', `no transcript with id ${id}`);
    const extra = transcripts.getTranscriptTextAndMetadata(this.db, { id });
    return { ...summary, text: extra?.text ?? '', metadata: extra?.metadata ?? {} };
  }

  transcriptText(id: string): string {
    const text = transcripts.getTranscriptText(this.db, { id });
    if (text === undefined) throw new ServiceError('not-found', `no transcript with id ${id}`);
    return text;
  }

  requireTranscript(id: string): void {
    if (!transcripts.transcriptExists(this.db, { id }))
      throw new ServiceError('not-found', `no transcript with id ${id}`);
  }

  findTranscriptByHash(hash: string): TranscriptSummary | null {
    return transcripts.findTranscriptSummaryByHash(this.db, { hash }) ?? null;
  }

  /** Insert already-normalised text. Duplicate text (same hash) is a conflict, never a second copy. */
  insertTranscript(input: {
    title: string;
    text: string;
    words: number;
    sourceName: string | null;
    metadata?: Record<string, string>;
  }): TranscriptSummary {
    // The one door for transcript text: whatever the import path, only normalised text is stored, so
    // the stored hash is the SHA-256 of the stored text and offsets never shift.
    if (normalizeTranscriptText(input.text) !== input.text)
      throw new ServiceError('validation', 'the transcript text is not normalised; nothing was stored');
    const hash = textHash(input.text);
    const id = randomUUID();
    return this.db.transaction(() => {
      const dup = this.findTranscriptByHash(hash);
      if (dup) throw new ServiceError('conflict', `this text is already in the project as "${dup.title}"`);
      transcripts.insertTranscript(this.db, {
        id,
        title: cleanLine(input.title),
        text: input.text,
        hash,
        words: input.words,
        sourceName: input.sourceName === null ? null : cleanLine(input.sourceName),
        metadata: input.metadata ?? {},
        importedAt: now(),
      });
      const summary = transcripts.getTranscriptSummary(this.db, { id });
      if (!summary) throw new ServiceError('internal', 'the transcript vanished while being saved');
      return summary;
    });
  }

  // Codebooks
  activeCodebook(): StoredCodebook {
    const cb = codebooks.getActiveCodebook(this.db);
    if (!cb) throw new ServiceError('not-found', 'the project has no active codebook');
    return cb;
  }

  /** What `attune info` shows of the active codebook, read without parsing the whole definition. */
  activeCodebookHeader(): { id: string; version: number; name: string } {
    const h = codebooks.getActiveCodebookHeader(this.db);
    if (!h) throw new ServiceError('not-found', 'the project has no active codebook');
    return h;
  }

  getCodebook(key: string): StoredCodebook {
    const cb = codebooks.getCodebook(this.db, { key });
    if (!cb) throw new ServiceError('not-found', `no codebook ${key} in this project`);
    return cb;
  }

  listCodebooks(): CodebookVersion[] {
    return codebooks.listCodebookVersions(this.db);
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
      const max = codebooks.maxCodebookVersion(this.db, { id: parsed.data.id });
      const codebook = { ...parsed.data, version: max + 1 };
      const key = codebooks.insertCodebook(this.db, { codebook, active: true, createdAt: now() });
      return this.getCodebook(key);
    });
  }

  activateCodebook(key: string): StoredCodebook {
    return this.db.transaction(() => {
      this.getCodebook(key);
      codebooks.activateCodebook(this.db, { key });
      return this.getCodebook(key);
    });
  }

  // Settings
  settings(): ProjectSettings {
    const raw = meta.getMeta(this.db, { key: 'settings' });
    let json: unknown = {};
    try {
      if (raw !== undefined) json = JSON.parse(raw);
    } catch {
      // Blind coding and hidden fields live here: guessing defaults could show coders what they must not see.
      throw new ServiceError(
        'refused',
        `the project settings stored in ${basename(this.path)} are damaged (not readable as JSON), so the project cannot be used safely: blind coding and hidden fields depend on them. Restore the file from a backup.`,
      );
    }
    const parsed = projectSettingsSchema.safeParse(json);
    // A settings blob from a newer build with unknown keys: keep what we understand.
    return parsed.success ? parsed.data : projectSettingsSchema.parse({});
  }

  updateSettings(patch: Partial<ProjectSettings>): ProjectSettings {
    return this.db.transaction(() => {
      const next = projectSettingsSchema.parse({ ...this.settings(), ...patch });
      meta.putMeta(this.db, { key: 'settings', value: JSON.stringify(next) });
      return next;
    });
  }

  // Annotations
  listAnnotations(transcriptId: string, coderId?: string): Annotation[] {
    return annotations.listAnnotations(this.db, { transcriptId, coderId });
  }

  getAnnotation(id: string): Annotation {
    const a = annotations.getAnnotation(this.db, { id });
    if (!a) throw new ServiceError('not-found', `no annotation with id ${id}`);
    return a;
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
    if (!codebooks.codeExists(this.db, { codebookKey: key, codeId }))
      throw new ServiceError('not-found', `code "${codeId}" is not in the active codebook`);
  }

  private requireEvent(eventId: string | null | undefined, transcriptId: string, coderId: string): void {
    if (!eventId) return;
    const e = events.getEvent(this.db, { id: eventId });
    if (!e || e.transcriptId !== transcriptId || e.coderId !== coderId)
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
      if (a.id && annotations.annotationOwner(this.db, { id: a.id }) !== undefined)
        throw new ServiceError('conflict', `annotation ${a.id} already exists`);
      const t = now();
      annotations.insertAnnotation(this.db, {
        id,
        transcriptId: a.transcriptId,
        coderId: a.coderId,
        codebookKey: key,
        codeId: a.codeId,
        start: a.start,
        end: a.end,
        note: a.note,
        severity: a.severity ?? null,
        eventId: a.eventId ?? null,
        origin: a.origin ?? null,
        rationale: a.rationale ?? '',
        createdAt: a.createdAt ?? t,
        updatedAt: a.updatedAt ?? t,
      });
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
        id: u.id,
        note: u.note ?? cur.note,
        codeId: u.codeId ?? cur.codeId,
        start: u.start ?? cur.start,
        end: u.end ?? cur.end,
        severity: u.severity === undefined ? cur.severity : u.severity,
        eventId: u.eventId === undefined ? cur.eventId : u.eventId,
        updatedAt: now(),
      };
      this.checkSpan(cur.transcriptId, next.start, next.end);
      if (u.codeId !== undefined) this.requireCode(cur.codebookKey, next.codeId);
      if (u.eventId) this.requireEvent(u.eventId, cur.transcriptId, cur.coderId);
      annotations.updateAnnotation(this.db, next);
      return this.getAnnotation(u.id);
    });
  }

  deleteAnnotation(id: string): void {
    this.db.transaction(() => {
      if (annotations.deleteAnnotation(this.db, { id }) === 0)
        throw new ServiceError('not-found', `no annotation with id ${id}`);
    });
  }
}
