import { z } from 'zod';
import { agreementSelection, headlineLevel, overlapThreshold, type AgreementFile } from './agreement.ts';
import { takes } from './method.ts';
import { id } from './primitives.ts';

export const reportCreateArgs = z
  .object({
    format: z.enum(['html', 'pdf']),
    ...agreementSelection,
    overlapThreshold: overlapThreshold.optional(),
    level: headlineLevel.optional(),
  })
  .strict();

export const reportCreateTranscriptArgs = z
  .object({
    transcriptId: id,
    /** Up to three coders, one margin column each; default: every coder with visible coding of it (at most three). */
    coderIds: z.array(id).min(1, 'choose at least one coder').max(3, 'at most three coders fit the margin').optional(),
    format: z.enum(['html', 'pdf']),
  })
  .strict();

export const reportApi = {
  /** The agreement report (figures, charts, method section) as standalone HTML or as PDF. */
  'report-create': takes(reportCreateArgs).returns<AgreementFile>(),
  /** A printable coded transcript: numbered lines, each coder's highlights and margin codes, score sheets. */
  'report-create-transcript': takes(reportCreateTranscriptArgs).returns<AgreementFile>(),
};
