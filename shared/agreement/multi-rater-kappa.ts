// Multi-rater kappas that keep each coder's own marginal distribution (unlike Fleiss' kappa, which
// pools them), as compared by Warrens (2010, "Inequalities between multi-rater kappas", ADAC 4) and
// Warrens (2012, ISRN Probability and Statistics): Hubert's (1977) kappa, also known as Conger's (1980)
// kappa, and Light's (1971) kappa, the mean of the pairwise Cohen's kappas. Both use the units every
// coder rated (listwise deletion, as irr::kappam.light and DKPro Statistics do).
import { encodeRatings } from './categories.ts';
import { kappaFromTable } from './cohen-kappa.ts';
import {
  definedResult,
  isMissing,
  undefinedResult,
  type AgreementResult,
  type RatingValue,
  type RatingsMatrix,
} from './types.ts';

interface Complete {
  /** codes[u * m + j]: category of coder j (of the coders who rated anything) on complete unit u. */
  codes: Int32Array;
  units: number;
  m: number;
  q: number;
  categories: RatingValue[];
  dropped: number;
}

/** The units rated by every coder who rated anything, coded against the category set. */
function completeUnits(ratings: RatingsMatrix, categories?: readonly RatingValue[]): Complete | { fail: string } {
  const width = ratings.reduce((w, r) => Math.max(w, r.length), 0);
  const active: number[] = [];
  for (let c = 0; c < width; c++) if (ratings.some((r) => !isMissing(r[c]))) active.push(c);
  const m = active.length;
  if (m < 2) return { fail: `needs at least two coders with ratings (found ${m})` };
  const complete = ratings.filter((r) => active.every((c) => !isMissing(r[c])));
  const enc = encodeRatings(
    complete.map((r) => active.map((c) => r[c] ?? null)),
    categories,
  );
  if (!enc.ok) return { fail: enc.reason };
  return {
    codes: enc.data.codes,
    units: complete.length,
    m,
    q: enc.data.categories.length,
    categories: enc.data.categories,
    dropped: ratings.length - complete.length,
  };
}

function failOr(d: Complete | { fail: string }, units: number): AgreementResult | null {
  if ('fail' in d) return undefinedResult(units, 0, d.fail);
  if (d.units === 0)
    return undefinedResult(0, d.m, 'no unit was rated by every coder (these kappas need complete units)');
  return null;
}

/**
 * Hubert's kappa: (P_o − P_e)/(1 − P_e), P_o the mean over coder pairs of their proportion of agreement,
 * P_e the mean over pairs j < k of Σ_c p_jc p_kc with each coder's own proportions p_jc.
 */
export function hubertKappa(
  ratings: RatingsMatrix,
  options: { categories?: readonly RatingValue[] } = {},
): AgreementResult {
  const d = completeUnits(ratings, options.categories);
  const fail = failOr(d, ratings.length);
  if (fail || 'fail' in d) return fail as AgreementResult;
  const { codes, units, m, q } = d;
  const p = new Float64Array(m * q);
  let agreeing = 0;
  const perUnit = new Float64Array(q);
  for (let u = 0; u < units; u++) {
    perUnit.fill(0);
    for (let j = 0; j < m; j++) {
      const c = codes[u * m + j] as number;
      perUnit[c] = (perUnit[c] as number) + 1;
      p[j * q + c] = (p[j * q + c] as number) + 1 / units;
    }
    for (let c = 0; c < q; c++) agreeing += ((perUnit[c] as number) * ((perUnit[c] as number) - 1)) / 2;
  }
  const pairs = (m * (m - 1)) / 2;
  const po = agreeing / (pairs * units);
  let pe = 0;
  for (let c = 0; c < q; c++) {
    let s = 0;
    let s2 = 0;
    for (let j = 0; j < m; j++) {
      const x = p[j * q + c] as number;
      s += x;
      s2 += x * x;
    }
    pe += (s * s - s2) / 2;
  }
  pe /= pairs;
  const details = {
    statistic: "Hubert's kappa",
    po,
    pe,
    categories: d.categories,
    unitsDroppedForMissingValues: d.dropped,
    ciNote: 'no standard error is established for this coefficient, so no interval is given',
  };
  if (1 - pe <= 1e-12)
    return undefinedResult(
      units,
      m,
      'chance agreement is 1 (every coder used a single category), so kappa is 0/0',
      details,
    );
  const byConstruction = chanceEqualsObserved(p, units, m, q);
  if (byConstruction) return undefinedResult(units, m, byConstruction, details);
  return definedResult((po - pe) / (1 - pe), units, m, { details });
}

/**
 * The cases where P_o = P_e whatever the coders did, so kappa reads 0 by construction and says nothing (the same
 * rule as Cohen's kappa): one unit, or every pair of coders includes one who used a single category.
 */
function chanceEqualsObserved(p: Float64Array, units: number, m: number, q: number): string | null {
  if (units < 2)
    return 'kappa needs at least two units: with one, chance agreement equals observed agreement by construction';
  const single = Array.from({ length: m }, (_, j) => p.subarray(j * q, (j + 1) * q).filter((x) => x > 0).length < 2);
  const everyPair = single.filter((x) => !x).length < 2;
  return everyPair
    ? 'every pair of coders includes one who used a single category, so chance agreement equals observed agreement by construction'
    : null;
}

/** Light's kappa: the mean of Cohen's kappa over all pairs of coders, on the units all of them rated. */
export function lightKappa(
  ratings: RatingsMatrix,
  options: { categories?: readonly RatingValue[] } = {},
): AgreementResult {
  const d = completeUnits(ratings, options.categories);
  const fail = failOr(d, ratings.length);
  if (fail || 'fail' in d) return fail as AgreementResult;
  const { codes, units, m, q } = d;
  const kappas: number[] = [];
  let poSum = 0;
  let peSum = 0;
  for (let j = 0; j < m; j++)
    for (let k = j + 1; k < m; k++) {
      const table = Array.from({ length: q }, () => new Array<number>(q).fill(0));
      for (let u = 0; u < units; u++) {
        const row = table[codes[u * m + j] as number] as number[];
        row[codes[u * m + k] as number] = (row[codes[u * m + k] as number] as number) + 1;
      }
      const r = kappaFromTable(table, 'unweighted', d.categories);
      if (r.value === null)
        return undefinedResult(units, m, `Cohen's kappa of coders ${j + 1} and ${k + 1} is undefined: ${r.reason}`);
      kappas.push(r.value);
      poSum += r.details?.po as number;
      peSum += r.details?.pe as number;
    }
  const value = kappas.reduce((a, b) => a + b, 0) / kappas.length;
  return definedResult(value, units, m, {
    details: {
      statistic: "Light's kappa",
      po: poSum / kappas.length,
      pe: peSum / kappas.length,
      pairwiseKappas: kappas,
      categories: d.categories,
      unitsDroppedForMissingValues: d.dropped,
      ciNote: 'no standard error is established for this coefficient, so no interval is given',
    },
  });
}
