import { z } from 'zod';
import type { TraineeReport } from '../reliability/types.ts';
import { takes } from './method.ts';
import { emptyArgs, id } from './primitives.ts';

/** Trainer mode: a key coder per transcript; a trainee sees the key only after submitting that transcript. */
export interface TrainerKey {
  transcriptId: string;
  coderId: string;
}

export const trainingSetKeyArgs = z.object({ transcriptId: id, coderId: id.nullable() }).strict();
export const trainingReportArgs = z.object({ traineeId: id }).strict();

export const trainingApi = {
  /** Set or clear the key coder of a transcript (leads and trainers). */
  'training-set-key': takes(trainingSetKeyArgs).returns<null>(),
  'training-list-keys': takes(emptyArgs).returns<TrainerKey[]>(),
  /** A trainee against the key coders, at the project's pass level, statistic and threshold. */
  'training-report': takes(trainingReportArgs).returns<TraineeReport>(),
};
