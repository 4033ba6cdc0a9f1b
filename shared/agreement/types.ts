// Common types for the agreement engine. Pure TypeScript: no Node, DOM or Electron imports,
// so the renderer, the CLI and report generation share one implementation.

/** One rating: a category label or a number. `null` (or undefined) is a missing value. */
export type RatingValue = string | number;
export type RatingCell = RatingValue | null | undefined;

/** Ratings matrix: one row per unit (subject, transcript), one column per coder. */
export type RatingsMatrix = ReadonlyArray<ReadonlyArray<RatingCell>>;

export interface ConfidenceInterval {
  lower: number;
  upper: number;
  level: 0.95;
  /** How the interval was obtained, e.g. "bootstrap (Hayes & Krippendorff 2007), 1000 resamples". */
  method: string;
}

export interface DefinedResult {
  value: number;
  /** Units that entered the computation (see each statistic's description for which units count). */
  units: number;
  /** Coders (columns) that contributed at least one value. */
  coders: number;
  se?: number;
  ci?: ConfidenceInterval;
  details?: Record<string, unknown>;
}

export interface UndefinedResult {
  value: null;
  units: number;
  coders: number;
  /** Why the statistic is undefined for these data. Never NaN/Infinity: undefined is explicit. */
  reason: string;
  details?: Record<string, unknown>;
}

export type AgreementResult = DefinedResult | UndefinedResult;

/** Returns an undefined result. Used everywhere a statistic has no value for the data given. */
export function undefinedResult(
  units: number,
  coders: number,
  reason: string,
  details?: Record<string, unknown>,
): UndefinedResult {
  const r: UndefinedResult = { value: null, units, coders, reason };
  if (details) r.details = details;
  return r;
}

/**
 * Builds a defined result, but refuses to let a non-finite number escape: if anything
 * numeric is NaN/Infinity the statistic is reported as undefined with a reason instead.
 */
export function definedResult(
  value: number,
  units: number,
  coders: number,
  extra: { se?: number | undefined; ci?: ConfidenceInterval | undefined; details?: Record<string, unknown> } = {},
): AgreementResult {
  if (!Number.isFinite(value)) {
    return undefinedResult(units, coders, 'the statistic is not a finite number for these data');
  }
  // Rounding leaves ±1e-17 where the exact value is 0 (e.g. Fleiss' kappa at chance): report the 0.
  const r: DefinedResult = { value: Math.abs(value) < 1e-12 ? 0 : value, units, coders };
  if (extra.se !== undefined && Number.isFinite(extra.se)) r.se = extra.se;
  if (extra.ci && Number.isFinite(extra.ci.lower) && Number.isFinite(extra.ci.upper)) {
    const { lower, upper } = extra.ci;
    // Rounding can put a zero-width interval's bounds one ulp apart in the wrong order.
    if (lower <= upper) r.ci = extra.ci;
    else if (lower - upper < 1e-9 * Math.max(1, Math.abs(value))) r.ci = { ...extra.ci, lower: upper, upper: lower };
  }
  if (extra.details) r.details = extra.details;
  return r;
}

/** Why a statistic whose standard error is 0 has no interval (a zero-width one would claim certainty). */
export const ZERO_SE_NOTE =
  'the standard error is 0, so no interval is given: a zero-width interval would claim a certainty that a sample cannot give';

export function isMissing(v: RatingCell): v is null | undefined {
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v)) || v === '';
}

/** Number of coder columns (the widest row; short rows are treated as missing values). */
export function coderCount(ratings: RatingsMatrix): number {
  let m = 0;
  for (const row of ratings) if (row.length > m) m = row.length;
  return m;
}
