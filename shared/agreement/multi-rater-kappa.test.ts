import { describe, expect, it } from 'vitest';
import { fleissKappa } from './fleiss-kappa.ts';
import { hubertKappa, lightKappa } from './multi-rater-kappa.ts';
import type { RatingCell } from './types.ts';

/** Rows repeated `times` times. */
function repeat(groups: Array<[number, RatingCell[]]>): RatingCell[][] {
  return groups.flatMap(([times, row]) => Array.from({ length: times }, () => [...row]));
}

// Warrens (2010, ADAC 4, p. 284), from O'Malley et al. (2006): 30 biopsies, 8 pathologists, N/A.
const WARRENS_2010 = repeat([
  [14, ['N', 'N', 'N', 'N', 'N', 'N', 'N', 'N']],
  [1, ['N', 'N', 'N', 'A', 'N', 'N', 'N', 'N']],
  [1, ['N', 'N', 'N', 'N', 'N', 'N', 'N', 'A']],
  [10, ['A', 'A', 'A', 'A', 'A', 'A', 'A', 'A']],
  [2, ['A', 'A', 'N', 'A', 'A', 'A', 'A', 'N']],
  [1, ['A', 'A', 'N', 'A', 'N', 'A', 'A', 'N']],
  [1, ['A', 'A', 'N', 'A', 'N', 'A', 'N', 'N']],
]);

// Warrens (2012, ISRN Probability and Statistics, p. 3), example 1: 30 units, 4 raters, binary.
const WARRENS_2012 = repeat([
  [10, [1, 1, 1, 1]],
  [2, [1, 0, 1, 0]],
  [2, [1, 0, 0, 0]],
  [1, [0, 0, 0, 1]],
  [15, [0, 0, 0, 0]],
]);

describe("Hubert's and Light's kappas for more than two coders", () => {
  it("Warrens (2010) O'Malley data, as DKPro Statistics' Warrens2010Test: Hubert 0.8326, Light 0.8325, Fleiss 0.8324", () => {
    const near = (x: number | null, published: number): void =>
      expect(Math.abs((x as number) - published)).toBeLessThan(1e-4);
    near(hubertKappa(WARRENS_2010).value, 0.8326);
    // Warrens prints 4 decimals of values rounded along the way (Light: exactly 0.83244); DKPro checks them to ±1e-4.
    near(lightKappa(WARRENS_2010).value, 0.8325);
    near(fleissKappa(WARRENS_2010).value, 0.8324);
  });
  it("Warrens (2012) example 1, as DKPro Statistics' Warrens2012Test: Hubert's kappa 0.802479", () => {
    expect(hubertKappa(WARRENS_2012).value).toBeCloseTo(0.802479, 6);
  });
  it("Warrens (2012) example 1: Light's kappa is the mean of the six pairwise Cohen's kappas (coders 1 and 2: 8/11)", () => {
    const r = lightKappa(WARRENS_2012);
    const pairs = r.details?.pairwiseKappas as number[];
    expect(pairs).toHaveLength(6);
    expect(pairs[0]).toBeCloseTo(8 / 11, 10);
    expect(r.value).toBeCloseTo(pairs.reduce((a, b) => a + b, 0) / 6, 14);
  });
  it('with two coders both equal Cohen’s kappa', () => {
    const two = WARRENS_2012.map((r) => r.slice(0, 2));
    expect(hubertKappa(two).value).toBeCloseTo(8 / 11, 10);
    expect(lightKappa(two).value).toBeCloseTo(8 / 11, 10);
  });
  it('use only the units every coder rated, and say how many were dropped', () => {
    const data: RatingCell[][] = [...WARRENS_2012, [1, null, 1, 1]];
    const r = hubertKappa(data);
    expect(r.units).toBe(30);
    expect(r.details?.unitsDroppedForMissingValues).toBe(1);
    expect(r.value).toBeCloseTo(0.802479, 6);
  });
  it('are null with a reason when no unit is complete or a single category was used', () => {
    const none = hubertKappa([
      [1, null],
      [null, 2],
    ]);
    expect(none.value).toBeNull();
    expect(none.value === null && none.reason).toMatch(/no unit was rated by every coder/);
    const one = lightKappa([
      [1, 1, 1],
      [1, 1, 1],
    ]);
    expect(one.value).toBeNull();
  });
  it('are null with a reason where P_o = P_e by construction, as Cohen (1960) kappa is: one unit, a single category per pair', () => {
    for (const f of [hubertKappa, lightKappa]) {
      expect(f([[1, 2, 3]]).value).toBeNull();
      const r = f([
        [1, 2, 2],
        [1, 2, 3],
        [1, 2, 3],
      ]);
      expect(r.value).toBeNull();
      expect(r.value === null && r.reason).toMatch(/single category/);
    }
  });
});
