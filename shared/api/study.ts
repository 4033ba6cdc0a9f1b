import { z } from 'zod';
import { takes } from './method.ts';
import { emptyArgs, id } from './primitives.ts';

/**
 * A reliability study: who codes which transcript (the plan), how far each coder has got (progress),
 * and revealing one transcript's coding in blind mode once its coders are done.
 */

const coderName = z.string().trim().min(1, 'a coder needs a name').max(80, 'a coder name has at most 80 characters');

export const studyPlanArgs = z
  .object({
    /** Coders by name; names not yet in the project are added as coders. At least one. */
    coders: z.array(coderName).min(1, 'choose at least one coder').max(200),
    /** Omitted: every transcript of the project. */
    transcriptIds: z.array(id).min(1, 'choose at least one transcript').max(100_000).optional(),
    overlap: z.number().min(0, 'the overlap is a share from 0 to 1').max(1, 'the overlap is a share from 0 to 1'),
    seed: z.number().int('the seed is a whole number').min(0).max(0xffffffff),
    /** A metadata field: the reliability subset is drawn in proportion from each of its values. */
    stratify: z.string().trim().min(1).max(80).optional(),
  })
  .strict();

export const studyCellRole = z.enum(['primary', 'second', 'none']);
export type StudyCellRole = z.infer<typeof studyCellRole>;

export const studyAssignArgs = z.object({ transcriptId: id, coderId: id, role: studyCellRole }).strict();

export const studyRevealArgs = z
  .object({ transcriptIds: z.array(id).min(1, 'name at least one transcript').max(100_000) })
  .strict();

export interface StudyPlanInfo {
  seed: number;
  overlap: number;
  stratify: string | null;
  createdAt: string;
  createdBy: string | null;
}

export interface StudyCoder {
  id: string;
  name: string;
  role: string;
  primary: number;
  second: number;
}

export interface StudyTranscript {
  id: string;
  title: string;
  /** The stratify field's value (leads and trainers only), or null. */
  stratum: string | null;
  /** Coder ids: the primary first, then the second coder of a double-coded transcript. */
  coders: string[];
}

export interface StudyGrid {
  /** Null when the project has no plan yet. */
  plan: StudyPlanInfo | null;
  coders: StudyCoder[];
  transcripts: StudyTranscript[];
  /** Transcripts with two coders; null for a coder, who sees only their own assignments. */
  doubleCoded: number | null;
  /** Unordered pairs of coder names ("Ada+Ben", alphabetical) and how many transcripts each double-codes. */
  pairs: Record<string, number>;
  /** Metadata field names a plan can be stratified by (leads and trainers; empty for a coder). */
  fields: string[];
}

export const progressState = z.enum(['not-started', 'in-progress', 'complete', 'returned']);
export type ProgressState = z.infer<typeof progressState>;

export interface StudyProgress {
  /** Whether a plan decides who is assigned (otherwise every coder counts for every transcript). */
  planned: boolean;
  coders: { id: string; name: string; assigned: number; returned: number; complete: number }[];
  transcripts: {
    id: string;
    title: string;
    /** Coder id → state, for the coders assigned to it that the acting coder may follow. */
    states: Record<string, ProgressState>;
    revealed: boolean;
    /** Why this transcript cannot be revealed now (null when it can, or already is). */
    revealBlocked: string | null;
  }[];
}

export interface StudyRevealResult {
  revealed: string[];
  alreadyRevealed: string[];
}

export const studyApi = {
  /** The plan and its transcripts × coders grid (a coder sees only their own assignments). */
  'study-get': takes(emptyArgs).returns<StudyGrid>(),
  /** Make (or replace) the plan from a seed: a lead only; recorded in the audit log. */
  'study-plan': takes(studyPlanArgs).returns<StudyGrid>(),
  /** Change one cell of the plan (primary, second coder or none), keeping one primary: a lead only. */
  'study-assign': takes(studyAssignArgs).returns<StudyGrid>(),
  /** Per coder and transcript: not started, in progress, complete, returned (a coder: their own row only). */
  'study-get-progress': takes(emptyArgs).returns<StudyProgress>(),
  /**
   * Reveal single transcripts in blind mode: a lead only, once every coder assigned to each has returned
   * or completed it (without a plan: once two coders have completed it). Recorded in the audit log.
   */
  'study-reveal': takes(studyRevealArgs).returns<StudyRevealResult>(),
};
