// Cohen's kappa (Cohen 1960) and weighted kappa (Cohen 1968) for two coders, with the large-sample
// variances of Fleiss, Cohen & Everitt (1969): the non-null variance for the confidence interval,
// the null variance for the z test (as SAS PROC FREQ and irr::kappa2 report them).
import { encodeRatings } from './categories.ts';
import { twoSidedP } from './chance-corrected.ts';
import { normalQuantile } from './distributions.ts';
import {
  definedResult,
  isMissing,
  undefinedResult,
  type AgreementResult,
  type RatingValue,
  type RatingsMatrix,
} from './types.ts';

export type KappaWeights = 'unweighted' | 'linear' | 'quadratic';

/** Agreement weight of categories at positions i and j among q ordered categories. */
export function kappaWeight(weights: KappaWeights, i: number, j: number, q: number): number {
  if (weights === 'unweighted') return i === j ? 1 : 0;
  if (q < 2) return 1;
  const d = Math.abs(i - j) / (q - 1);
  return weights === 'linear' ? 1 - d : 1 - d * d;
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
  weights: KappaWeights = 'unweighted',
  categories?: readonly RatingValue[],
): AgreementResult {
  const q = table.length;
  let total = 0;
  for (const row of table) for (const x of row) total += x;
  const name = weights === 'unweighted' ? "Cohen's kappa" : `Weighted kappa (${weights} weights)`;
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
  const w = (i: number, j: number): number => kappaWeight(weights, i, j, q);
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
  const details: Record<string, unknown> = { statistic: name, po, pe, weights, table: table.map((r) => [...r]) };
  if (categories) details.categories = [...categories];
  if (se0 > 0) {
    const z = kappa / se0;
    details.nullHypothesis = {
      se: se0,
      z,
      p: twoSidedP(z),
      method: 'Fleiss, Cohen & Everitt (1969) variance under H0: kappa = 0',
    };
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
  weights: KappaWeights,
  categories: readonly RatingValue[] | undefined,
): AgreementResult {
  const name = weights === 'unweighted' ? "Cohen's kappa" : 'Weighted kappa';
  const bad = twoCoderCheck(ratings, name);
  if (bad) return bad;
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
 * Weighted kappa (Cohen 1968) with linear (Cicchetti–Allison) or quadratic (Fleiss–Cohen) agreement
 * weights over the ordered category set: w_ij = 1 − |i − j|/(q − 1) or 1 − (i − j)²/(q − 1)².
 */
export function weightedKappa(
  ratings: RatingsMatrix,
  options: { weights: 'linear' | 'quadratic'; categories?: readonly RatingValue[] },
): AgreementResult {
  return kappaFromRatings(ratings, options.weights, options.categories);
}
