import { z } from 'zod';
import { takes } from './method.ts';
import { id, ownerArgs } from './primitives.ts';

export const codingStatus = z.enum(['not-started', 'in-progress', 'complete']);
export type CodingStatus = z.infer<typeof codingStatus>;

export interface TranscriptStatus {
  transcriptId: string;
  coderId: string;
  status: CodingStatus;
  submittedAt: string | null;
  updatedAt: string | null;
}

export const statusSetArgs = ownerArgs.extend({ status: codingStatus }).strict();
export const statusListArgs = z.object({ coderId: id.optional() }).strict();

export const statusApi = {
  'status-set': takes(statusSetArgs).returns<TranscriptStatus>(),
  /** Submit a transcript's coding (trainees: releases the trainer's key for it). */
  'status-submit': takes(ownerArgs).returns<TranscriptStatus>(),
  /** Every transcript's status for one coder, or for all visible coders. */
  'status-list': takes(statusListArgs).returns<TranscriptStatus[]>(),
};
