/**
 * Textbook formulas, written out independently of shared/agreement, so the e2e tests can check what
 * the dashboard shows against figures computed here from the codings the test itself entered.
 */

/** Share of items both raters labelled alike. */
export function percentAgreement(pairs: Array<[string, string]>): number {
  return pairs.filter(([a, b]) => a === b).length / pairs.length;
}

/** Cohen (1960): κ = (p_o − p_e) / (1 − p_e), p_e from the two raters' marginal proportions. */
export function cohenKappa(pairs: Array<[string, string]>): number {
  const n = pairs.length;
  const po = percentAgreement(pairs);
  const cats = new Set(pairs.flat());
  let pe = 0;
  for (const c of cats)
    pe += (pairs.filter(([a]) => a === c).length / n) * (pairs.filter(([, b]) => b === c).length / n);
  return (po - pe) / (1 - pe);
}

/** Mean |a − b| over pairs of ratings. */
export function meanAbsDiff(pairs: Array<[number, number]>): number {
  return pairs.reduce((s, [a, b]) => s + Math.abs(a - b), 0) / pairs.length;
}

export function withinTolerance(pairs: Array<[number, number]>, tol: number): number {
  return pairs.filter(([a, b]) => Math.abs(a - b) <= tol).length / pairs.length;
}

/**
 * McGraw & Wong (1996) ICC(A,1), = Shrout & Fleiss (1979) ICC(2,1), from the two-way ANOVA:
 * (MSR − MSE) / (MSR + (k − 1)·MSE + k/n·(MSC − MSE)); rows = transcripts, columns = coders.
 */
export function iccA1(rows: number[][]): number {
  const n = rows.length;
  const k = rows[0]!.length;
  const all = rows.flat();
  const grand = all.reduce((a, b) => a + b, 0) / all.length;
  const rowMeans = rows.map((r) => r.reduce((a, b) => a + b, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => rows.reduce((s, r) => s + r[j]!, 0) / n);
  const ssr = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssc = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const sst = all.reduce((s, x) => s + (x - grand) ** 2, 0);
  const sse = sst - ssr - ssc;
  const msr = ssr / (n - 1);
  const msc = ssc / (k - 1);
  const mse = sse / ((n - 1) * (k - 1));
  return (msr - mse) / (msr + (k - 1) * mse + (k / n) * (msc - mse));
}

/** Matched-span F1 pooled over spans: 2·matched / (spans of A + spans of B). */
export function spanF1(matched: number, spansA: number, spansB: number): number {
  return (2 * matched) / (spansA + spansB);
}

/** As the dashboard prints them. */
export const fixed = (x: number, digits = 2) => x.toFixed(digits);
export const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
