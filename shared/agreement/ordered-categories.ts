// Ordered statistics (weighted kappa, AC2 with weights, ordinal alpha) depend on the order of the
// categories. Numbers have a natural order; text labels do not ("high" < "low" < "mid" by code
// point), so with labels the order must be given.
import { isMissing, type RatingValue, type RatingsMatrix } from './types.ts';
import type { WeightKind, WeightMatrix } from './weights.ts';

/** Why an ordered statistic cannot run on these ratings without an explicit category order, or null. */
export function orderedLabelsReason(
  ratings: RatingsMatrix,
  options: { categories?: readonly RatingValue[]; weights?: WeightKind | WeightMatrix | 'unweighted' },
  name: string,
): string | null {
  if (options.categories || options.weights === 'identity' || options.weights === 'unweighted') return null;
  // A matrix of weights carries its own order only together with its categories.
  for (const row of ratings)
    for (const v of row)
      if (!isMissing(v) && typeof v === 'string')
        return `${name} depends on the order of the categories, and text labels such as "${v}" have no natural order: give the ordered category set (--categories in the CLI)`;
  return null;
}
