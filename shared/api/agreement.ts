import { z } from 'zod';
import type { Disagreement, DisagreementKind, ProjectAgreement } from '../reliability/types.ts';
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

/** At most this many disagreements in one answer; the rest are asked for a page at a time. */
export const DISAGREEMENT_PAGE_MAX = 1000;
export const DISAGREEMENT_PAGE_DEFAULT = 100;
const pageLimit = z
  .number()
  .int('a page size is a whole number')
  .min(1, 'a page holds at least 1 disagreement')
  .max(DISAGREEMENT_PAGE_MAX, `a page holds at most ${DISAGREEMENT_PAGE_MAX} disagreements`);

export const disagreementKind = z.enum(['classification', 'scale', 'span-only-one-coder', 'different-codes-same-span']);

const figureOptions = { overlapThreshold: overlapThreshold.optional(), level: headlineLevel.optional() };

export const agreementComputeArgs = z
  .object({
    ...agreementSelection,
    ...figureOptions,
    /** How many disagreements the first page holds (default 100). */
    pageSize: pageLimit.optional(),
  })
  .strict();

export const agreementListDisagreementsArgs = z
  .object({
    ...agreementSelection,
    ...figureOptions,
    /** Position of the first disagreement wanted in the (filtered) list, from 0. */
    offset: z.number().int('an offset is a whole number').min(0, 'an offset is 0 or more').default(0),
    limit: pageLimit.default(DISAGREEMENT_PAGE_DEFAULT),
    /** Only these kinds (default: every kind). */
    kinds: z.array(disagreementKind).min(1, 'choose at least one kind').max(4).optional(),
  })
  .strict();

/**
 * One page of the disagreements, in the order of the full list (transcripts as listed, then within each
 * transcript: classification, scales, passages). `total` counts those of the chosen kinds; `byKind`
 * counts every kind.
 */
export interface DisagreementPage {
  total: number;
  byKind: Record<DisagreementKind, number>;
  offset: number;
  limit: number;
  items: Disagreement[];
}

/** The dashboard's figures with the first page of disagreements instead of all of them. */
export type AgreementSummary = Omit<ProjectAgreement, 'disagreements'> & { disagreements: DisagreementPage };

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
   * The agreement dashboard's figures (see shared/reliability/types.ts), with the disagreements' counts
   * and first page (`agreement-list-disagreements` serves the others). Computed over what the acting
   * coder may see; refused while blind coding is on and not revealed. Pushes `progress` app events
   * (task "agreement") while it runs, and never holds up other calls for long.
   */
  'agreement-compute': takes(agreementComputeArgs).returns<AgreementSummary>(),
  /**
   * A page of the disagreements of the same selection and options (the counts are kept from the last
   * computation while the project is unchanged, so paging does not compute everything again).
   */
  'agreement-list-disagreements': takes(agreementListDisagreementsArgs).returns<DisagreementPage>(),
};
