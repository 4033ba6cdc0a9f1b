// Pairable values of Krippendorff's alpha: the values of units with two or more of them, laid out
// flat unit by unit, and the sums over them that alpha needs (observed disagreement, coincidences).
import { isMissing, type RatingCell, type RatingValue, type RatingsMatrix } from './types.ts';

/** Pairable values laid out flat, unit by unit, for D_o and the bootstrap. */
export interface Pairable {
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

/** Collects pairable values (units with m_u ≥ 2). `value` maps a cell to its code/number or an error. */
export function collectPairable(
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
export function observedDisagreementSum(p: Pairable, delta: (a: number, b: number) => number): number {
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

/** 2n·var: D_e for squared differences = Σ_{i≠j}(x_i − x_j)²/(n(n−1)) = 2Σ(x − x̄)²/(n − 1). */
export function momentDisagreement(x: Float64Array): number {
  const n = x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += x[i] as number;
  mean /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += ((x[i] as number) - mean) ** 2;
  return (2 * ss) / (n - 1);
}

/** Coincidence matrix o_ck for reporting (small category sets only). */
export function coincidenceMatrix(
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
