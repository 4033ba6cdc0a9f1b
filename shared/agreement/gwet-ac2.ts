// Gwet's AC2 (Gwet 2014, Handbook of Inter-Rater Reliability, 4th ed., ch. 3–5): AC1 with agreement
// weights, for ordered categories; any number of coders, missing ratings as in Gwet (2014).
import { chanceCorrectedFromCounts, encodeOrFail, unitCounts } from './chance-corrected.ts';
import { orderedLabelsReason } from './ordered-categories.ts';
import { undefinedResult, type AgreementResult, type RatingValue, type RatingsMatrix } from './types.ts';
import { checkWeightMatrix, weightMatrix, type WeightKind, type WeightMatrix } from './weights.ts';

export interface WeightedOptions {
  /** One of Gwet's weight sets, or a q × q matrix of agreement weights over `categories`. */
  weights: WeightKind | WeightMatrix;
  /** The full ordered category set; if omitted, the observed values (refused for text labels). */
  categories?: readonly RatingValue[];
}

/**
 * AC2 = (p_a − p_e)/(1 − p_e), p_a over r*_ik = Σ_l w_kl r_il, p_e = T_w/(q(q − 1)) Σ_k π_k(1 − π_k)
 * with T_w = Σ_kl w_kl. With identity weights this is AC1.
 */
export function gwetAC2(ratings: RatingsMatrix, options: WeightedOptions): AgreementResult {
  const ordered = orderedLabelsReason(ratings, options, "Gwet's AC2");
  if (ordered) return undefinedResult(ratings.length, 0, ordered);
  const e = encodeOrFail(ratings, options.categories);
  if ('fail' in e) return e.fail;
  const cats = e.enc.categories;
  const w = typeof options.weights === 'string' ? weightMatrix(options.weights, cats) : options.weights;
  const bad = checkWeightMatrix(w, cats.length);
  if (bad) return undefinedResult(ratings.length, 0, bad);
  const label = `Gwet's AC2 (${typeof options.weights === 'string' ? options.weights : 'custom'} weights)`;
  const res = chanceCorrectedFromCounts(unitCounts(e.enc), 'gwet-ac1', label, w);
  if (res.details) res.details.weights = w.map((r) => [...r]);
  return res;
}
