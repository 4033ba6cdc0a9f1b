import { randomUUID } from 'node:crypto';
import type { Classification } from '../../shared/api/classification.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Memo } from '../../shared/api/memo.ts';
import type { SearchHit } from '../../shared/api/project.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { CodingStatus, TranscriptStatus } from '../../shared/api/status.ts';
import { deriveAllLevels } from '../../shared/codebook/classification.ts';
import { ratingProblem, validateClassification } from './coding-rules.ts';
import * as classifications from './db/tables/classifications.ts';
import * as events from './db/tables/events.ts';
import * as trainerKeys from './db/tables/keys.ts';
import * as memos from './db/tables/memos.ts';
import * as ratings from './db/tables/ratings.ts';
import * as statuses from './db/tables/statuses.ts';
import * as transcripts from './db/tables/transcripts.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';
import { searchTexts } from './text-search.ts';

const now = () => new Date().toISOString();

/**
 * Transcript-level coding: scale ratings (with justifying highlights), classification, loss/trauma events,
 * memos and coding status. Scales and categories are validated against the codebook's data, never hard-coded.
 */
export class CodingStore {
  constructor(private readonly store: ProjectStore) {}

  /** The rules are shared with the coding exchange (see coding-rules.ts). */
  static readonly ratingProblem = ratingProblem;
  static readonly validateClassification = validateClassification;

  private get db() {
    return this.store.db;
  }

  private requireTranscript(id: string): void {
    if (!transcripts.transcriptExists(this.db, { id }))
      throw new ServiceError('not-found', `no transcript with id ${id}`);
  }

  private requireOwner(transcriptId: string, coderId: string): void {
    this.requireTranscript(transcriptId);
    this.store.requireCoder(coderId);
  }

  // Ratings
  listRatings(transcriptId: string, coderId: string): Rating[] {
    return ratings.listRatings(this.db, { transcriptId, coderId });
  }

  private getRating(transcriptId: string, coderId: string, scaleId: string, target: string): Rating {
    const r = this.listRatings(transcriptId, coderId).find((x) => x.scaleId === scaleId && x.target === target);
    if (!r) throw new ServiceError('not-found', `no rating of ${scaleId} for ${target}`);
    return r;
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
        const ev = events.getEvent(this.db, { id: a.target.slice(6) });
        if (!ev || ev.coderId !== a.coderId || ev.transcriptId !== a.transcriptId)
          throw new ServiceError('not-found', `no event ${a.target.slice(6)} on this transcript`);
      }
      const problem = ratingProblem(scale, a);
      if (problem) throw new ServiceError('validation', problem);
      const existingNote = ratings.getRatingNote(this.db, a);
      // Like an archived code: ratings already made stay (and can be corrected); no new ones.
      if (scale.archived && existingNote === undefined)
        throw new ServiceError(
          'validation',
          `"${scale.label}" is archived: it keeps the ratings already made but takes no new ones`,
        );
      ratings.upsertRating(this.db, {
        transcriptId: a.transcriptId,
        coderId: a.coderId,
        codebookKey: key,
        scaleId: a.scaleId,
        target: a.target,
        value: a.value,
        notRateable: a.notRateable,
        note: a.note ?? existingNote ?? '',
        origin,
        rationale,
        updatedAt: now(),
      });
      return this.getRating(a.transcriptId, a.coderId, a.scaleId, a.target);
    });
  }

  clearRating(a: { transcriptId: string; coderId: string; scaleId: string; target: string }): void {
    this.db.transaction(() => ratings.deleteRating(this.db, a));
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
        // Only the rating's own coder's highlights on this transcript, and one answer for any other id,
        // so another coder's highlight ids can be neither linked nor probed.
        const ann = this.store.listAnnotations(a.transcriptId, a.coderId).find((x) => x.id === a.annotationId);
        if (!ann)
          throw new ServiceError('not-found', `no highlight ${a.annotationId} in this coding of the transcript`);
        ratings.insertRatingLink(this.db, a, { ignoreDuplicate: true });
      } else {
        ratings.deleteRatingLink(this.db, a);
      }
      return this.getRating(a.transcriptId, a.coderId, a.scaleId, a.target);
    });
  }

  // Classification
  private withDerived(c: classifications.StoredClassification): Classification {
    const scheme = this.store.getCodebook(c.codebookKey).codebook.classification;
    return {
      ...c,
      derived: scheme ? deriveAllLevels(scheme, { primary: c.primary, alternative: c.alternative }) : [],
    };
  }

  getClassification(transcriptId: string, coderId: string): Classification | null {
    const c = classifications.getClassification(this.db, { transcriptId, coderId });
    return c ? this.withDerived(c) : null;
  }

  /** All classifications on the given transcripts (for agreement and exports). */
  classificationsFor(transcriptIds: string[]): Classification[] {
    return classifications.listClassifications(this.db, { transcriptIds }).map((c) => this.withDerived(c));
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
      validateClassification(codebook, a);
      classifications.upsertClassification(this.db, {
        transcriptId: a.transcriptId,
        coderId: a.coderId,
        codebookKey: key,
        primary: a.primary,
        subtype: a.subtype,
        alternative: a.alternative,
        secondAlternative: a.secondAlternative,
        confidence: a.confidence,
        forced: a.forced,
        note: a.note,
        origin,
        rationale,
        updatedAt: now(),
      });
      const c = this.getClassification(a.transcriptId, a.coderId);
      if (!c) throw new ServiceError('internal', 'classification vanished while saving');
      return c;
    });
  }

  clearClassification(transcriptId: string, coderId: string): void {
    this.db.transaction(() => classifications.deleteClassification(this.db, { transcriptId, coderId }));
  }

  // Events
  listEvents(transcriptId: string, coderId: string): LossEvent[] {
    return events.listEvents(this.db, { transcriptId, coderId });
  }

  getEvent(id: string): LossEvent {
    const e = events.getEvent(this.db, { id });
    if (!e) throw new ServiceError('not-found', `no event with id ${id}`);
    return e;
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
      if (a.id && events.getEvent(this.db, { id: a.id }))
        throw new ServiceError('conflict', `event ${a.id} already exists`);
      events.insertEvent(this.db, {
        id,
        transcriptId: a.transcriptId,
        coderId: a.coderId,
        kind: a.kind,
        who: a.who,
        speakerAge: a.speakerAge,
        note: a.note,
        createdAt: now(),
      });
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
      events.updateEvent(this.db, {
        id: a.id,
        kind: a.kind ?? cur.kind,
        who: a.who ?? cur.who,
        speakerAge: a.speakerAge ?? cur.speakerAge,
        note: a.note ?? cur.note,
      });
      return this.getEvent(a.id);
    });
  }

  deleteEvent(id: string): void {
    this.db.transaction(() => {
      const ev = this.getEvent(id);
      // Ratings of the event go with it; highlights linked to it stay, unlinked (ON DELETE SET NULL).
      ratings.deleteTargetRatings(this.db, {
        transcriptId: ev.transcriptId,
        coderId: ev.coderId,
        target: `event:${id}`,
      });
      events.deleteEvent(this.db, { id });
    });
  }

  // Memos
  getMemo(transcriptId: string, coderId: string): Memo {
    const m = memos.getMemo(this.db, { transcriptId, coderId });
    return { transcriptId, coderId, text: m?.text ?? '', updatedAt: m?.updatedAt ?? null };
  }

  setMemo(transcriptId: string, coderId: string, text: string): Memo {
    return this.db.transaction(() => {
      this.requireOwner(transcriptId, coderId);
      memos.upsertMemo(this.db, { transcriptId, coderId, text, updatedAt: now() });
      return this.getMemo(transcriptId, coderId);
    });
  }

  // Status
  getStatus(transcriptId: string, coderId: string): TranscriptStatus {
    const s = statuses.getStatus(this.db, { transcriptId, coderId });
    return {
      transcriptId,
      coderId,
      status: s?.status ?? 'not-started',
      submittedAt: s?.submittedAt ?? null,
      updatedAt: s?.updatedAt ?? null,
    };
  }

  setStatus(transcriptId: string, coderId: string, status: CodingStatus, submit = false): TranscriptStatus {
    return this.db.transaction(() => {
      this.requireOwner(transcriptId, coderId);
      const t = now();
      statuses.upsertStatus(this.db, { transcriptId, coderId, status, submittedAt: submit ? t : null, updatedAt: t });
      return this.getStatus(transcriptId, coderId);
    });
  }

  listStatuses(coderIds: string[]): TranscriptStatus[] {
    const ids = transcripts.listTranscriptIds(this.db);
    return coderIds.flatMap((c) => ids.map((t) => this.getStatus(t, c)));
  }

  // Trainer keys
  keys(): { transcriptId: string; coderId: string }[] {
    return trainerKeys.listKeys(this.db);
  }

  keyCoder(transcriptId: string): string | null {
    return trainerKeys.getKeyCoder(this.db, { transcriptId }) ?? null;
  }

  setKey(transcriptId: string, coderId: string | null): void {
    this.db.transaction(() => {
      this.requireTranscript(transcriptId);
      if (coderId === null) trainerKeys.deleteKey(this.db, { transcriptId });
      else {
        this.store.requireCoder(coderId);
        trainerKeys.setKey(this.db, { transcriptId, coderId });
      }
    });
  }

  // Search
  search(
    query: string,
    opts: { transcriptIds?: string[] | undefined; caseSensitive: boolean; limit: number },
  ): SearchHit[] {
    const texts = transcripts.listTranscriptTexts(this.db, { ids: opts.transcriptIds ?? null });
    return searchTexts(texts, query, opts);
  }
}
