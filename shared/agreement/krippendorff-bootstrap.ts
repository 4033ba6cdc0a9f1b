// Bootstrap interval of Krippendorff's alpha (Hayes & Krippendorff 2007; Hayes' KALPHA macro).
import type { Pairable } from './krippendorff-pairable.ts';
import { mulberry32 } from './prng.ts';
import type { ConfidenceInterval } from './types.ts';

export interface AlphaBootstrapOptions {
  /** Number of bootstrap resamples (Hayes & Krippendorff recommend at least 1,000). */
  resamples: number;
  /** PRNG seed, so the interval is reproducible. Default 1. */
  seed?: number;
}

/**
 * Diagonal coincidences o_cc (same-value pairs, for the small-sample correction) and the number of
 * non-zero cells of the coincidence matrix, in one pass over the units' pairs of values.
 */
function coincidenceSummary(p: Pairable, key: Int32Array, v: number): { diag: Float64Array; cells: number } {
  const diag = new Float64Array(v);
  // A bitmap of cells for the usual few values; a set when there are very many distinct values.
  const bitmap = v <= 4096 ? new Uint8Array(v * v) : null;
  const set = bitmap ? null : new Set<number>();
  for (let u = 0; u < p.units; u++) {
    const s = p.offsets[u] as number;
    const e = p.offsets[u + 1] as number;
    const w = 1 / (e - s - 1);
    for (let i = s; i < e; i++) {
      const ki = key[i] as number;
      for (let j = s; j < e; j++) {
        if (i === j) continue;
        const kj = key[j] as number;
        if (ki === kj) diag[ki] = (diag[ki] as number) + w;
        if (bitmap) bitmap[ki * v + kj] = 1;
        else (set as Set<number>).add(ki * v + kj);
      }
    }
  }
  let cells = set ? set.size : 0;
  if (bitmap) for (let c = 0; c < bitmap.length; c++) cells += bitmap[c] as number;
  return { diag, cells };
}

/** Keys 0..V−1 for the distinct values of x: by array index for small whole numbers, a map otherwise. */
function valueKeys(x: Float64Array): { key: Int32Array; count: number } {
  const n = x.length;
  const key = new Int32Array(n);
  let min = Infinity;
  let max = -Infinity;
  let integral = true;
  for (let i = 0; i < n; i++) {
    const xv = x[i] as number;
    if (xv < min) min = xv;
    if (xv > max) max = xv;
    if (integral && !Number.isInteger(xv)) integral = false;
  }
  let count = 0;
  if (integral && n > 0 && max - min <= 1_000_000) {
    const slot = new Int32Array(max - min + 1).fill(-1);
    for (let i = 0; i < n; i++) {
      const o = (x[i] as number) - min;
      let id = slot[o] as number;
      if (id < 0) slot[o] = id = count++;
      key[i] = id;
    }
    return { key, count };
  }
  const ids = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const xv = x[i] as number;
    let id = ids.get(xv);
    if (id === undefined) {
      id = count++;
      ids.set(xv, id);
    }
    key[i] = id;
  }
  return { key, count };
}

/**
 * Bootstrap of alpha as in Hayes & Krippendorff (2007) and Hayes' KALPHA macro (v3.0, 2011):
 * each resample draws M = min(25·q, (m − 1)·n/2) pairs of values from the observed coincidence
 * distribution (q: non-zero coincidence cells, m: coders, n: pairable values), with
 * α* = 1 − Σδ²/(M·D_e), truncated at −1; then the macro's small-sample correction for α* = 1.
 * A pair is drawn by picking a pairable value uniformly and a partner uniformly among the other
 * values of its unit, which samples o_ck/n exactly without building the coincidence matrix.
 */
export function bootstrapAlpha(
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
  const { key, count: V } = valueKeys(p.x);
  const { diag, cells: q } = coincidenceSummary(p, key, V);
  const M = Math.max(1, Math.floor(Math.min(25 * q, ((coderColumns - 1) * p.n) / 2)));
  let nzero = 0;
  for (let k = 0; k < V; k++) if ((diag[k] as number) > 0) nzero++;
  let nprs = 0;
  for (let u = 0; u < p.units; u++) {
    const m = (p.offsets[u + 1] as number) - (p.offsets[u] as number);
    nprs += (m * (m - 1)) / 2;
  }
  let allSame = 0;
  for (let k = 0; k < V; k++) if ((diag[k] as number) > 0) allSame += ((diag[k] as number) / p.n) ** nprs;
  const nx = Math.round(B * allSame);

  // Unit of each pairable value, to draw a partner from the same unit.
  const unitOf = new Int32Array(p.n);
  for (let u = 0; u < p.units; u++)
    for (let i = p.offsets[u] as number; i < (p.offsets[u + 1] as number); i++) unitOf[i] = u;
  // δ² between the distinct values, looked up instead of computed for each of the B·M draws.
  const valueOf = new Float64Array(V);
  for (let i = 0; i < p.n; i++) valueOf[key[i] as number] = p.x[i] as number;
  const table = V <= 2048 ? new Float64Array(V * V) : null;
  if (table)
    for (let a = 0; a < V; a++)
      for (let c = 0; c < V; c++) table[a * V + c] = delta(valueOf[a] as number, valueOf[c] as number);
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
      sum += table
        ? (table[(key[i] as number) * V + (key[j] as number)] as number)
        : delta(p.x[i] as number, p.x[j] as number);
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
