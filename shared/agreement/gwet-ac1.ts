// Gwet's AC1 (Gwet 2008), multi-rater with missing data as in Gwet (2014).
import { chanceCorrectedFromCounts, encodeOrFail, unitCounts, type CategoricalOptions } from './chance-corrected.ts';
import { type AgreementResult, type RatingsMatrix } from './types.ts';

/** Gwet's AC1: p_e = Σ_k π_k (1 − π_k) / (q − 1). Depends on q, so pass the full category set. */
export function gwetAC1(ratings: RatingsMatrix, options: CategoricalOptions = {}): AgreementResult {
  const e = encodeOrFail(ratings, options.categories);
  if ('fail' in e) return e.fail;
  return chanceCorrectedFromCounts(unitCounts(e.enc), 'gwet-ac1', "Gwet's AC1");
}
