// Pairwise percent agreement for any number of coders, with missing values.
import { chanceCorrectedFromCounts, encodeOrFail, unitCounts } from './chance-corrected.ts';
import { type AgreementResult, type RatingsMatrix } from './types.ts';

/**
 * Percent agreement: for each unit with at least two ratings, the share of agreeing pairs of
 * ratings, Σ_k r_ik (r_ik − 1) / (r_i (r_i − 1)); averaged over those units (Fleiss 1971's P̄,
 * Gwet 2014's p_a). With two coders this is the ordinary proportion of units agreed on.
 */
export function percentAgreement(ratings: RatingsMatrix): AgreementResult {
  const e = encodeOrFail(ratings, undefined);
  if ('fail' in e) return e.fail;
  return chanceCorrectedFromCounts(unitCounts(e.enc), 'none', 'Percent agreement');
}
