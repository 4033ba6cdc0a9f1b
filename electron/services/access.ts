import { isPrivilegedRole, type Coder } from '../../shared/api/coder.ts';
import type { ProjectSettings } from '../../shared/api/settings.ts';
import type { CodingStore } from './coding-store.ts';
import * as trainingSets from './db/tables/training-sets.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

/**
 * The one visibility rule for other coders' work, applied by every read in the services, so blind
 * coding and trainer keys hold over the API exactly as in the UI.
 *
 * - Your own coding is always yours to see and edit.
 * - Blind mode: until the lead reveals, nobody sees anyone else's coding (leads included: revealing is
 *   their deliberate, recorded act).
 * - A trainee sees nobody else's coding of a transcript (coders, consensus, counts, statuses) until they
 *   submit their own; then only the transcript's key, to compare with: the trainer-mode key, or the key
 *   of that transcript in a training set they are enrolled in.
 * - Asked about a record the acting coder may not see, the answer is the one for a record that does not
 *   exist (`visibleRecord`), so ids cannot be probed.
 * - Hidden metadata fields are shown only to leads and trainers.
 *
 * This guards the workflow inside Attune; it is not encryption: whoever holds the project file holds its data.
 */
export class Access {
  constructor(
    private readonly store: ProjectStore,
    private readonly coding: CodingStore,
    private readonly acting: Coder | null,
  ) {}

  get settings(): ProjectSettings {
    return this.store.settings();
  }

  get coder(): Coder | null {
    return this.acting;
  }

  isPrivileged(): boolean {
    return isPrivilegedRole(this.acting?.role);
  }

  /** Blind and not revealed, for the whole project. */
  private blindProject(): boolean {
    const s = this.settings;
    return s.blindMode && !s.revealed;
  }

  /** Blind coding holds for this transcript: blind mode, and neither the project nor it revealed. */
  isBlind(transcriptId: string): boolean {
    return this.blindProject() && !this.settings.revealedTranscripts.includes(transcriptId);
  }

  /** Blind with nothing revealed at all: no transcript shows anyone's coding but the acting coder's. */
  isBlindEverywhere(): boolean {
    return this.blindProject() && this.settings.revealedTranscripts.length === 0;
  }

  /** Why the acting coder may not see `ownerId`'s coding of a transcript, or null when they may. */
  hiddenReason(ownerId: string, transcriptId: string): string | null {
    const s = this.settings;
    if (this.acting?.id === ownerId) return null;
    if (this.isBlind(transcriptId)) {
      return this.acting
        ? "blind coding is on: other coders' work stays hidden until the lead reveals it"
        : 'blind coding is on: choose your coder identity first';
    }
    if (this.acting?.role === 'trainee') {
      const isKey =
        (s.trainerMode && this.coding.keyCoder(transcriptId) === ownerId) ||
        trainingSets.isSetKeyFor(this.store.db, { traineeId: this.acting.id, transcriptId, keyCoderId: ownerId });
      if (!isKey) return "a trainee sees only their own coding, and a transcript's key once they have submitted it";
      if (!this.coding.getStatus(transcriptId, this.acting.id).submittedAt)
        return "the trainer's key stays hidden until you submit your coding of this transcript";
    }
    return null;
  }

  assertCanSee(ownerId: string, transcriptId: string): void {
    const why = this.hiddenReason(ownerId, transcriptId);
    if (why) throw new ServiceError('refused', why);
  }

  canSee(ownerId: string, transcriptId: string): boolean {
    return this.hiddenReason(ownerId, transcriptId) === null;
  }

  /** Coders whose work on this transcript the acting coder may see. */
  visibleCoderIds(transcriptId: string): string[] {
    return this.store
      .listCoders()
      .filter((c) => this.canSee(c.id, transcriptId))
      .map((c) => c.id);
  }

  /** Whether every coder's work on every transcript is visible (no blind coding in force, not a trainee). */
  seesEveryone(): boolean {
    return this.globallyVisibleCoderIds() === null;
  }

  /**
   * For counts across transcripts: coders visible everywhere (blind mode and trainees: only yourself;
   * a blind project with some transcripts revealed still counts only yourself across transcripts).
   */
  globallyVisibleCoderIds(): string[] | null {
    if (!this.blindProject() && this.acting?.role !== 'trainee') return null;
    return this.acting ? [this.acting.id] : [];
  }

  /**
   * Why the acting coder may not see `ownerId`'s work on any transcript they do not own (blind mode, or
   * a trainee asking about someone else), or null. For calls that name a coder without a transcript.
   */
  globalHiddenReason(ownerId: string): string | null {
    if (this.acting?.id === ownerId || this.globallyVisibleCoderIds() === null) return null;
    return this.blindProject() ? this.hiddenReason(ownerId, '') : 'a trainee sees only their own coding';
  }

  /**
   * A record found by its id (highlight, event) whose owner the acting coder may not see is answered
   * exactly as one that does not exist (same error, same message), so ids cannot be probed.
   */
  visibleRecord<T extends { coderId: string; transcriptId: string }>(kind: string, id: string, get: () => T): T {
    const notFound = () => new ServiceError('not-found', `no ${kind} with id ${id}`);
    let record: T;
    try {
      record = get();
    } catch (e) {
      if (e instanceof ServiceError && e.type === 'not-found') throw notFound();
      throw e;
    }
    if (!this.canSee(record.coderId, record.transcriptId)) throw notFound();
    return record;
  }

  /**
   * Writes: to your own coding; leads and trainers also to consensus records. With no identity chosen
   * (scripts, the CLI) writes are allowed unless blind coding is on.
   */
  assertCanWrite(ownerId: string): void {
    if (!this.acting) {
      if (this.settings.blindMode)
        throw new ServiceError('refused', 'blind coding is on: choose your coder identity first');
      return;
    }
    if (this.acting.id === ownerId) return;
    const owner = this.store.listCoders().find((c) => c.id === ownerId);
    if (owner?.role === 'consensus' && this.isPrivileged()) return;
    throw new ServiceError(
      'refused',
      `you are coding as ${this.acting.name}; you cannot change ${owner?.name ?? 'another coder'}'s coding`,
    );
  }

  assertPrivileged(what: string): void {
    if (!this.isPrivileged()) throw new ServiceError('refused', `${what} needs a lead or trainer as the acting coder`);
  }

  visibleMetadata(meta: Record<string, string>): Record<string, string> {
    if (this.isPrivileged()) return meta;
    const hidden = new Set(this.settings.hiddenMetadataFields.map((f) => f.toLowerCase()));
    return Object.fromEntries(Object.entries(meta).filter(([k]) => !hidden.has(k.toLowerCase())));
  }
}
