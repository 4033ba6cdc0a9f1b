// Intraclass correlations: the six Shrout & Fleiss (1979) forms with their McGraw & Wong (1996)
// names, F tests and confidence intervals. Two-way ANOVA on complete units (listwise deletion).
import { fQuantile, fSurvival } from './distributions.ts';
import { definedResult, isMissing, undefinedResult, type AgreementResult, type RatingsMatrix } from './types.ts';

export type IccForm = '1,1' | '2,1' | '3,1' | '1,k' | '2,k' | '3,k';
export const ICC_FORMS: readonly IccForm[] = ['1,1', '2,1', '3,1', '1,k', '2,k', '3,k'];

/** McGraw & Wong (1996) name and model of each Shrout & Fleiss form. */
export const ICC_NAMES: Record<IccForm, { shroutFleiss: string; mcGrawWong: string; model: string }> = {
  '1,1': {
    shroutFleiss: 'ICC(1,1)',
    mcGrawWong: 'ICC(1)',
    model: 'one-way random effects, absolute agreement, single rater',
  },
  '2,1': {
    shroutFleiss: 'ICC(2,1)',
    mcGrawWong: 'ICC(A,1)',
    model: 'two-way random effects, absolute agreement, single rater',
  },
  '3,1': {
    shroutFleiss: 'ICC(3,1)',
    mcGrawWong: 'ICC(C,1)',
    model: 'two-way mixed effects, consistency, single rater',
  },
  '1,k': {
    shroutFleiss: 'ICC(1,k)',
    mcGrawWong: 'ICC(k)',
    model: 'one-way random effects, absolute agreement, mean of k raters',
  },
  '2,k': {
    shroutFleiss: 'ICC(2,k)',
    mcGrawWong: 'ICC(A,k)',
    model: 'two-way random effects, absolute agreement, mean of k raters',
  },
  '3,k': {
    shroutFleiss: 'ICC(3,k)',
    mcGrawWong: 'ICC(C,k)',
    model: 'two-way mixed effects, consistency, mean of k raters',
  },
};

export interface IccAnova {
  n: number;
  k: number;
  /** Between-targets (rows), within-targets, between-judges (columns) and residual mean squares. */
  msr: number;
  msw: number;
  msc: number;
  mse: number;
}

/** Mean squares of the two-way layout (Shrout & Fleiss 1979, Table 1). */
export function iccAnova(x: Float64Array, n: number, k: number): IccAnova {
  const rowMean = new Float64Array(n);
  const colMean = new Float64Array(k);
  let grand = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < k; j++) {
      const v = x[i * k + j] as number;
      s += v;
      colMean[j] = (colMean[j] as number) + v;
    }
    rowMean[i] = s / k;
    grand += s;
  }
  grand /= n * k;
  for (let j = 0; j < k; j++) colMean[j] = (colMean[j] as number) / n;
  let ssr = 0;
  let ssc = 0;
  let sst = 0;
  for (let i = 0; i < n; i++) ssr += ((rowMean[i] as number) - grand) ** 2;
  ssr *= k;
  for (let j = 0; j < k; j++) ssc += ((colMean[j] as number) - grand) ** 2;
  ssc *= n;
  for (let i = 0; i < n * k; i++) sst += ((x[i] as number) - grand) ** 2;
  // Sums of squares that are zero in exact arithmetic can come out as ±1e-16 after rounding,
  // which would turn an undefined 0/0 ICC into a tiny number depending on the column order.
  // Anything below a relative 1e-12 of the total is treated as the zero it is.
  const tiny = 1e-12 * sst;
  const snap = (ss: number): number => (ss <= tiny ? 0 : ss);
  ssr = snap(ssr);
  ssc = snap(ssc);
  const ssw = snap(sst - ssr);
  const sse = snap(sst - ssr - ssc);
  return {
    n,
    k,
    msr: ssr / (n - 1),
    msw: ssw / (n * (k - 1)),
    msc: ssc / (k - 1),
    mse: sse / ((n - 1) * (k - 1)),
  };
}

export interface IccOptions {
  form: IccForm;
}

/** Listwise deletion: ANOVA-based ICCs need every coder's value for a unit. A non-number is an error. */
function countCompleteUnits(ratings: RatingsMatrix, k: number): { n: number; dropped: number } | { error: string } {
  let n = 0;
  let dropped = 0;
  for (let u = 0; u < ratings.length; u++) {
    const row = ratings[u] ?? [];
    let complete = row.length === k;
    for (let j = 0; j < row.length && complete; j++) {
      const v = row[j];
      if (isMissing(v)) complete = false;
      else if (typeof v !== 'number' || !Number.isFinite(v)) {
        return {
          error: `ICC needs numeric values (unit ${u + 1}, coder ${j + 1} has ${typeof v === 'number' ? String(v) : JSON.stringify(v)})`,
        };
      }
    }
    if (complete) n++;
    else dropped++;
  }
  return { n, dropped };
}

/** The complete units laid out row by row (n × k). */
function completeMatrix(ratings: RatingsMatrix, n: number, k: number): Float64Array {
  const x = new Float64Array(n * k);
  let i = 0;
  for (const row of ratings) {
    if (row.length !== k || row.some((v) => isMissing(v))) continue;
    for (let j = 0; j < k; j++) x[i * k + j] = row[j] as number;
    i++;
  }
  return x;
}

/** Numerator and denominator of the estimate (Shrout & Fleiss 1979, eqs. 2–6). */
function iccRatio(form: IccForm, a: IccAnova): [number, number] {
  const { n, k, msr, msw, msc, mse } = a;
  switch (form) {
    case '1,1':
      return [msr - msw, msr + (k - 1) * msw];
    case '1,k':
      return [msr - msw, msr];
    case '2,1':
      return [msr - mse, msr + (k - 1) * mse + (k * (msc - mse)) / n];
    case '2,k':
      return [msr - mse, msr + (msc - mse) / n];
    case '3,1':
      return [msr - mse, msr + (k - 1) * mse];
    case '3,k':
      return [msr - mse, msr];
  }
}

/** Degrees of freedom of the F ratio: MSR/MSW one-way, MSR/MSE two-way. */
function iccDf(a: IccAnova, oneWay: boolean): [number, number] {
  return [a.n - 1, oneWay ? a.n * (a.k - 1) : (a.n - 1) * (a.k - 1)];
}

/** F test of H0: ICC = 0 (undefined when the error mean square is 0). */
function iccFTest(a: IccAnova, oneWay: boolean, denomMs: number): Record<string, unknown> {
  const [df1, df2] = iccDf(a, oneWay);
  if (denomMs > 0) {
    const F = a.msr / denomMs;
    return { F, df1, df2, p: fSurvival(F, df1, df2), hypothesis: 'H0: ICC = 0' };
  }
  return {
    F: null,
    df1,
    df2,
    p: null,
    hypothesis: 'H0: ICC = 0',
    note: 'error mean square is 0; F is undefined',
  };
}

/**
 * The 95% interval: exact F for one-way and consistency forms; for ICC(A,·) the approximate interval
 * with Satterthwaite df (recorded in details), carried through Spearman–Brown for the mean of k.
 */
function iccInterval(
  form: IccForm,
  a: IccAnova,
  oneWay: boolean,
  denomMs: number,
  details: Record<string, unknown>,
): { lower: number; upper: number } | null {
  const { n, k, msr, msc, mse } = a;
  const single = form.endsWith(',1');
  if (!(denomMs > 0)) return null;
  if (oneWay || form.startsWith('3')) {
    const [df1, df2] = iccDf(a, oneWay);
    const F = msr / denomMs;
    const FL = F / fQuantile(0.975, df1, df2);
    const FU = F * fQuantile(0.975, df2, df1);
    return single
      ? { lower: (FL - 1) / (FL + k - 1), upper: (FU - 1) / (FU + k - 1) }
      : { lower: 1 - 1 / FL, upper: 1 - 1 / FU };
  }
  // ICC(A,1): McGraw & Wong (1996) / Shrout & Fleiss (1979) eq. 7 interval.
  const r1 = (msr - mse) / (msr + (k - 1) * mse + (k * (msc - mse)) / n);
  const aa = (k * r1) / (n * (1 - r1));
  const bb = 1 + (k * r1 * (n - 1)) / (n * (1 - r1));
  const v = (aa * msc + bb * mse) ** 2 / ((aa * msc) ** 2 / (k - 1) + (bb * mse) ** 2 / ((n - 1) * (k - 1)));
  if (!(Number.isFinite(v) && v > 0)) return null;
  const Fs = fQuantile(0.975, n - 1, v);
  const Fi = fQuantile(0.975, v, n - 1);
  let lower = (n * (msr - Fs * mse)) / (Fs * (k * msc + (k * n - k - n) * mse) + n * msr);
  let upper = (n * (Fi * msr - mse)) / (k * msc + (k * n - k - n) * mse + n * Fi * msr);
  if (!single) {
    lower = (k * lower) / (1 + (k - 1) * lower);
    upper = (k * upper) / (1 + (k - 1) * upper);
  }
  details.satterthwaiteDf = v;
  return { lower, upper };
}

/**
 * ICC in the Shrout & Fleiss form requested. Estimates: Shrout & Fleiss (1979) eqs. 2–6.
 * F test of H0: ICC = 0 — one-way: MSR/MSW on (n−1, n(k−1)) df; two-way: MSR/MSE on
 * (n−1, (n−1)(k−1)) df. 95% CIs: exact F intervals for (1,·) and (3,·); for (2,1) the
 * approximate interval of McGraw & Wong (1996, Table 7) with Satterthwaite df, and for (2,k) that
 * interval carried through the Spearman–Brown relation (as Shrout & Fleiss and psych::ICC do).
 */
export function icc(ratings: RatingsMatrix, options: IccOptions): AgreementResult {
  const form = options.form;
  const k = ratings.reduce((w, r) => Math.max(w, r.length), 0);
  const counted = countCompleteUnits(ratings, k);
  if ('error' in counted) return undefinedResult(ratings.length, k, counted.error);
  const { n, dropped } = counted;
  if (k < 2) return undefinedResult(n, k, 'ICC needs at least two coders');
  if (n < 2) return undefinedResult(n, k, 'ICC needs at least two units rated by every coder');
  const a = iccAnova(completeMatrix(ratings, n, k), n, k);
  const { msr, msw, msc, mse } = a;
  const names = ICC_NAMES[form];
  const details: Record<string, unknown> = {
    statistic: `${names.shroutFleiss} = McGraw & Wong ${names.mcGrawWong}`,
    ...names,
    anova: { msr, msw, msc, mse },
    unitsDroppedForMissingValues: dropped,
  };
  const oneWay = form === '1,1' || form === '1,k';
  const denomMs = oneWay ? msw : mse;
  if (!(msr > 0) && !(denomMs > 0)) {
    const why =
      msc > 0
        ? "no variance between units and none left over beyond the coders' constant offsets"
        : 'zero variance: every rating is identical';
    return undefinedResult(n, k, `${why}, so the ICC is 0/0`, details);
  }
  const [num, den] = iccRatio(form, a);
  // The ratio of mean-square combinations is undefined when its denominator is not positive
  // (e.g. MSR = 0, or for ICC(A,k) when MSC < MSE cancels MSR); rounding must not turn 0/0 into 1e16.
  const scale = msr + msw + msc + mse;
  if (!(den > 1e-12 * scale)) {
    return undefinedResult(
      n,
      k,
      'the ANOVA estimate is undefined: its denominator is zero or negative (no variance between units)',
      details,
    );
  }
  const value = num / den;
  details.fTest = iccFTest(a, oneWay, denomMs);
  let ci = iccInterval(form, a, oneWay, denomMs, details);
  // Small samples can make the approximate interval degenerate; report none rather than a wrong one.
  if (
    ci &&
    !(Number.isFinite(ci.lower) && Number.isFinite(ci.upper) && ci.lower <= value + 1e-12 && value <= ci.upper + 1e-12)
  ) {
    details.ciNote =
      'the F-based interval is not defined for these data (too few units or negative variance estimates)';
    ci = null;
  }
  return definedResult(value, n, k, {
    ci: ci
      ? {
          ...ci,
          level: 0.95,
          method:
            oneWay || form.startsWith('3')
              ? 'exact F interval (Shrout & Fleiss 1979; McGraw & Wong 1996)'
              : 'approximate F interval with Satterthwaite df (McGraw & Wong 1996, Table 7)',
        }
      : undefined,
    details,
  });
}
