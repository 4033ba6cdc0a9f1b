// Published reliability data sets used by the tests to reproduce worked examples.
// Kept as plain data (no test imports) so reports or docs can reuse them as examples.
import type { RatingCell } from './types.ts';

const N = null;

/**
 * Krippendorff (2011) "Computing Krippendorff's alpha-reliability", example C/D: 12 units × 4
 * observers with missing values (also irrCAC's `cac.raw4raters` and irr's kripp.alpha example).
 * Rows are units, columns observers A–D.
 */
export const KRIPPENDORFF_2011: RatingCell[][] = [
  [1, 1, N, 1],
  [2, 2, 3, 2],
  [3, 3, 3, 3],
  [3, 3, 3, 3],
  [2, 2, 2, 2],
  [1, 2, 3, 4],
  [4, 4, 4, 4],
  [1, 1, 2, 1],
  [2, 2, 2, 2],
  [N, 5, 5, 5],
  [N, N, 1, 1],
  [N, N, 3, N],
];

/** Krippendorff (2011), example A: two observers, binary data, 10 units. */
export const KRIPPENDORFF_2011_BINARY: RatingCell[][] = [
  [0, 1],
  [1, 1],
  [0, 1],
  [0, 0],
  [0, 0],
  [0, 1],
  [0, 0],
  [0, 0],
  [1, 0],
  [0, 0],
];

/**
 * Fleiss (1971) Table 1: 30 patients × 6 psychiatrists, 5 diagnoses (1 depression, 2 personality
 * disorder, 3 schizophrenia, 4 neurosis, 5 other); R irr's `diagnoses` data, rater order as there.
 */
export const FLEISS_1971: number[][] = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
];

/** Shrout & Fleiss (1979) Table 2: 6 targets × 4 judges. */
export const SHROUT_FLEISS_1979: number[][] = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

/** McGraw & Wong (1996) Table 6 example: 10 targets × 2 measurements. */
export const MCGRAW_WONG_1996: number[][] = [
  [103, 119],
  [82, 65],
  [116, 106],
  [102, 102],
  [99, 105],
  [98, 100],
  [104, 107],
  [62, 85],
  [97, 101],
  [107, 110],
];

/** R irr's `anxiety` data: 20 subjects × 3 raters, anxiety ratings 1–6. */
export const IRR_ANXIETY: number[][] = (() => {
  const r1 = [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3];
  const r2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
  const r3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
  return r1.map((v, i) => [v, r2[i] as number, r3[i] as number]);
})();

/** Expands a contingency table (rows: coder 1, columns: coder 2) into unit-by-coder ratings. */
export function tableToRatings<T>(table: number[][], labels: readonly T[]): T[][] {
  const rows: T[][] = [];
  table.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let x = 0; x < count; x++) rows.push([labels[i] as T, labels[j] as T]);
    }),
  );
  return rows;
}

/** irrCAC's `cont3x3abstractors`: 100 pregnancies classified by 2 abstractors (Ectopic, AIU, NIU). */
export const IRRCAC_CONT3X3 = [
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
];

/** SAS PROC FREQ AGREE documentation example table, as reproduced in statsmodels' tests. */
export const SAS_KAPPA_TABLE = [
  [0, 4, 1],
  [0, 8, 0],
  [0, 1, 5],
];
