// Cohen's kappa (Cohen 1960) and weighted kappa (Cohen 1968) for two coders, with the large-sample
// variances of Fleiss, Cohen & Everitt (1969): the non-null variance for the confidence interval,
// the null variance for the z test (as SAS PROC FREQ and irr::kappa2 report them).
import { encodeRatings } from './categories.ts';
import { twoSidedP } from './chance-corrected.ts';
import { normalQuantile } from './distributions.ts';
import { orderedLabelsReason } from './ordered-categories.ts';
import {
  definedResult,
  isMissing,
  undefinedResult,
  type AgreementResult,
  type RatingValue,
  type RatingsMatrix,
  ZERO_SE_NOTE,
} from './types.ts';
import { checkWeightMatrix, weightMatrix, type WeightKind, type WeightMatrix } from './weights.ts';

export type KappaWeights = 'unweighted' | WeightKind;

/** The weight matrix for a table over `categories` (positions 1..q when not given). */
function kappaWeights(
  weights: KappaWeights | WeightMatrix,
  q: number,
  categories?: readonly RatingValue[],
): WeightMatrix {
  if (typeof weights !== 'string') return weights;
  const cats = categories ?? Array.from({ length: q }, (_, i) => i + 1);
  const kind = weights === 'unweighted' ? 'identity' : weights;
  // The same few matrices are asked for again and again (every coder pair of every scale): kept, read-only.
  const key = `${kind}|${cats.map((c) => (typeof c === 'number' ? c : JSON.stringify(c))).join(',')}`;
  let m = madeWeights.get(key);
  if (!m) {
    m = Object.freeze(weightMatrix(kind, cats).map((row) => Object.freeze(row)));
    if (madeWeights.size >= 64) madeWeights.clear();
    madeWeights.set(key, m);
  }
  return m;
}

const madeWeights = new Map<string, WeightMatrix>();

/** Agreement weight of categories at positions i and j among q ordered categories (scores 1..q). */
export function kappaWeight(weights: KappaWeights, i: number, j: number, q: number): number {
  return (kappaWeights(weights, q)[i] as ReadonlyArray<number>)[j] as number;
}

/** Keeps the units rated by both coders (listwise deletion), as two-coder statistics require. */
export function completePairs(ratings: RatingsMatrix): RatingValue[][] {
  const out: RatingValue[][] = [];
  for (const row of ratings) {
    const a = row[0];
    const b = row[1];
    if (isMissing(a) || isMissing(b)) continue;
    out.push([a, b]);
  }
  return out;
}

function twoCoderCheck(ratings: RatingsMatrix, name: string): AgreementResult | null {
  for (let u = 0; u < ratings.length; u++) {
    const row = ratings[u] ?? [];
    for (let c = 2; c < row.length; c++) {
      if (!isMissing(row[c]))
        return undefinedResult(
          ratings.length,
          0,
          `${name} is defined for exactly two coders (unit ${u + 1} has a value for coder ${c + 1})`,
        );
    }
  }
  return null;
}

/** Kappa from a q × q contingency table of counts (rows: coder 1, columns: coder 2). */
export function kappaFromTable(
  table: ReadonlyArray<ReadonlyArray<number>>,
  weights: KappaWeights | WeightMatrix = 'unweighted',
  categories?: readonly RatingValue[],
): AgreementResult {
  const q = table.length;
  let total = 0;
  for (const row of table) for (const x of row) total += x;
  const weightName = typeof weights === 'string' ? weights : 'custom';
  const name = weights === 'unweighted' ? "Cohen's kappa" : `Weighted kappa (${weightName} weights)`;
  if (total === 0) return undefinedResult(0, 2, 'no unit was rated by both coders, so there are no pairable values');
  if (q < 2) return undefinedResult(total, 2, 'only one category: chance agreement is 1 and kappa is 0/0');
  const p = (i: number, j: number): number => (table[i]?.[j] ?? 0) / total;
  const rowM = new Float64Array(q);
  const colM = new Float64Array(q);
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) {
      rowM[i] = (rowM[i] as number) + p(i, j);
      colM[j] = (colM[j] as number) + p(i, j);
    }
  const wm = kappaWeights(weights, q, categories);
  const bad = checkWeightMatrix(wm, q);
  if (bad) return undefinedResult(total, 2, bad);
  const w = (i: number, j: number): number => (wm[i] as ReadonlyArray<number>)[j] as number;
  let po = 0;
  let pe = 0;
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) {
      po += w(i, j) * p(i, j);
      pe += w(i, j) * (rowM[i] as number) * (colM[j] as number);
    }
  // With one unit, or when either coder used a single category, each coder's margin is one category, so
  // p_e equals p_o whatever the weights: kappa would read 0 (and an interval [0, 0]) by construction.
  if (total < 2)
    return undefinedResult(
      total,
      2,
      'kappa needs at least two units: with one, chance agreement equals observed agreement by construction',
      { po, pe },
    );
  const single = [rowM, colM].findIndex((m) => m.filter((x) => x > 0).length < 2);
  if (single >= 0 && 1 - pe > 1e-12)
    return undefinedResult(
      total,
      2,
      `coder ${single + 1} used a single category, so chance agreement equals observed agreement by construction and kappa says nothing`,
      { po, pe },
    );
  if (1 - pe <= 1e-12) {
    return undefinedResult(total, 2, 'chance agreement is 1 (both coders used a single category), so kappa is 0/0', {
      po,
      pe,
    });
  }
  const kappa = (po - pe) / (1 - pe);
  // Fleiss, Cohen & Everitt (1969) variances.
  const wRow = new Float64Array(q); // w̄_i. = Σ_j p_.j w_ij
  const wCol = new Float64Array(q); // w̄_.j = Σ_i p_i. w_ij
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) {
      wRow[i] = (wRow[i] as number) + (colM[j] as number) * w(i, j);
      wCol[j] = (wCol[j] as number) + (rowM[i] as number) * w(i, j);
    }
  let a = 0;
  let a0 = 0;
  for (let i = 0; i < q; i++)
    for (let j = 0; j < q; j++) {
      const s = (wRow[i] as number) + (wCol[j] as number);
      a += p(i, j) * (w(i, j) - s * (1 - kappa)) ** 2;
      a0 += (rowM[i] as number) * (colM[j] as number) * (w(i, j) - s) ** 2;
    }
  const denom = total * (1 - pe) ** 2;
  const variance = Math.max(0, (a - (kappa - pe * (1 - kappa)) ** 2) / denom);
  const var0 = Math.max(0, (a0 - pe * pe) / denom);
  const se = Math.sqrt(variance);
  const se0 = Math.sqrt(var0);
  const zc = normalQuantile(0.975);
  const details: Record<string, unknown> = {
    statistic: name,
    po,
    pe,
    weights: weightName,
    table: table.map((r) => [...r]),
  };
  if (typeof weights !== 'string' || (weights !== 'unweighted' && weights !== 'identity'))
    details.weightMatrix = wm.map((r) => [...r]);
  if (categories) details.categories = [...categories];
  if (weights === 'unweighted') Object.assign(details, marginalDetails(table, rowM, colM, pe, total));
  if (se0 > 0) {
    const z = kappa / se0;
    details.nullHypothesis = {
      se: se0,
      z,
      p: twoSidedP(z),
      method: 'Fleiss, Cohen & Everitt (1969) variance under H0: kappa = 0',
    };
  }
  if (!(se > 0)) {
    details.ciNote = ZERO_SE_NOTE;
    return definedResult(kappa, total, 2, { se: 0, details });
  }
  return definedResult(kappa, total, 2, {
    se,
    ci: {
      lower: Math.max(Math.min(-1, kappa), kappa - zc * se),
      upper: Math.min(1, kappa + zc * se),
      level: 0.95,
      method: 'Fleiss, Cohen & Everitt (1969) asymptotic variance, normal interval',
    },
    details,
  });
}

/**
 * Unweighted kappa's extras: the largest kappa the marginals allow, κ_max = (Σ_k min(p_k., p_.k) − p_e)
 * / (1 − p_e) (Cohen 1960), and specific agreement per category, 2n_kk/(n_k. + n_.k) (Fleiss 1975;
 * Cicchetti & Feinstein 1990), null for a category neither coder used.
 */
function marginalDetails(
  table: ReadonlyArray<ReadonlyArray<number>>,
  rowM: Float64Array,
  colM: Float64Array,
  pe: number,
  total: number,
): Record<string, unknown> {
  let poMax = 0;
  for (let k = 0; k < rowM.length; k++) poMax += Math.min(rowM[k] as number, colM[k] as number);
  const specific = table.map((row, k) => {
    const den = ((rowM[k] as number) + (colM[k] as number)) * total;
    return den > 0 ? (2 * (row[k] as number)) / den : null;
  });
  return { maxKappa: (poMax - pe) / (1 - pe), specificAgreement: specific };
}

/** Builds the contingency table of two coders over the given (or observed) categories. */
export function contingencyTable(
  pairs: ReadonlyArray<readonly [RatingValue, RatingValue] | RatingValue[]>,
  categories?: readonly RatingValue[],
): { ok: true; table: number[][]; categories: RatingValue[] } | { ok: false; reason: string } {
  const enc = encodeRatings(pairs as RatingsMatrix, categories);
  if (!enc.ok) return enc;
  const q = enc.data.categories.length;
  const table = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  const codes = enc.data.codes;
  for (let u = 0; u < enc.data.units; u++) {
    const a = codes[u * enc.data.coders] as number;
    const b = codes[u * enc.data.coders + 1] as number;
    const row = table[a];
    if (row) row[b] = (row[b] ?? 0) + 1;
  }
  return { ok: true, table, categories: enc.data.categories };
}

function kappaFromRatings(
  ratings: RatingsMatrix,
  weights: KappaWeights | WeightMatrix,
  categories: readonly RatingValue[] | undefined,
): AgreementResult {
  const name = weights === 'unweighted' ? "Cohen's kappa" : 'Weighted kappa';
  const bad = twoCoderCheck(ratings, name);
  if (bad) return bad;
  const ordered = orderedLabelsReason(ratings, { weights, ...(categories ? { categories } : {}) }, name);
  if (ordered) return undefinedResult(ratings.length, 2, ordered);
  const pairs = completePairs(ratings);
  if (pairs.length === 0)
    return undefinedResult(0, 2, 'no unit was rated by both coders, so there are no pairable values');
  // Categories default to those observed in the whole matrix, so a coder's values that lack a partner still define the set.
  const allValues = ratings.map((r) => [r[0] ?? null, r[1] ?? null]);
  const enc = encodeRatings(allValues, categories);
  if (!enc.ok) return undefinedResult(ratings.length, 2, enc.reason);
  const t = contingencyTable(pairs, enc.data.categories);
  if (!t.ok) return undefinedResult(pairs.length, 2, t.reason);
  return kappaFromTable(t.table, weights, t.categories);
}

/** Cohen's kappa for two coders (columns 0 and 1); units missing either rating are dropped. */
export function cohenKappa(
  ratings: RatingsMatrix,
  options: { categories?: readonly RatingValue[] } = {},
): AgreementResult {
  return kappaFromRatings(ratings, 'unweighted', options.categories);
}

/**
 * Weighted kappa (Cohen 1968) with agreement weights over the ordered category set: Gwet's (2014) set
 * (linear = Cicchetti–Allison, quadratic = Fleiss–Cohen, ordinal, radical, ratio, circular, bipolar)
 * on the categories' values (numbers) or positions (labels), or a q × q matrix over `categories`.
 */
export function weightedKappa(
  ratings: RatingsMatrix,
  options: { weights: WeightKind | WeightMatrix; categories?: readonly RatingValue[] },
): AgreementResult {
  return kappaFromRatings(ratings, options.weights, options.categories);
}
