import { randomUUID } from 'node:crypto';
import type { Classification } from '../../shared/api/classification.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Memo } from '../../shared/api/memo.ts';
import type { SearchHit } from '../../shared/api/project.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { CodingStatus, TranscriptStatus } from '../../shared/api/status.ts';
import { deriveAllLevels } from '../../shared/codebook/classification.ts';
import type { Codebook } from '../../shared/codebook/codebook-schema.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

const now = () => new Date().toISOString();

/**
 * Upsert rule for consensus provenance: a write that brings its own origin (accepting an item) sets
 * origin and rationale; an ordinary edit keeps the rationale and marks an accepted item as edited.
 */
const KEEP_PROVENANCE = (table: string) =>
  `origin = CASE WHEN excluded.origin IS NOT NULL THEN excluded.origin
                 WHEN ${table}.origin IS NULL THEN NULL
                 ELSE json_set(${table}.origin, '$.how', 'edited') END,
   rationale = CASE WHEN excluded.origin IS NOT NULL THEN excluded.rationale ELSE ${table}.rationale END`;

interface RatingRow {
  transcript_id: string;
  coder_id: string;
  scale_id: string;
  target: string;
  value: number | null;
  not_rateable: number;
  note: string;
  updated_at: string;
}

interface ClassificationRow {
  transcript_id: string;
  coder_id: string;
  codebook_key: string;
  primary_category: string;
  subtype: string | null;
  alternative: string | null;
  second_alternative: string | null;
  confidence: number | null;
  forced: number;
  note: string;
  updated_at: string;
}

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

const toEvent = (r: EventRow): LossEvent => ({
  id: r.id,
  transcriptId: r.transcript_id,
  coderId: r.coder_id,
  kind: r.kind,
  who: r.who,
  speakerAge: r.speaker_age,
  note: r.note,
  createdAt: r.created_at,
});

/**
 * Transcript-level coding: scale ratings (with justifying highlights), classification, loss/trauma events,
 * memos and coding status. Scales and categories are validated against the codebook's data, never hard-coded.
 */
export class CodingStore {
  constructor(private readonly store: ProjectStore) {}

  private get db() {
    return this.store.db;
  }

  private requireTranscript(id: string): void {
    if (!this.db.get('SELECT 1 FROM transcripts WHERE id = ?', [id]))
      throw new ServiceError('not-found', `no transcript with id ${id}`);
  }

  private requireOwner(transcriptId: string, coderId: string): void {
    this.requireTranscript(transcriptId);
    this.store.requireCoder(coderId);
  }

  // Ratings
  listRatings(transcriptId: string, coderId: string): Rating[] {
    const links = new Map<string, string[]>();
    for (const l of this.db.all<{ scale_id: string; target: string; annotation_id: string }>(
      'SELECT scale_id, target, annotation_id FROM rating_links WHERE transcript_id = ? AND coder_id = ?',
      [transcriptId, coderId],
    )) {
      const k = `${l.scale_id}|${l.target}`;
      links.set(k, [...(links.get(k) ?? []), l.annotation_id]);
    }
    return this.db
      .all<RatingRow>('SELECT * FROM ratings WHERE transcript_id = ? AND coder_id = ? ORDER BY scale_id, target', [
        transcriptId,
        coderId,
      ])
      .map((r) => ({
        transcriptId: r.transcript_id,
        coderId: r.coder_id,
        scaleId: r.scale_id,
        target: r.target,
        value: r.value,
        notRateable: r.not_rateable === 1,
        note: r.note,
        links: links.get(`${r.scale_id}|${r.target}`) ?? [],
        updatedAt: r.updated_at,
      }));
  }

  private getRating(transcriptId: string, coderId: string, scaleId: string, target: string): Rating {
    const r = this.listRatings(transcriptId, coderId).find((x) => x.scaleId === scaleId && x.target === target);
    if (!r) throw new ServiceError('not-found', `no rating of ${scaleId} for ${target}`);
    return r;
  }

  /**
   * What is wrong with a rating under a scale, or null: the scale's targets, range, step and the
   * not-rateable rule. The app and the coding exchange share it, so a file cannot carry what the UI refuses.
   */
  static ratingProblem(
    scale: Codebook['scales'][number],
    r: { target: string; value: number | null; notRateable: boolean },
  ): string | null {
    const kind = r.target.startsWith('event:') ? 'event' : r.target;
    if (!scale.targets.includes(kind as never))
      return `${scale.label} is rated for ${scale.targets.join(', ')}, not ${kind}`;
    if (r.notRateable && !scale.notRateableAllowed) return `${scale.label} cannot be marked not rateable`;
    if (r.notRateable && r.value !== null)
      return `${scale.label} for ${r.target} is marked not rateable but also has the value ${r.value}`;
    if (!r.notRateable && r.value === null)
      return `${scale.label} for ${r.target} has neither a value nor "not rateable"`;
    if (r.value !== null) {
      if (!Number.isFinite(r.value) || r.value < scale.min || r.value > scale.max)
        return `${scale.label} runs from ${scale.min} to ${scale.max}; ${r.value} is outside`;
      const steps = (r.value - scale.min) / scale.step;
      if (Math.abs(steps - Math.round(steps)) > 1e-9)
        return `${scale.label} moves in steps of ${scale.step}; ${r.value} is between steps`;
    }
    return null;
  }

  setRating(
    a: {
      transcriptId: string;
      coderId: string;
      scaleId: string;
      target: string;
      value: number | null;
      notRateable: boolean;
      note?: string | undefined;
    },
    origin: string | null = null,
    rationale = '',
  ): Rating {
    return this.db.transaction(() => {
      this.requireOwner(a.transcriptId, a.coderId);
      const { key, codebook } = this.store.activeCodebook();
      const scale = codebook.scales.find((s) => s.id === a.scaleId);
      if (!scale) throw new ServiceError('not-found', `scale "${a.scaleId}" is not in the active codebook`);
      const kind = a.target.startsWith('event:') ? 'event' : a.target;
      if (!scale.targets.includes(kind as never))
        throw new ServiceError('validation', `${scale.label} is rated for ${scale.targets.join(', ')}, not ${kind}`);
      if (kind === 'event') {
        const ev = this.db.get<{ coder_id: string; transcript_id: string }>(
          'SELECT coder_id, transcript_id FROM events WHERE id = ?',
          [a.target.slice(6)],
        );
        if (!ev || ev.coder_id !== a.coderId || ev.transcript_id !== a.transcriptId)
          throw new ServiceError('not-found', `no event ${a.target.slice(6)} on this transcript`);
      }
      const problem = CodingStore.ratingProblem(scale, a);
      if (problem) throw new ServiceError('validation', problem);
      const existing = this.db.get<{ note: string }>(
        'SELECT note FROM ratings WHERE transcript_id = ? AND coder_id = ? AND scale_id = ? AND target = ?',
        [a.transcriptId, a.coderId, a.scaleId, a.target],
      );
      // Like an archived code: ratings already made stay (and can be corrected); no new ones.
      if (scale.archived && !existing)
        throw new ServiceError(
          'validation',
          `"${scale.label}" is archived: it keeps the ratings already made but takes no new ones`,
        );
      this.db.run(
        `INSERT INTO ratings (transcript_id, coder_id, codebook_key, scale_id, target, value, not_rateable, note, origin, rationale, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (transcript_id, coder_id, scale_id, target) DO UPDATE SET
           codebook_key = excluded.codebook_key, value = excluded.value, not_rateable = excluded.not_rateable, note = excluded.note,
           ${KEEP_PROVENANCE('ratings')}, updated_at = excluded.updated_at`,
        [
          a.transcriptId,
          a.coderId,
          key,
          a.scaleId,
          a.target,
          a.value,
          a.notRateable ? 1 : 0,
          a.note ?? existing?.note ?? '',
          origin,
          rationale,
          now(),
        ],
      );
      return this.getRating(a.transcriptId, a.coderId, a.scaleId, a.target);
    });
  }

  clearRating(a: { transcriptId: string; coderId: string; scaleId: string; target: string }): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM ratings WHERE transcript_id = ? AND coder_id = ? AND scale_id = ? AND target = ?', [
        a.transcriptId,
        a.coderId,
        a.scaleId,
        a.target,
      ]);
    });
  }

  linkRating(a: {
    transcriptId: string;
    coderId: string;
    scaleId: string;
    target: string;
    annotationId: string;
    linked: boolean;
  }): Rating {
    return this.db.transaction(() => {
      this.getRating(a.transcriptId, a.coderId, a.scaleId, a.target); // must exist before it can be linked
      if (a.linked) {
        const ann = this.store.getAnnotation(a.annotationId);
        if (ann.transcriptId !== a.transcriptId)
          throw new ServiceError('validation', 'a rating can only link highlights on the same transcript');
        this.db.run(
          'INSERT OR IGNORE INTO rating_links (transcript_id, coder_id, scale_id, target, annotation_id) VALUES (?, ?, ?, ?, ?)',
          [a.transcriptId, a.coderId, a.scaleId, a.target, a.annotationId],
        );
      } else {
        this.db.run(
          'DELETE FROM rating_links WHERE transcript_id = ? AND coder_id = ? AND scale_id = ? AND target = ? AND annotation_id = ?',
          [a.transcriptId, a.coderId, a.scaleId, a.target, a.annotationId],
        );
      }
      return this.getRating(a.transcriptId, a.coderId, a.scaleId, a.target);
    });
  }

  // Classification
  private toClassification(r: ClassificationRow): Classification {
    const scheme = this.store.getCodebook(r.codebook_key).codebook.classification;
    return {
      transcriptId: r.transcript_id,
      coderId: r.coder_id,
      codebookKey: r.codebook_key,
      primary: r.primary_category,
      subtype: r.subtype,
      alternative: r.alternative,
      secondAlternative: r.second_alternative,
      confidence: r.confidence,
      forced: r.forced === 1,
      note: r.note,
      updatedAt: r.updated_at,
      derived: scheme ? deriveAllLevels(scheme, { primary: r.primary_category, alternative: r.alternative }) : [],
    };
  }

  getClassification(transcriptId: string, coderId: string): Classification | null {
    const r = this.db.get<ClassificationRow>('SELECT * FROM classifications WHERE transcript_id = ? AND coder_id = ?', [
      transcriptId,
      coderId,
    ]);
    return r ? this.toClassification(r) : null;
  }

  /** All classifications on the given transcripts (for agreement and exports). */
  classificationsFor(transcriptIds: string[]): Classification[] {
    return this.db
      .all<ClassificationRow>('SELECT * FROM classifications WHERE transcript_id IN (SELECT value FROM json_each(?))', [
        JSON.stringify(transcriptIds),
      ])
      .map((r) => this.toClassification(r));
  }

  static validateClassification(
    codebook: Codebook,
    c: { primary: string; subtype: string | null; alternative: string | null; secondAlternative: string | null },
  ): void {
    const scheme = codebook.classification;
    if (!scheme) throw new ServiceError('validation', 'the active codebook defines no classification');
    const primary = scheme.primary.find((p) => p.id === c.primary);
    const names = scheme.primary.map((p) => p.id).join(', ');
    if (!primary)
      throw new ServiceError('validation', `"${c.primary}" is not a classification of this codebook (${names})`);
    if (c.subtype !== null && !primary.subtypes.some((s) => s.id === c.subtype))
      throw new ServiceError('validation', `"${c.subtype}" is not a subtype of ${primary.id}`);
    const organised = scheme.primary.filter((p) => !p.requiresAlternative).map((p) => p.id);
    if (primary.requiresAlternative && c.alternative === null)
      throw new ServiceError(
        'validation',
        `${primary.id} is always recorded with a best-fitting alternative (${organised.join(', ')})`,
      );
    for (const [field, value] of [
      ['alternative', c.alternative],
      ['second alternative', c.secondAlternative],
    ] as const) {
      if (
        value !== null &&
        !organised.includes(value) &&
        !scheme.primary.some((p) => p.subtypes.some((s) => s.id === value))
      )
        throw new ServiceError(
          'validation',
          `the ${field} must be an organised category or subtype (${organised.join(', ')}), not "${value}"`,
        );
    }
  }

  setClassification(
    a: {
      transcriptId: string;
      coderId: string;
      primary: string;
      subtype: string | null;
      alternative: string | null;
      secondAlternative: string | null;
      confidence: number | null;
      forced: boolean;
      note: string;
    },
    origin: string | null = null,
    rationale = '',
  ): Classification {
    return this.db.transaction(() => {
      this.requireOwner(a.transcriptId, a.coderId);
      const { key, codebook } = this.store.activeCodebook();
      CodingStore.validateClassification(codebook, a);
      this.db.run(
        `INSERT INTO classifications (transcript_id, coder_id, codebook_key, primary_category, subtype, alternative, second_alternative, confidence, forced, note, origin, rationale, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (transcript_id, coder_id) DO UPDATE SET codebook_key = excluded.codebook_key, primary_category = excluded.primary_category,
           subtype = excluded.subtype, alternative = excluded.alternative, second_alternative = excluded.second_alternative,
           confidence = excluded.confidence, forced = excluded.forced, note = excluded.note,
           ${KEEP_PROVENANCE('classifications')}, updated_at = excluded.updated_at`,
        [
          a.transcriptId,
          a.coderId,
          key,
          a.primary,
          a.subtype,
          a.alternative,
          a.secondAlternative,
          a.confidence,
          a.forced ? 1 : 0,
          a.note,
          origin,
          rationale,
          now(),
        ],
      );
      const c = this.getClassification(a.transcriptId, a.coderId);
      if (!c) throw new ServiceError('internal', 'classification vanished while saving');
      return c;
    });
  }

  clearClassification(transcriptId: string, coderId: string): void {
    this.db.transaction(() => {
      this.db.run('DELETE FROM classifications WHERE transcript_id = ? AND coder_id = ?', [transcriptId, coderId]);
    });
  }

  // Events
  listEvents(transcriptId: string, coderId: string): LossEvent[] {
    return this.db
      .all<EventRow>('SELECT * FROM events WHERE transcript_id = ? AND coder_id = ? ORDER BY created_at, id', [
        transcriptId,
        coderId,
      ])
      .map(toEvent);
  }

  getEvent(id: string): LossEvent {
    const r = this.db.get<EventRow>('SELECT * FROM events WHERE id = ?', [id]);
    if (!r) throw new ServiceError('not-found', `no event with id ${id}`);
    return toEvent(r);
  }

  createEvent(a: {
    transcriptId: string;
    coderId: string;
    kind: 'loss' | 'trauma';
    who: string;
    speakerAge: string;
    note: string;
    id?: string;
  }): LossEvent {
    return this.db.transaction(() => {
      this.requireOwner(a.transcriptId, a.coderId);
      const id = a.id ?? randomUUID();
      if (a.id && this.db.get('SELECT 1 FROM events WHERE id = ?', [a.id]))
        throw new ServiceError('conflict', `event ${a.id} already exists`);
      this.db.run(
        'INSERT INTO events (id, transcript_id, coder_id, kind, who, speaker_age, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [id, a.transcriptId, a.coderId, a.kind, a.who, a.speakerAge, a.note, now()],
      );
      return this.getEvent(id);
    });
  }

  updateEvent(a: {
    id: string;
    kind?: 'loss' | 'trauma' | undefined;
    who?: string | undefined;
    speakerAge?: string | undefined;
    note?: string | undefined;
  }): LossEvent {
    return this.db.transaction(() => {
      const cur = this.getEvent(a.id);
      this.db.run('UPDATE events SET kind = ?, who = ?, speaker_age = ?, note = ? WHERE id = ?', [
        a.kind ?? cur.kind,
        a.who ?? cur.who,
        a.speakerAge ?? cur.speakerAge,
        a.note ?? cur.note,
        a.id,
      ]);
      return this.getEvent(a.id);
    });
  }

  deleteEvent(id: string): void {
    this.db.transaction(() => {
      const ev = this.getEvent(id);
      // Ratings of the event go with it; highlights linked to it stay, unlinked (ON DELETE SET NULL).
      this.db.run('DELETE FROM ratings WHERE transcript_id = ? AND coder_id = ? AND target = ?', [
        ev.transcriptId,
        ev.coderId,
        `event:${id}`,
      ]);
      this.db.run('DELETE FROM events WHERE id = ?', [id]);
    });
  }

  // Memos
  getMemo(transcriptId: string, coderId: string): Memo {
    const r = this.db.get<{ text: string; updated_at: string }>(
      'SELECT text, updated_at FROM memos WHERE transcript_id = ? AND coder_id = ?',
      [transcriptId, coderId],
    );
    return { transcriptId, coderId, text: r?.text ?? '', updatedAt: r?.updated_at ?? null };
  }

  setMemo(transcriptId: string, coderId: string, text: string): Memo {
    return this.db.transaction(() => {
      this.requireOwner(transcriptId, coderId);
      this.db.run(
        `INSERT INTO memos (transcript_id, coder_id, text, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (transcript_id, coder_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
        [transcriptId, coderId, text, now()],
      );
      return this.getMemo(transcriptId, coderId);
    });
  }

  // Status
  getStatus(transcriptId: string, coderId: string): TranscriptStatus {
    const r = this.db.get<{ status: CodingStatus; submitted_at: string | null; updated_at: string }>(
      'SELECT status, submitted_at, updated_at FROM coding_status WHERE transcript_id = ? AND coder_id = ?',
      [transcriptId, coderId],
    );
    return {
      transcriptId,
      coderId,
      status: r?.status ?? 'not-started',
      submittedAt: r?.submitted_at ?? null,
      updatedAt: r?.updated_at ?? null,
    };
  }

  setStatus(transcriptId: string, coderId: string, status: CodingStatus, submit = false): TranscriptStatus {
    return this.db.transaction(() => {
      this.requireOwner(transcriptId, coderId);
      const t = now();
      this.db.run(
        `INSERT INTO coding_status (transcript_id, coder_id, status, submitted_at, updated_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (transcript_id, coder_id) DO UPDATE SET status = excluded.status,
           submitted_at = coalesce(coding_status.submitted_at, excluded.submitted_at), updated_at = excluded.updated_at`,
        [transcriptId, coderId, status, submit ? t : null, t],
      );
      return this.getStatus(transcriptId, coderId);
    });
  }

  listStatuses(coderIds: string[]): TranscriptStatus[] {
    const transcripts = this.db.all<{ id: string }>('SELECT id FROM transcripts ORDER BY title COLLATE NOCASE');
    return coderIds.flatMap((c) => transcripts.map((t) => this.getStatus(t.id, c)));
  }

  // Trainer keys
  keys(): { transcriptId: string; coderId: string }[] {
    return this.db
      .all<{ transcript_id: string; coder_id: string }>('SELECT transcript_id, coder_id FROM transcript_keys')
      .map((r) => ({ transcriptId: r.transcript_id, coderId: r.coder_id }));
  }

  keyCoder(transcriptId: string): string | null {
    return (
      this.db.get<{ coder_id: string }>('SELECT coder_id FROM transcript_keys WHERE transcript_id = ?', [transcriptId])
        ?.coder_id ?? null
    );
  }

  setKey(transcriptId: string, coderId: string | null): void {
    this.db.transaction(() => {
      this.requireTranscript(transcriptId);
      if (coderId === null) this.db.run('DELETE FROM transcript_keys WHERE transcript_id = ?', [transcriptId]);
      else {
        this.store.requireCoder(coderId);
        this.db.run(
          'INSERT INTO transcript_keys (transcript_id, coder_id) VALUES (?, ?) ON CONFLICT (transcript_id) DO UPDATE SET coder_id = excluded.coder_id',
          [transcriptId, coderId],
        );
      }
    });
  }

  // Search
  search(
    query: string,
    opts: { transcriptIds?: string[] | undefined; caseSensitive: boolean; limit: number },
  ): SearchHit[] {
    const rows = opts.transcriptIds
      ? this.db.all<{ id: string; title: string; text: string }>(
          'SELECT id, title, text FROM transcripts WHERE id IN (SELECT value FROM json_each(?)) ORDER BY title COLLATE NOCASE',
          [JSON.stringify(opts.transcriptIds)],
        )
      : this.db.all<{ id: string; title: string; text: string }>(
          'SELECT id, title, text FROM transcripts ORDER BY title COLLATE NOCASE',
        );
    const needle = opts.caseSensitive ? query.normalize('NFC') : query.normalize('NFC').toLocaleLowerCase();
    const hits: SearchHit[] = [];
    for (const r of rows) {
      // Lower-casing can change length for a few scripts; search the original when lengths differ.
      const lowered = r.text.toLocaleLowerCase();
      const hay = opts.caseSensitive || lowered.length !== r.text.length ? r.text : lowered;
      let line = 1;
      let lineFrom = 0;
      for (
        let i = hay.indexOf(needle);
        i !== -1 && hits.length < opts.limit;
        i = hay.indexOf(needle, i + Math.max(1, needle.length))
      ) {
        for (let j = lineFrom; j < i; j++) if (r.text.charCodeAt(j) === 10) line++;
        lineFrom = i;
        const from = Math.max(0, i - 60);
        const to = Math.min(r.text.length, i + needle.length + 60);
        hits.push({
          transcriptId: r.id,
          title: r.title,
          start: i,
          end: i + needle.length,
          line,
          context: r.text.slice(from, to).replace(/\s+/g, ' '),
        });
      }
      if (hits.length >= opts.limit) break;
    }
    return hits;
  }
}
