import { z } from 'zod';
import type { ProjectAgreement, TraineeReport } from '../reliability/types.ts';
import { id } from './transcript.ts';

/**
 * Which transcripts and coders a figure covers. Defaults: every transcript, and every coder the acting
 * coder may see except consensus records (a consensus is not an independent rater; name it in coderIds
 * to include it).
 */
const selection = {
  transcriptIds: z.array(id).min(1, 'choose at least one transcript').max(100_000).optional(),
  coderIds: z.array(id).min(1, 'choose at least one coder').max(1000).optional(),
};

export const agreementProjectArgs = z
  .object({
    ...selection,
    /** Jaccard overlap at which two spans match (default 0.5). */
    overlapThreshold: z
      .number()
      .gt(0, 'the overlap threshold is above 0')
      .max(1, 'the overlap threshold is at most 1')
      .optional(),
    /** Headline classification level (default: 3-way, or the scheme's first level). */
    level: z.string().min(1).max(80).optional(),
  })
  .strict();

export const agreementTraineeArgs = z.object({ traineeId: id }).strict();

export const exportCodingsArgs = z.object({ layout: z.enum(['long', 'wide']), ...selection }).strict();

export const reportAgreementArgs = z
  .object({
    format: z.enum(['html', 'pdf']),
    ...selection,
    overlapThreshold: agreementProjectArgs.shape.overlapThreshold,
    level: agreementProjectArgs.shape.level,
  })
  .strict();

export interface AgreementFile {
  /** Suggested file name, e.g. "study-agreement-2026-01-31.pdf". */
  fileName: string;
  /** HTML or CSV text; base64 for PDF (see encoding). */
  content: string;
  mimeType: 'text/html' | 'application/pdf' | 'text/csv';
  encoding: 'utf8' | 'base64';
}

export type AgreementHandlers = {
  /**
   * The agreement dashboard's figures (see shared/reliability/types.ts). Computed over what the acting
   * coder may see; refused while blind coding is on and not revealed. Pushes `progress` app events
   * (task "agreement") while it runs.
   */
  'agreement-project': (arg: z.infer<typeof agreementProjectArgs>) => Promise<ProjectAgreement>;
  /** Trainer mode: a trainee against the key coders, at the project's pass level, statistic and threshold. */
  'agreement-trainee': (arg: z.infer<typeof agreementTraineeArgs>) => Promise<TraineeReport>;
  /** All visible codings as CSV for R (read.csv) and SPSS, long or wide (columns documented in shared/reliability/codings-csv.ts). */
  'export-codings': (arg: z.infer<typeof exportCodingsArgs>) => Promise<AgreementFile>;
  /** The agreement report (figures, charts, method section) as standalone HTML or as PDF. */
  'report-agreement': (arg: z.infer<typeof reportAgreementArgs>) => Promise<AgreementFile>;
};

export const agreementSchemas = {
  'agreement-project': agreementProjectArgs,
  'agreement-trainee': agreementTraineeArgs,
  'export-codings': exportCodingsArgs,
  'report-agreement': reportAgreementArgs,
};
