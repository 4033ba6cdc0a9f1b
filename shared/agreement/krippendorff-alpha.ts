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
import { mulberry32 } from './prng.ts';
import {
  definedResult,
  isMissing,
  undefinedResult,
  type AgreementResult,
  type ConfidenceInterval,
  type RatingCell,
  type RatingValue,
  type RatingsMatrix,
} from './types.ts';

export type AlphaLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface AlphaBootstrapOptions {
  /** Number of bootstrap resamples (Hayes & Krippendorff recommend at least 1,000). */
  resamples: number;
  /** PRNG seed, so the interval is reproducible. Default 1. */
  seed?: number;
}

export interface AlphaOptions {
  level?: AlphaLevel;
  /** Ordered category set (ordinal) or permitted labels (nominal). Observed values if omitted. */
  categories?: readonly RatingValue[];
  /** Bootstrap confidence interval (Hayes & Krippendorff 2007). Off unless given. */
  bootstrap?: AlphaBootstrapOptions;
}

/** Pairable values laid out flat, unit by unit, for D_o and the bootstrap. */
interface Pairable {
  /** Per pairable value: its coordinate (code for nominal; value, mid-rank for others). */
  x: Float64Array;
  /** Per pairable value: its category code (empty for interval and ratio data). */
  code: Int32Array;
  /** Offsets of each pairable unit into x (length units + 1). */
  offsets: Int32Array;
  units: number;
  n: number;
  coders: number;
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

/** Collects pairable values (units with m_u ≥ 2). `value` maps a cell to its code/number or an error. */
function collectPairable(
  ratings: RatingsMatrix,
  toCode: (v: RatingValue, u: number, c: number) => number | string,
  numeric: boolean,
): Pairable | { error: string } {
  const units = ratings.length;
  let total = 0;
  let pairUnits = 0;
  let width = 0;
  for (const row of ratings) {
    let m = 0;
    for (const v of row) if (!isMissing(v)) m++;
    if (m >= 2) {
      total += m;
      pairUnits++;
    }
    if (row.length > width) width = row.length;
  }
  const x = new Float64Array(total);
  // Codes are only needed for categorical levels; skipping them keeps big inputs lighter on memory.
  const code = numeric ? new Int32Array(0) : new Int32Array(total);
  const offsets = new Int32Array(pairUnits + 1);
  const usedCoder = new Uint8Array(width);
  let pos = 0;
  let pu = 0;
  for (let u = 0; u < units; u++) {
    const row = ratings[u] as ReadonlyArray<RatingCell>;
    let m = 0;
    for (const v of row) if (!isMissing(v)) m++;
    if (m < 2) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (isMissing(v)) continue;
      const r = toCode(v, u, c);
      if (typeof r === 'string') return { error: r };
      if (numeric) x[pos] = r;
      else {
        code[pos] = r;
        x[pos] = r;
      }
      usedCoder[c] = 1;
      pos++;
    }
    offsets[++pu] = pos;
  }
  let coders = 0;
  for (let c = 0; c < width; c++) coders += usedCoder[c] as number;
  return { x, code, offsets, units: pairUnits, n: total, coders };
}

/** D_o·n: Σ over units of Σ_{i≠j} δ²(x_i, x_j)/(m_u − 1) (the coincidence-weighted disagreement). */
function observedDisagreementSum(p: Pairable, delta: (a: number, b: number) => number): number {
  const { x, offsets } = p;
  let sum = 0;
  for (let u = 0; u < p.units; u++) {
    const s = offsets[u] as number;
    const e = offsets[u + 1] as number;
    let within = 0;
    for (let i = s; i < e; i++) {
      const xi = x[i] as number;
      for (let j = i + 1; j < e; j++) within += delta(xi, x[j] as number);
    }
    sum += (2 * within) / (e - s - 1);
  }
  return sum;
}

/** Diagonal coincidences o_cc (same-value pairs), needed by the bootstrap's small-sample correction. */
function diagonalCoincidences(p: Pairable, key: Int32Array): Map<number, number> {
  const diag = new Map<number, number>();
  for (let u = 0; u < p.units; u++) {
    const s = p.offsets[u] as number;
    const e = p.offsets[u + 1] as number;
    for (let i = s; i < e; i++) {
      for (let j = s; j < e; j++) {
        if (i !== j && key[i] === key[j])
          diag.set(key[i] as number, (diag.get(key[i] as number) ?? 0) + 1 / (e - s - 1));
      }
    }
  }
  return diag;
}

/** Number of non-zero cells of the coincidence matrix. */
function nonZeroCells(p: Pairable, key: Int32Array, v: number): number {
  const cells = new Set<number>();
  for (let u = 0; u < p.units; u++) {
    const s = p.offsets[u] as number;
    const e = p.offsets[u + 1] as number;
    for (let i = s; i < e; i++)
      for (let j = s; j < e; j++) if (i !== j) cells.add((key[i] as number) * v + (key[j] as number));
  }
  return cells.size;
}

/**
 * Bootstrap of alpha as in Hayes & Krippendorff (2007) and Hayes' KALPHA macro (v3.0, 2011):
 * each resample draws M = min(25·q, (m − 1)·n/2) pairs of values from the observed coincidence
 * distribution (q: non-zero coincidence cells, m: coders, n: pairable values), with
 * α* = 1 − Σδ²/(M·D_e), truncated at −1; then the macro's small-sample correction for α* = 1.
 * A pair is drawn by picking a pairable value uniformly and a partner uniformly among the other
 * values of its unit, which samples o_ck/n exactly without building the coincidence matrix.
 */
function bootstrapAlpha(
  p: Pairable,
  delta: (a: number, b: number) => number,
  de: number,
  coderColumns: number,
  opts: AlphaBootstrapOptions,
): { ci: ConfidenceInterval; details: Record<string, unknown> } | null {
  const B = Math.floor(opts.resamples);
  if (!(B >= 1)) return null;
  // Resampling the pairs of a single unit only reproduces that unit: no interval to speak of.
  if (p.units < 2) return null;
  const seed = opts.seed ?? 1;
  // Keys identify values for the coincidence-cell count and the diagonal.
  const key = new Int32Array(p.n);
  const ids = new Map<number, number>();
  for (let i = 0; i < p.n; i++) {
    const xv = p.x[i] as number;
    let id = ids.get(xv);
    if (id === undefined) {
      id = ids.size;
      ids.set(xv, id);
    }
    key[i] = id;
  }
  const V = ids.size;
  const q = nonZeroCells(p, key, V);
  const M = Math.max(1, Math.floor(Math.min(25 * q, ((coderColumns - 1) * p.n) / 2)));
  const diag = diagonalCoincidences(p, key);
  const nzero = diag.size;
  let nprs = 0;
  for (let u = 0; u < p.units; u++) {
    const m = (p.offsets[u + 1] as number) - (p.offsets[u] as number);
    nprs += (m * (m - 1)) / 2;
  }
  let allSame = 0;
  for (const o of diag.values()) allSame += (o / p.n) ** nprs;
  const nx = Math.round(B * allSame);

  // Unit of each pairable value, to draw a partner from the same unit.
  const unitOf = new Int32Array(p.n);
  for (let u = 0; u < p.units; u++)
    for (let i = p.offsets[u] as number; i < (p.offsets[u + 1] as number); i++) unitOf[i] = u;
  const rand = mulberry32(seed);
  const alphas = new Float64Array(B);
  let numOne = 0;
  for (let b = 0; b < B; b++) {
    let sum = 0;
    for (let d = 0; d < M; d++) {
      const i = Math.floor(rand() * p.n);
      const u = unitOf[i] as number;
      const s = p.offsets[u] as number;
      const m = (p.offsets[u + 1] as number) - s;
      let j = s + Math.floor(rand() * (m - 1));
      if (j >= i) j++;
      sum += delta(p.x[i] as number, p.x[j] as number);
    }
    let a = 1 - sum / (de * M);
    if (a < -1) a = -1;
    if (a === 1 && nzero === 1) a = 0;
    if (a === 1 && nzero > 1) numOne++;
    alphas[b] = a;
  }
  // KALPHA's correction: the chance that every drawn pair is a perfect match is overstated for
  // small M; replace up to nx of the α* = 1 resamples by 0.
  if (nx > 0 && nzero > 1) {
    let toFix = Math.min(nx, numOne);
    for (let b = 0; b < B && toFix > 0; b++) {
      if (alphas[b] === 1) {
        alphas[b] = 0;
        toFix--;
      }
    }
  }
  alphas.sort();
  const lowIdx = Math.max(0, Math.floor(0.025 * B) - 1);
  const highIdx = Math.min(B - 1, Math.floor(0.975 * B));
  const below = (t: number): number => {
    let c = 0;
    for (let b = 0; b < B; b++) if ((alphas[b] as number) < t) c++;
    return c / B;
  };
  return {
    ci: {
      lower: alphas[lowIdx] as number,
      upper: alphas[highIdx] as number,
      level: 0.95,
      method: `bootstrap (Hayes & Krippendorff 2007, KALPHA algorithm), ${B} resamples of ${M} pairs, seed ${seed}`,
    },
    details: {
      resamples: B,
      pairsPerResample: M,
      seed,
      // Probability q that the population alpha is below α_min (Krippendorff's reporting advice).
      probabilityBelow: {
        '0.9': below(0.9),
        '0.8': below(0.8),
        '0.7': below(0.7),
        '0.667': below(2 / 3),
        '0.6': below(0.6),
        '0.5': below(0.5),
      },
    },
  };
}

/** Krippendorff's alpha. Units with fewer than two values are ignored, as the definition requires. */
export function krippendorffAlpha(ratings: RatingsMatrix, options: AlphaOptions = {}): AgreementResult {
  const level = options.level ?? 'nominal';
  const delta = deltaFor(level);
  let p: Pairable | { error: string };
  let labels: RatingValue[] | undefined;

  if (level === 'interval' || level === 'ratio') {
    // Numeric path: no encoding needed; cost is one pass over the matrix.
    p = collectPairable(
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
  } else {
    const enc = encodeRatings(ratings, options.categories);
    if (!enc.ok) return undefinedResult(ratings.length, 0, enc.reason);
    labels = enc.data.categories;
    const { codes, coders } = enc.data;
    p = collectPairable(ratings, (_v, u, c) => codes[u * coders + c] as number, false);
  }
  if ('error' in p) return undefinedResult(ratings.length, 0, p.error);
  const { n } = p;
  if (p.units === 0 || n < 2)
    return undefinedResult(0, p.coders, 'no unit has two or more values, so there are no pairable values');

  let de: number;
  const details: Record<string, unknown> = { statistic: `Krippendorff's alpha (${level})`, level, pairableValues: n };
  if (level === 'nominal') {
    const q = (labels ?? []).length;
    const nc = new Float64Array(q);
    for (let i = 0; i < n; i++) nc[p.code[i] as number] = (nc[p.code[i] as number] as number) + 1;
    let sq = 0;
    for (let c = 0; c < q; c++) sq += (nc[c] as number) ** 2;
    de = (n * n - sq) / (n * (n - 1));
    if (labels && q <= 30) details.coincidences = coincidenceMatrix(p, q, labels);
  } else if (level === 'ordinal') {
    // Replace codes by mid-ranks computed from the pairable-value marginals n_c.
    const q = (labels ?? []).length;
    const nc = new Float64Array(q);
    for (let i = 0; i < n; i++) nc[p.code[i] as number] = (nc[p.code[i] as number] as number) + 1;
    const mid = new Float64Array(q);
    let cum = 0;
    for (let c = 0; c < q; c++) {
      mid[c] = cum + (nc[c] as number) / 2;
      cum += nc[c] as number;
    }
    for (let i = 0; i < n; i++) p.x[i] = mid[p.code[i] as number] as number;
    de = momentDisagreement(p.x);
    if (labels && q <= 30) details.coincidences = coincidenceMatrix(p, q, labels);
  } else if (level === 'interval') {
    de = momentDisagreement(p.x);
  } else {
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
    de = s / (n * (n - 1));
  }
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

/** 2n·var: D_e for squared differences = Σ_{i≠j}(x_i − x_j)²/(n(n−1)) = 2Σ(x − x̄)²/(n − 1). */
function momentDisagreement(x: Float64Array): number {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((x[i] as number) - mean) ** 2;
  return (2 * ss) / (n - 1);
}

/** Coincidence matrix o_ck for reporting (small category sets only). */
function coincidenceMatrix(
  p: Pairable,
  q: number,
  labels: RatingValue[],
): { categories: RatingValue[]; matrix: number[][] } {
  const o = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  for (let u = 0; u < p.units; u++) {
    const s = p.offsets[u] as number;
    const e = p.offsets[u + 1] as number;
    for (let i = s; i < e; i++) {
      const row = o[p.code[i] as number] as number[];
      for (let j = s; j < e; j++)
        if (i !== j) row[p.code[j] as number] = (row[p.code[j] as number] as number) + 1 / (e - s - 1);
    }
  }
  return { categories: labels, matrix: o };
}
