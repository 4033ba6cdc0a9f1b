import { z } from 'zod';
import type { TraineeReport } from '../reliability/types.ts';
import { takes } from './method.ts';
import { emptyArgs, id, lineText } from './primitives.ts';

/** Trainer mode: a key coder per transcript; a trainee sees the key only after submitting that transcript. */
export interface TrainerKey {
  transcriptId: string;
  coderId: string;
}

export const trainingSetKeyArgs = z.object({ transcriptId: id, coderId: id.nullable() }).strict();
export const trainingReportArgs = z.object({ traineeId: id }).strict();

/** One practice transcript of a training set and whose coding is its key. */
export interface TrainingSetItem {
  transcriptId: string;
  title: string;
  /** A coder's or the consensus record's id; null when no key is chosen yet, or for a trainee (never shown). */
  keyCoderId: string | null;
  keyCoderName: string | null;
}

/** A named set of practice transcripts with a key each, and the trainees enrolled in it. */
export interface TrainingSet {
  id: string;
  name: string;
  createdAt: string;
  items: TrainingSetItem[];
  /** Leads and trainers see every trainee; a trainee sees only themselves. */
  trainees: Array<{ id: string; name: string }>;
}

/** Each trainee's submitted transcripts of the set against its keys (the trainer report), per trainee. */
export interface TrainingSetReport {
  set: TrainingSet;
  reports: TraineeReport[];
}

const setName = lineText(120).pipe(z.string().min(1, 'a training set needs a name'));
const setItems = z
  .array(z.object({ transcriptId: id, keyCoderId: id.nullable() }).strict())
  .max(1000)
  .refine((items) => new Set(items.map((i) => i.transcriptId)).size === items.length, {
    message: 'a transcript is in a training set once',
  });
const traineeIds = z.array(id).max(1000);

export const trainingCreateSetArgs = z.object({ name: setName, items: setItems, traineeIds }).strict();
export const trainingUpdateSetArgs = z
  .object({ id, name: setName.optional(), items: setItems.optional(), traineeIds: traineeIds.optional() })
  .strict();
export const trainingSetIdArgs = z.object({ id }).strict();

export const trainingApi = {
  /** Set or clear the key coder of a transcript (leads and trainers). */
  'training-set-key': takes(trainingSetKeyArgs).returns<null>(),
  'training-list-keys': takes(emptyArgs).returns<TrainerKey[]>(),
  /** A trainee against the key coders, at the project's pass level, statistic and threshold. */
  'training-report': takes(trainingReportArgs).returns<TraineeReport>(),
  /** Training sets: all of them for leads and trainers, those they are enrolled in for a trainee (no keys). */
  'training-list-sets': takes(emptyArgs).returns<TrainingSet[]>(),
  /** A new training set (leads and trainers); each key change is recorded in the audit log. */
  'training-create-set': takes(trainingCreateSetArgs).returns<TrainingSet>(),
  /** Rename a set, replace its transcripts and keys, or its trainees (leads and trainers). */
  'training-update-set': takes(trainingUpdateSetArgs).returns<TrainingSet>(),
  'training-delete-set': takes(trainingSetIdArgs).returns<null>(),
  /** Per trainee, their submitted transcripts of the set against its keys (a trainee: their own only). */
  'training-report-set': takes(trainingSetIdArgs).returns<TrainingSetReport>(),
};
