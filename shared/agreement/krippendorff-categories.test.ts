import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa.ts';
import { krippendorffAlpha } from './krippendorff-alpha.ts';
import { nominalAlphaFromCounts, type CategoryAlpha } from './krippendorff-categories.ts';
import { FLEISS_1971, KRIPPENDORFF_2011 } from './published-data.ts';
import type { RatingCell } from './types.ts';

// Krippendorff (1980, Content Analysis, p. 139): 9 units, 3 coders, categories 1–4.
const KRIPPENDORFF_1980: RatingCell[][] = [
  [1, 1, 1],
  [1, 2, 2],
  [2, 2, 2],
  [4, 4, 4],
  [1, 4, 4],
  [2, 2, 2],
  [1, 2, 3],
  [3, 3, 3],
  [2, 2, 2],
];

/** Units × categories counts of a ratings matrix. */
function toCounts(ratings: RatingCell[][], categories: number[]): Float64Array {
  const out = new Float64Array(ratings.length * categories.length);
  ratings.forEach((row, u) =>
    row.forEach((v) => {
      const k = categories.indexOf(v as number);
      if (k >= 0) out[u * categories.length + k] = (out[u * categories.length + k] as number) + 1;
    }),
  );
  return out;
}

describe("Krippendorff's alpha by category", () => {
  it('Krippendorff (1980, p. 139), as DKPro Statistics’ Krippendorff1980Test: 0.381, 0.711, 0.717, 0.764; overall 0.642', () => {
    const r = krippendorffAlpha(KRIPPENDORFF_1980, { level: 'nominal', perCategory: true });
    expect(r.value).toBeCloseTo(0.642, 3);
    const per = r.details?.perCategory as CategoryAlpha[];
    expect(per.map((c) => c.category)).toEqual([1, 2, 3, 4]);
    expect(per.map((c) => Number((c.value as number).toFixed(3)))).toEqual([0.381, 0.711, 0.717, 0.764]);
  });
  it('a category nobody used, or that holds every value, is null with a reason', () => {
    const r = krippendorffAlpha(KRIPPENDORFF_1980, {
      level: 'nominal',
      perCategory: true,
      categories: [1, 2, 3, 4, 5],
    });
    const five = (r.details?.perCategory as CategoryAlpha[])[4] as CategoryAlpha;
    expect(five.value).toBeNull();
    expect(five.reason).toMatch(/no pairable value/);
  });
  it('is only computed when asked for', () => {
    expect(krippendorffAlpha(KRIPPENDORFF_1980, { level: 'nominal' }).details?.perCategory).toBeUndefined();
  });
});

describe('nominal alpha from a units × categories table of counts', () => {
  it('equals alpha on the ratings: Krippendorff (2011) 0.743 (missing values leave units with fewer counts)', () => {
    const counts = toCounts(KRIPPENDORFF_2011, [1, 2, 3, 4, 5]);
    const r = nominalAlphaFromCounts(counts, KRIPPENDORFF_2011.length, [1, 2, 3, 4, 5]);
    expect(r.value).toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011).value as number, 14);
    expect(r.value).toBeCloseTo(0.743, 3);
    expect(r.units).toBe(11);
  });
  it('Fleiss (1971) diagnoses as counts: alpha and kappa agree with the ratings', () => {
    const counts = toCounts(FLEISS_1971, [1, 2, 3, 4, 5]);
    const r = nominalAlphaFromCounts(counts, 30, [1, 2, 3, 4, 5]);
    expect(r.value).toBeCloseTo(krippendorffAlpha(FLEISS_1971).value as number, 14);
    expect(fleissKappa(FLEISS_1971).value).toBeCloseTo(0.43, 2);
  });
  it('accepts fractional counts (irrCAC krippen.alpha.dist): halving every count of a unit keeps it pairable only with m_u ≥ 2', () => {
    const counts = Float64Array.from([2, 0.5, 1, 1.5, 0.5, 0.5]);
    const r = nominalAlphaFromCounts(counts, 3, ['a', 'b']);
    expect(r.units).toBe(2);
    expect(r.value).not.toBeNull();
  });
});
