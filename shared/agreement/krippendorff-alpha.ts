// Krippendorff's alpha (Krippendorff 2004/2011, "Computing Krippendorff's alpha-reliability") for
// nominal, ordinal, interval and ratio data, any number of coders, missing values allowed.
//
//   α = 1 − D_o / D_e
//   D_o = (1/n) Σ_c Σ_k o_ck δ²_ck           o_ck: coincidences, Σ_u (number of c–k pairs in u)/(m_u − 1)
//   D_e = (1/(n(n−1))) Σ_c Σ_k n_c n_k δ²_ck  n_c: marginals of the coincidence matrix
//
// Cost is linear in the number of units: observed coincidences are accumulated unit by unit
// (m_u(m_u − 1) ordered pairs in a unit, m_u ≤ coders), and D_e is computed from the marginals
// (n_c) — for interval and ordinal data in closed form from moments, since
// Σ_{i≠j}(x_i − x_j)² = 2n Σ(x_i − x̄)² — so the n(n − 1) pairs of values are never enumerated.
// Ordinal δ²_ck = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² equals the interval δ² between the mid-ranks
// M_c = Σ_{g<c} n_g + n_c/2, which is how ordinal alpha is computed here.
import { compareValues, encodeRatings } from './categories.ts';
import { bootstrapAlpha, type AlphaBootstrapOptions } from './krippendorff-bootstrap.ts';
import { alphaByCategory } from './krippendorff-categories.ts';
import { orderedLabelsReason } from './ordered-categories.ts';
import {
  coincidenceMatrix,
  collectPairable,
  momentDisagreement,
  observedDisagreementSum,
  type Pairable,
} from './krippendorff-pairable.ts';
import {
  definedResult,
  undefinedResult,
  type AgreementResult,
  type ConfidenceInterval,
  type RatingValue,
  type RatingsMatrix,
} from './types.ts';

export type { AlphaBootstrapOptions } from './krippendorff-bootstrap.ts';

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface AlphaOptions {
  level?: AlphaLevel;
  /** Ordered category set (ordinal) or permitted labels (nominal). Observed values if omitted. */
  categories?: readonly RatingValue[];
  /** Bootstrap confidence interval (Hayes & Krippendorff 2007). Off unless given. */
  bootstrap?: AlphaBootstrapOptions;
  /** Also compute category-specific alphas (Krippendorff 1980) into details.perCategory (nominal, ordinal). */
  perCategory?: boolean;
}

function deltaFor(level: AlphaLevel): (a: number, b: number) => number {
  switch (level) {
    case 'nominal':
      return (a, b) => (a === b ? 0 : 1);
    case 'ordinal':
    case 'interval':
      return (a, b) => (a - b) * (a - b);
    case 'ratio':
      return (a, b) => {
        const s = a + b;
        return s === 0 ? 0 : ((a - b) / s) ** 2;
      };
  }
}

/** The pairable values: numbers as they are (interval, ratio), category codes otherwise. */
function pairableValues(
  ratings: RatingsMatrix,
  level: AlphaLevel,
  categories: readonly RatingValue[] | undefined,
): { p: Pairable; labels?: RatingValue[] } | { error: string } {
  if (level === 'interval' || level === 'ratio') {
    // Numeric path: no encoding needed; cost is one pass over the matrix.
    const p = collectPairable(
      ratings,
      (v, u, c) => {
        if (typeof v === 'number' && Number.isFinite(v)) {
          if (level === 'ratio' && v < 0)
            return `ratio alpha needs non-negative values (unit ${u + 1}, coder ${c + 1} has ${v})`;
          return v;
        }
        return `${level} alpha needs numeric values (unit ${u + 1}, coder ${c + 1} has ${typeof v === 'number' ? String(v) : JSON.stringify(v)})`;
      },
      true,
    );
    return 'error' in p ? p : { p };
  }
  const enc = encodeRatings(ratings, categories);
  if (!enc.ok) return { error: enc.reason };
  const { codes, coders } = enc.data;
  const p = collectPairable(ratings, (_v, u, c) => codes[u * coders + c] as number, false);
  return 'error' in p ? p : { p, labels: enc.data.categories };
}

/** Marginals n_c of the category codes. */
function codeCounts(p: Pairable, q: number): Float64Array {
  const nc = new Float64Array(q);
  for (let i = 0; i < p.n; i++) nc[p.code[i] as number] = (nc[p.code[i] as number] as number) + 1;
  return nc;
}

/**
 * D_e from the marginals. Ordinal data first get their mid-ranks as coordinates (p.x is rewritten);
 * categorical levels with up to 30 categories also report their coincidence matrix in details.
 */
function expectedDisagreement(
  level: AlphaLevel,
  p: Pairable,
  labels: RatingValue[] | undefined,
  delta: (a: number, b: number) => number,
  details: Record<string, unknown>,
): number {
  const { n } = p;
  if (level === 'nominal') {
    const q = (labels ?? []).length;
    const nc = codeCounts(p, q);
    let sq = 0;
    for (let c = 0; c < q; c++) sq += (nc[c] as number) ** 2;
    if (labels && q <= 30) details.coincidences = coincidenceMatrix(p, q, labels);
    return (n * n - sq) / (n * (n - 1));
  }
  if (level === 'ordinal') {
    // Replace codes by mid-ranks computed from the pairable-value marginals n_c.
    const q = (labels ?? []).length;
    const nc = codeCounts(p, q);
    const mid = new Float64Array(q);
    let cum = 0;
    for (let c = 0; c < q; c++) {
      mid[c] = cum + (nc[c] as number) / 2;
      cum += nc[c] as number;
    }
    for (let i = 0; i < n; i++) p.x[i] = mid[p.code[i] as number] as number;
    const de = momentDisagreement(p.x);
    if (labels && q <= 30) details.coincidences = coincidenceMatrix(p, q, labels);
    return de;
  }
  if (level === 'interval') return momentDisagreement(p.x);
  // Ratio: D_e over distinct values (O(V²) in the number of distinct values, not in n).
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) counts.set(p.x[i] as number, (counts.get(p.x[i] as number) ?? 0) + 1);
  const vals = [...counts.keys()].sort(compareValues as (a: number, b: number) => number);
  let s = 0;
  for (let a = 0; a < vals.length; a++) {
    const va = vals[a] as number;
    const na = counts.get(va) as number;
    for (let b = a + 1; b < vals.length; b++) {
      const vb = vals[b] as number;
      s += 2 * na * (counts.get(vb) as number) * delta(va, vb);
    }
  }
  return s / (n * (n - 1));
}

/** Krippendorff's alpha. Units with fewer than two values are ignored, as the definition requires. */
export function krippendorffAlpha(ratings: RatingsMatrix, options: AlphaOptions = {}): AgreementResult {
  const level = options.level ?? 'nominal';
  const delta = deltaFor(level);
  if (level === 'ordinal') {
    const ordered = orderedLabelsReason(ratings, options, "Ordinal Krippendorff's alpha");
    if (ordered) return undefinedResult(ratings.length, 0, ordered);
  }
  const values = pairableValues(ratings, level, options.categories);
  if ('error' in values) return undefinedResult(ratings.length, 0, values.error);
  const { p, labels } = values;
  const { n } = p;
  if (p.units === 0 || n < 2)
    return undefinedResult(0, p.coders, 'no unit has two or more values, so there are no pairable values');

  const details: Record<string, unknown> = { statistic: `Krippendorff's alpha (${level})`, level, pairableValues: n };
  // Before expectedDisagreement: for ordinal data it rewrites p.x, not the codes used here.
  if (options.perCategory && labels) details.perCategory = alphaByCategory(p, labels);
  const de = expectedDisagreement(level, p, labels, delta, details);
  const doSum = observedDisagreementSum(p, delta);
  const dObs = doSum / n;
  details.observedDisagreement = dObs;
  details.expectedDisagreement = de;
  details.pairableUnits = p.units;
  if (!(de > 0)) {
    return undefinedResult(
      p.units,
      p.coders,
      'no variation: all pairable values are the same, so expected disagreement is 0',
      details,
    );
  }
  const alpha = 1 - dObs / de;
  let ci: ConfidenceInterval | undefined;
  if (options.bootstrap) {
    const width = ratings.reduce((w, r) => Math.max(w, r.length), 0);
    const boot = bootstrapAlpha(p, delta, de, width, options.bootstrap);
    if (boot) {
      ci = boot.ci;
      details.bootstrap = boot.details;
    } else if (p.units < 2) details.ciNote = 'a bootstrap interval needs at least two units with pairable values';
  }
  return definedResult(alpha, p.units, p.coders, { ci, details });
}
