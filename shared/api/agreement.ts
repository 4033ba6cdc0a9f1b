import { z } from 'zod';
import type { ProjectAgreement } from '../reliability/types.ts';
import { takes } from './method.ts';
import { id } from './primitives.ts';

/**
 * Which transcripts and coders a figure covers. Defaults: every transcript, and every coder the acting
 * coder may see except consensus records (a consensus is not an independent rater; name it in coderIds
 * to include it).
 */
export const agreementSelection = {
  transcriptIds: z.array(id).min(1, 'choose at least one transcript').max(100_000).optional(),
  coderIds: z.array(id).min(1, 'choose at least one coder').max(1000).optional(),
};

/** Jaccard overlap at which two spans match (default 0.5). */
export const overlapThreshold = z
  .number()
  .gt(0, 'the overlap threshold is above 0')
  .max(1, 'the overlap threshold is at most 1');

/** Headline classification level (default: 3-way, or the scheme's first level). */
export const headlineLevel = z.string().min(1).max(80);

export const agreementComputeArgs = z
  .object({ ...agreementSelection, overlapThreshold: overlapThreshold.optional(), level: headlineLevel.optional() })
  .strict();

/** A file the host made for the caller to save (exports and reports). */
export interface AgreementFile {
  /** Suggested file name, e.g. "study-agreement-2026-01-31.pdf". */
  fileName: string;
  /** HTML or CSV text; base64 for PDF (see encoding). */
  content: string;
  mimeType: 'text/html' | 'application/pdf' | 'text/csv';
  encoding: 'utf8' | 'base64';
}

export const agreementApi = {
  /**
   * The agreement dashboard's figures (see shared/reliability/types.ts). Computed over what the acting
   * coder may see; refused while blind coding is on and not revealed. Pushes `progress` app events
   * (task "agreement") while it runs.
   */
  'agreement-compute': takes(agreementComputeArgs).returns<ProjectAgreement>(),
};
