// Scott's pi (Scott 1955) for two coders.
import { chanceCorrectedFromCounts, encodeOrFail, unitCounts, type CategoricalOptions } from './chance-corrected.ts';
import { completePairs } from './cohen-kappa.ts';
import { isMissing, undefinedResult, type AgreementResult, type RatingsMatrix } from './types.ts';

/**
 * Scott's pi: (p_o − p_e)/(1 − p_e), p_e = Σ_k π_k² with π_k the pooled share of both coders'
 * ratings in category k. Units missing either rating are dropped (listwise). Standard error:
 * Gwet (2014) linearised variance (identical to Fleiss' kappa with two coders on complete data).
 */
export function scottPi(ratings: RatingsMatrix, options: CategoricalOptions = {}): AgreementResult {
  for (let u = 0; u < ratings.length; u++) {
    const row = ratings[u] ?? [];
    for (let c = 2; c < row.length; c++) {
      if (!isMissing(row[c]))
        return undefinedResult(
          ratings.length,
          0,
          `Scott's pi is defined for exactly two coders (unit ${u + 1} has a value for coder ${c + 1}); use Fleiss' kappa`,
        );
    }
  }
  const pairs = completePairs(ratings);
  if (pairs.length === 0)
    return undefinedResult(0, 2, 'no unit was rated by both coders, so there are no pairable values');
  const e = encodeOrFail(pairs, options.categories);
  if ('fail' in e) return e.fail;
  return chanceCorrectedFromCounts(unitCounts(e.enc), 'fleiss', "Scott's pi");
}
