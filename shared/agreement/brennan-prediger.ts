// Brennan & Prediger (1981) coefficient: chance agreement 1/q over the full category set.
import { chanceCorrectedFromCounts, encodeOrFail, unitCounts, type CategoricalOptions } from './chance-corrected.ts';
import { type AgreementResult, type RatingsMatrix } from './types.ts';

/** Brennan–Prediger: (p_a − 1/q)/(1 − 1/q). Depends on q, so pass the full category set. */
export function brennanPrediger(ratings: RatingsMatrix, options: CategoricalOptions = {}): AgreementResult {
  const e = encodeOrFail(ratings, options.categories);
  if ('fail' in e) return e.fail;
  return chanceCorrectedFromCounts(unitCounts(e.enc), 'brennan-prediger', 'Brennan–Prediger coefficient');
}
