// Krippendorff's alpha by category, and nominal alpha from a units × categories table of counts.
//
// Category-specific alpha (Krippendorff 1980, Content Analysis, pp. 150–152): alpha of the data
// recoded as "category k" versus "any other category", so each category's reliability can be judged
// on its own. With a_uk values of k among the m_u pairable values of unit u and n_k = Σ_u a_uk:
//   D_o,k = (1/n) Σ_u 2 a_uk (m_u − a_uk)/(m_u − 1),  D_e,k = 2 n_k (n − n_k)/(n (n − 1)).
// Counts (irrCAC krippen.alpha.dist): with r_uk coders choosing k in unit u (fractions allowed) and
// m_u = Σ_k r_uk, units with m_u ≥ 2 are pairable and
//   D_o = (1/n) Σ_u (m_u² − Σ_k r_uk²)/(m_u − 1),  D_e = (n² − Σ_k n_k²)/(n (n − 1)).
import type { Pairable } from './krippendorff-pairable.ts';
import { definedResult, undefinedResult, type AgreementResult, type RatingValue } from './types.ts';

export interface CategoryAlpha {
  category: RatingValue;
  value: number | null;
  reason?: string;
  observedDisagreement: number;
  expectedDisagreement: number;
}

/** Category-specific alphas from the pairable values' category codes. */
export function alphaByCategory(p: Pairable, labels: readonly RatingValue[]): CategoryAlpha[] {
  const q = labels.length;
  const { n } = p;
  const doSum = new Float64Array(q);
  const nk = new Float64Array(q);
  const inUnit = new Float64Array(q);
  for (let u = 0; u < p.units; u++) {
    const s = p.offsets[u] as number;
    const e = p.offsets[u + 1] as number;
    const m = e - s;
    for (let i = s; i < e; i++) inUnit[p.code[i] as number] = (inUnit[p.code[i] as number] as number) + 1;
    for (let i = s; i < e; i++) {
      const k = p.code[i] as number;
      const a = inUnit[k] as number;
      if (a === 0) continue; // already counted for this unit
      doSum[k] = (doSum[k] as number) + (2 * a * (m - a)) / (m - 1);
      nk[k] = (nk[k] as number) + a;
      inUnit[k] = 0;
    }
  }
  return categoryAlphas(labels, doSum, nk, n);
}

/** α_k = 1 − D_o,k/D_e,k from Σ_u 2a_uk(m_u − a_uk)/(m_u − 1) and the marginals n_k. */
function categoryAlphas(
  labels: readonly RatingValue[],
  doSum: Float64Array,
  nk: Float64Array,
  n: number,
): CategoryAlpha[] {
  return labels.map((category, k) => {
    const dObs = (doSum[k] as number) / n;
    const dExp = (2 * (nk[k] as number) * (n - (nk[k] as number))) / (n * (n - 1));
    if (!(dExp > 0)) {
      const reason =
        nk[k] === 0
          ? 'no pairable value is in this category'
          : 'every pairable value is in this category, so expected disagreement is 0';
      return { category, value: null, reason, observedDisagreement: dObs, expectedDisagreement: dExp };
    }
    return { category, value: 1 - dObs / dExp, observedDisagreement: dObs, expectedDisagreement: dExp };
  });
}

/** Nominal alpha from a units × categories table of counts (row-major, fractions allowed). */
export function nominalAlphaFromCounts(
  counts: Float64Array,
  units: number,
  categories: readonly RatingValue[],
  options: { perCategory?: boolean } = {},
): AgreementResult {
  const q = categories.length;
  const nk = new Float64Array(q);
  const doK = new Float64Array(q);
  let n = 0;
  let doSum = 0;
  let pairable = 0;
  for (let u = 0; u < units; u++) {
    let m = 0;
    let sq = 0;
    for (let k = 0; k < q; k++) {
      const x = counts[u * q + k] as number;
      m += x;
      sq += x * x;
    }
    if (m < 2) continue;
    pairable++;
    n += m;
    doSum += (m * m - sq) / (m - 1);
    for (let k = 0; k < q; k++) {
      const a = counts[u * q + k] as number;
      nk[k] = (nk[k] as number) + a;
      doK[k] = (doK[k] as number) + (2 * a * (m - a)) / (m - 1);
    }
  }
  if (pairable === 0 || n < 2)
    return undefinedResult(0, 0, 'no unit has two or more values, so there are no pairable values');
  let sq = 0;
  for (let k = 0; k < q; k++) sq += (nk[k] as number) ** 2;
  const dObs = doSum / n;
  const dExp = (n * n - sq) / (n * (n - 1));
  const details: Record<string, unknown> = {
    statistic: "Krippendorff's alpha (nominal)",
    level: 'nominal',
    pairableValues: n,
    pairableUnits: pairable,
    observedDisagreement: dObs,
    expectedDisagreement: dExp,
    categories: [...categories],
  };
  if (options.perCategory) details.perCategory = categoryAlphas(categories, doK, nk, n);
  if (!(dExp > 0))
    return undefinedResult(
      pairable,
      0,
      'no variation: all pairable values are the same, so expected disagreement is 0',
      details,
    );
  return definedResult(1 - dObs / dExp, pairable, 0, { details });
}
