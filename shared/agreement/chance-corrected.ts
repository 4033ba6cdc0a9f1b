// Shared machinery for the multi-rater chance-corrected coefficients that differ only in how
// chance agreement p_e is defined: Fleiss' kappa, Brennan–Prediger, Gwet's AC1 and percent
// agreement (p_e = 0). Missing data and variances follow Gwet (2014, Handbook of Inter-Rater
// Reliability, 4th ed., ch. 5–6), as implemented in irrCAC (fleiss.kappa.raw, gwet.ac1.raw,
// bp.coeff.raw, pa.coeff.raw):
//   p_a  = mean over units with r_i ≥ 2 of Σ_k r_ik (r_ik − 1) / (r_i (r_i − 1))
//   π_k  = mean over units with r_i ≥ 1 of r_ik / r_i
// and the variance is the linearised (jackknife-like) estimator over units, with a t(n−1)
// confidence interval.
import { encodeRatings, type EncodedRatings } from './categories.ts';
import { normalTwoSidedP, tQuantile } from './distributions.ts';
import {
  definedResult,
  undefinedResult,
  ZERO_SE_NOTE,
  type AgreementResult,
  type RatingValue,
  type RatingsMatrix,
} from './types.ts';
import type { WeightMatrix } from './weights.ts';

export interface UnitCounts {
  /** Units with at least one rating (n). */
  n: number;
  /** Units with at least two ratings (n'); only these have pairable values. */
  n2: number;
  q: number;
  /** r_ik, row-major n × q. */
  counts: Float64Array;
  /** r_i. */
  r: Float64Array;
  /** Coders with at least one rating. */
  coders: number;
  categories: RatingValue[];
}

/** Counts of ratings per unit and category, keeping only units with at least one rating. */
export function unitCounts(enc: EncodedRatings, coderColumns?: readonly number[]): UnitCounts {
  const q = enc.categories.length;
  const cols = coderColumns ?? Array.from({ length: enc.coders }, (_, i) => i);
  const used = new Uint8Array(enc.coders);
  let n = 0;
  for (let u = 0; u < enc.units; u++) {
    const base = u * enc.coders;
    for (const c of cols) {
      if ((enc.codes[base + c] as number) >= 0) {
        n++;
        break;
      }
    }
  }
  const counts = new Float64Array(n * q);
  const r = new Float64Array(n);
  let i = 0;
  let n2 = 0;
  for (let u = 0; u < enc.units; u++) {
    const base = u * enc.coders;
    let ri = 0;
    for (const c of cols) {
      const code = enc.codes[base + c] as number;
      if (code >= 0) {
        counts[i * q + code] = (counts[i * q + code] as number) + 1;
        used[c] = 1;
        ri++;
      }
    }
    if (ri === 0) continue;
    r[i] = ri;
    if (ri >= 2) n2++;
    i++;
  }
  let coders = 0;
  for (let c = 0; c < enc.coders; c++) coders += used[c] as number;
  return { n, n2, q, counts, r, coders, categories: enc.categories };
}

/**
 * Unit counts from a units × categories table (`--input counts`; fractions allowed, as in irrCAC's
 * *.dist functions). Units with no ratings are left out; coders are unknown, so reported as 0.
 */
export function unitCountsFromTable(table: Float64Array, units: number, categories: RatingValue[]): UnitCounts {
  const q = categories.length;
  const keep: number[] = [];
  const rs: number[] = [];
  for (let u = 0; u < units; u++) {
    let ri = 0;
    for (let k = 0; k < q; k++) ri += table[u * q + k] as number;
    if (ri > 0) {
      keep.push(u);
      rs.push(ri);
    }
  }
  const n = keep.length;
  const counts = new Float64Array(n * q);
  keep.forEach((u, i) => counts.set(table.subarray(u * q, u * q + q), i * q));
  const r = Float64Array.from(rs);
  let n2 = 0;
  for (const ri of rs) if (ri >= 2) n2++;
  return { n, n2, q, counts, r, coders: 0, categories };
}

export type ChanceModel = 'fleiss' | 'gwet-ac1' | 'brennan-prediger' | 'none';

/** r*_ik = Σ_l w_kl r_il (Gwet 2014): each rating counted as agreeing, in part, with nearby categories. */
function weightedCounts(uc: UnitCounts, w: WeightMatrix | undefined): Float64Array {
  if (!w) return uc.counts;
  const { n, q, counts } = uc;
  const out = new Float64Array(n * q);
  for (let i = 0; i < n; i++)
    for (let k = 0; k < q; k++) {
      let s = 0;
      const row = w[k] as ReadonlyArray<number>;
      for (let l = 0; l < q; l++) s += (row[l] as number) * (counts[i * q + l] as number);
      out[i * q + k] = s;
    }
  return out;
}

/** Specific agreement per category (Uebersax 1982): Σ_i r_ik(r_ik − 1) / Σ_i r_ik(r_i − 1), units with r_i ≥ 2. */
export function specificAgreement(uc: UnitCounts): Array<number | null> {
  const { n, q, counts, r } = uc;
  const num = new Float64Array(q);
  const den = new Float64Array(q);
  for (let i = 0; i < n; i++) {
    const ri = r[i] as number;
    if (ri < 2) continue;
    for (let k = 0; k < q; k++) {
      const x = counts[i * q + k] as number;
      num[k] = (num[k] as number) + x * (x - 1);
      den[k] = (den[k] as number) + x * (ri - 1);
    }
  }
  return Array.from(num, (v, k) => ((den[k] as number) > 0 ? v / (den[k] as number) : null));
}

/** Chance agreement p_e of each model, from the classification probabilities π_k and the weights. */
function chanceAgreement(model: ChanceModel, pi: Float64Array, w: WeightMatrix | undefined): number {
  const q = pi.length;
  const wt = (k: number, l: number): number => (w ? ((w[k] as ReadonlyArray<number>)[l] as number) : k === l ? 1 : 0);
  let tw = 0;
  for (let k = 0; k < q; k++) for (let l = 0; l < q; l++) tw += wt(k, l);
  let pe = 0;
  if (model === 'fleiss') {
    for (let k = 0; k < q; k++) for (let l = 0; l < q; l++) pe += wt(k, l) * (pi[k] as number) * (pi[l] as number);
  } else if (model === 'gwet-ac1') {
    for (let k = 0; k < q; k++) pe += (pi[k] as number) * (1 - (pi[k] as number));
    pe *= tw / (q * (q - 1));
  } else if (model === 'brennan-prediger') pe = tw / (q * q);
  return pe;
}

/** Per-unit chance terms p_e|i of the linearised variance (irrCAC's pe.ivec). */
function unitChanceTerm(
  model: ChanceModel,
  uc: UnitCounts,
  i: number,
  pi: Float64Array,
  w: WeightMatrix | undefined,
  tw: number,
): number {
  const { q, counts, r } = uc;
  let peI = 0;
  for (let k = 0; k < q; k++) {
    const x = counts[i * q + k] as number;
    if (x === 0) continue;
    if (model === 'fleiss') {
      // π̄_k = (Σ_l w_kl π_l + Σ_l w_lk π_l) / 2.
      let pw = pi[k] as number;
      if (w) {
        pw = 0;
        for (let l = 0; l < q; l++)
          pw +=
            (((w[k] as ReadonlyArray<number>)[l] as number) + ((w[l] as ReadonlyArray<number>)[k] as number)) *
            (pi[l] as number);
        pw /= 2;
      }
      peI += x * pw;
    } else peI += (x * (1 - (pi[k] as number)) * tw) / (q * (q - 1));
  }
  return peI / (r[i] as number);
}

/**
 * Computes a chance-corrected coefficient of the Gwet (2014) family from unit counts, optionally
 * with agreement weights (Gwet's AC2, weighted Fleiss' kappa): p_a = mean over units with r_i ≥ 2 of
 * Σ_k r_ik (r*_ik − 1) / (r_i (r_i − 1)), r*_ik = Σ_l w_kl r_il.
 */
export function chanceCorrectedFromCounts(
  uc: UnitCounts,
  model: ChanceModel,
  label: string,
  weights?: WeightMatrix,
): AgreementResult {
  const { n, n2, q, counts, r } = uc;
  if (n2 === 0)
    return undefinedResult(n, uc.coders, 'no unit has two or more ratings, so there are no pairable values');
  const wc = weightedCounts(uc, weights);
  // Observed agreement: per-unit agreement over units with r_i >= 2.
  const paUnit = new Float64Array(n);
  let paSum = 0;
  for (let i = 0; i < n; i++) {
    const ri = r[i] as number;
    if (ri < 2) continue;
    let s = 0;
    for (let k = 0; k < q; k++) s += (counts[i * q + k] as number) * ((wc[i * q + k] as number) - 1);
    const v = s / (ri * (ri - 1));
    paUnit[i] = v;
    paSum += v;
  }
  const pa = paSum / n2;
  // Classification probabilities π_k over all units with at least one rating.
  const pi = new Float64Array(q);
  for (let i = 0; i < n; i++) {
    const ri = r[i] as number;
    for (let k = 0; k < q; k++) pi[k] = (pi[k] as number) + (counts[i * q + k] as number) / ri;
  }
  for (let k = 0; k < q; k++) pi[k] = (pi[k] as number) / n;

  if ((model === 'gwet-ac1' || model === 'brennan-prediger') && q < 2)
    return undefinedResult(n, uc.coders, 'only one category: chance agreement cannot be defined');
  const pe = chanceAgreement(model, pi, weights);
  if (model !== 'none' && 1 - pe <= 1e-12) {
    return undefinedResult(
      n,
      uc.coders,
      'all ratings fall in a single category, so chance agreement is 1 and the coefficient is 0/0',
      { pa, pe },
    );
  }
  const value = model === 'none' ? pa : (pa - pe) / (1 - pe);
  let tw = 0;
  for (let k = 0; k < q; k++)
    for (let l = 0; l < q; l++) tw += weights ? ((weights[k] as number[])[l] as number) : +(k === l);

  // Linearised variance (Gwet 2014): per-unit contributions, including units rated once.
  let se: number | undefined;
  let ci;
  if (n >= 2) {
    let ss = 0;
    for (let i = 0; i < n; i++) {
      const has2 = (r[i] as number) >= 2 ? 1 : 0;
      let contrib: number;
      if (model === 'none') contrib = (n / n2) * (paUnit[i] as number);
      else {
        contrib = ((n / n2) * ((paUnit[i] as number) - pe * has2)) / (1 - pe);
        if (model === 'fleiss' || model === 'gwet-ac1') {
          const peI = unitChanceTerm(model, uc, i, pi, weights, tw);
          contrib -= (2 * (1 - value) * (peI - pe)) / (1 - pe);
        }
      }
      ss += (contrib - value) ** 2;
    }
    se = Math.sqrt(ss / (n * (n - 1)));
  }
  if (se !== undefined && se > 0) {
    const t = tQuantile(0.975, n - 1);
    const lowerBound = model === 'none' ? 0 : -1;
    ci = {
      // Clip to the coefficient's range, but never past the estimate itself (with missing data
      // Gwet's estimator can fall below −1 on tiny samples).
      lower: Math.max(Math.min(lowerBound, value), value - t * se),
      upper: Math.min(Math.max(1, value), value + t * se),
      level: 0.95 as const,
      method: `Gwet (2014) linearised variance over ${n} units, t(${n - 1}) interval, clipped to the coefficient's range`,
    };
  }
  const details: Record<string, unknown> = {
    statistic: label,
    pa,
    pe,
    pairableUnits: n2,
    categories: uc.categories,
    classificationProbabilities: Array.from(pi),
  };
  if (se === 0) details.ciNote = ZERO_SE_NOTE;
  else if (n < 2) details.ciNote = 'a standard error and interval need at least two units';
  return definedResult(value, n, uc.coders, { se, ci, details });
}

export interface CategoricalOptions {
  /** The full ordered category set; if omitted, the observed values are used. */
  categories?: readonly RatingValue[];
}

export function encodeOrFail(
  ratings: RatingsMatrix,
  categories: readonly RatingValue[] | undefined,
): { enc: EncodedRatings } | { fail: AgreementResult } {
  const e = encodeRatings(ratings, categories);
  if (!e.ok) return { fail: undefinedResult(ratings.length, 0, e.reason) };
  return { enc: e.data };
}

/** Two-sided p-value from a z statistic, from erfc directly (accurate far into the tail). */
export function twoSidedP(z: number): number {
  return normalTwoSidedP(z);
}
