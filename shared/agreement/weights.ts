// Agreement weights for weighted kappa and Gwet's AC2: Gwet's (2014, Handbook of Inter-Rater
// Reliability, 4th ed., ch. 3) full set, as irrCAC defines them, or a matrix the user supplies.
// Weights are agreement weights: w_kk = 1, 0 ≤ w_kl ≤ 1. Each is computed on the categories'
// positions 1..q in the ordered set, as irr::kappa2 does for linear and quadratic weights (irrCAC uses
// the values of numeric categories instead; the two agree whenever the categories are 1..q). Every
// weight set except identity depends on the order of the categories, so give the set in full and in order.
import type { RatingValue } from './types.ts';

export const WEIGHT_KINDS = [
  'identity',
  'linear',
  'quadratic',
  'ordinal',
  'radical',
  'ratio',
  'circular',
  'bipolar',
] as const;
export type WeightKind = (typeof WEIGHT_KINDS)[number];

/** A q × q matrix of agreement weights, row and column k belonging to the k-th category. */
export type WeightMatrix = ReadonlyArray<ReadonlyArray<number>>;

/** Scores x_k: the positions 1..q of the categories in the ordered set. */
export function categoryScores(categories: readonly RatingValue[]): number[] {
  return categories.map((_, i) => i + 1);
}

/** Disagreement d_kl before scaling to [0, 1]; agreement weights are 1 − d_kl / max d. */
function rawDisagreement(kind: WeightKind, x: number[], k: number, l: number): number {
  const a = x[k] as number;
  const b = x[l] as number;
  const min = Math.min(...x);
  const max = Math.max(...x);
  switch (kind) {
    case 'identity':
      return k === l ? 0 : 1;
    case 'linear':
      return Math.abs(a - b);
    case 'quadratic':
      return (a - b) ** 2;
    case 'ordinal': {
      // Number of pairs among the categories from k to l (Gwet 2014, §3.6): C(|k − l| + 1, 2).
      const m = Math.abs(k - l) + 1;
      return (m * (m - 1)) / 2;
    }
    case 'radical':
      return Math.sqrt(Math.abs(a - b));
    case 'ratio':
      return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
    case 'circular': {
      const u = max - min + 1;
      return Math.sin((Math.PI * (a - b)) / u) ** 2;
    }
    case 'bipolar': {
      if (k === l) return 0;
      const den = (a + b - 2 * min) * (2 * max - a - b);
      return den === 0 ? 0 : (a - b) ** 2 / den;
    }
  }
}

/**
 * Gwet's weights over the ordered categories: w_kl = 1 − d_kl / max_{k,l} d_kl. With one category,
 * or when every d is 0, the matrix is all ones. Ratio weights need non-negative scores.
 */
export function weightMatrix(kind: WeightKind, categories: readonly RatingValue[]): number[][] {
  const q = categories.length;
  const x = categoryScores(categories);
  const d = Array.from({ length: q }, (_, k) => Array.from({ length: q }, (_, l) => rawDisagreement(kind, x, k, l)));
  let max = 0;
  for (const row of d) for (const v of row) if (v > max) max = v;
  return d.map((row) => row.map((v) => (max > 0 ? 1 - v / max : 1)));
}

/** Why a weight matrix cannot be used for q categories, or null: square, diagonal 1, values in [0, 1]. */
export function checkWeightMatrix(w: WeightMatrix, q: number): string | null {
  if (w.length !== q) return `the weight matrix has ${w.length} rows for ${q} categories`;
  for (let k = 0; k < q; k++) {
    const row = w[k] as ReadonlyArray<number>;
    if (row.length !== q) return `row ${k + 1} of the weight matrix has ${row.length} values for ${q} categories`;
    for (let l = 0; l < q; l++) {
      const v = row[l] as number;
      if (!Number.isFinite(v) || v < 0 || v > 1) return `weight (${k + 1}, ${l + 1}) is ${v}, outside [0, 1]`;
    }
    if (row[k] !== 1) return `the diagonal weight (${k + 1}, ${k + 1}) is ${row[k]}, not 1`;
  }
  return null;
}

/** True when the weights are the identity (unweighted agreement). */
export function isIdentity(w: WeightMatrix): boolean {
  return w.every((row, k) => row.every((v, l) => v === (k === l ? 1 : 0)));
}

/** True when the statistic depends on the order of the categories (anything but identity weights). */
export function isOrdered(kind: WeightKind | 'custom'): boolean {
  return kind !== 'identity';
}
