// Confusion matrices between two coders, under any category mapping (e.g. collapsing AAI
// classifications to 2-, 3-, 4- or 5-way before comparing).
import { encodeRatings, mapRatings, type CategoryMapping } from './categories.ts';
import { isMissing, type RatingValue, type RatingsMatrix } from './types.ts';

export interface ConfusionMatrix {
  /** Row/column categories, in order. */
  categories: RatingValue[];
  /** counts[i][j]: units coder A put in categories[i] and coder B in categories[j]. */
  counts: number[][];
  rowTotals: number[];
  colTotals: number[];
  /** Units rated by both coders. */
  total: number;
  /** Units skipped because either coder's value is missing (after mapping). */
  excluded: number;
  /** Proportion on the diagonal; null when no unit was rated by both. */
  agreement: number | null;
}

export interface ConfusionOptions {
  /** Column indices of the two coders. Default [0, 1]. */
  coders?: readonly [number, number];
  /** Ordered category set after mapping. Default: observed values (after mapping). */
  categories?: readonly RatingValue[];
  mapping?: CategoryMapping;
}

export function confusionMatrix(
  ratings: RatingsMatrix,
  options: ConfusionOptions = {},
): { ok: true; matrix: ConfusionMatrix } | { ok: false; reason: string } {
  const [ca, cb] = options.coders ?? [0, 1];
  const mapped = options.mapping ? mapRatings(ratings, options.mapping) : ratings;
  const two = mapped.map((row) => [row[ca] ?? null, row[cb] ?? null]);
  const enc = encodeRatings(two, options.categories);
  if (!enc.ok) return enc;
  const q = enc.data.categories.length;
  const counts = Array.from({ length: q }, () => new Array<number>(q).fill(0));
  let total = 0;
  let excluded = 0;
  for (let u = 0; u < two.length; u++) {
    const row = two[u] as unknown[];
    if (isMissing(row[0] as RatingValue | null) || isMissing(row[1] as RatingValue | null)) {
      excluded++;
      continue;
    }
    const a = enc.data.codes[u * 2] as number;
    const b = enc.data.codes[u * 2 + 1] as number;
    const r = counts[a] as number[];
    r[b] = (r[b] as number) + 1;
    total++;
  }
  const rowTotals = counts.map((r) => r.reduce((s, x) => s + x, 0));
  const colTotals = counts[0] ? counts[0].map((_, j) => counts.reduce((s, r) => s + (r[j] as number), 0)) : [];
  let diag = 0;
  for (let i = 0; i < q; i++) diag += (counts[i] as number[])[i] as number;
  return {
    ok: true,
    matrix: {
      categories: enc.data.categories,
      counts,
      rowTotals,
      colTotals,
      total,
      excluded,
      agreement: total > 0 ? diag / total : null,
    },
  };
}
