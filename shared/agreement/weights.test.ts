import { describe, expect, it } from 'vitest';
import { weightedKappa } from './cohen-kappa.ts';
import { gwetAC1 } from './gwet-ac1.ts';
import { gwetAC2 } from './gwet-ac2.ts';
import { KRIPPENDORFF_2011, tableToRatings } from './published-data.ts';
import type { AgreementResult, DefinedResult } from './types.ts';
import { checkWeightMatrix, weightMatrix, WEIGHT_KINDS } from './weights.ts';

function defined(r: AgreementResult): DefinedResult {
  if (r.value === null) throw new Error(`expected a value, got null: ${r.reason}`);
  return r;
}
const round = (m: number[][]): number[][] => m.map((r) => r.map((v) => Math.round(v * 1e7) / 1e7));

describe("Gwet's weights (irrCAC weighting vignette, 3 categories)", () => {
  it.each([
    ['identity', [1, 0, 0]],
    ['radical', [1, 0.2928932, 0]],
    ['linear', [1, 0.5, 0]],
    ['ordinal', [1, 0.6666667, 0]],
    ['quadratic', [1, 0.75, 0]],
    ['circular', [1, 0, 0]],
    ['bipolar', [1, 0.6666667, 0]],
  ] as const)('%s weights(1:3), first row %j', (kind, row) => {
    const w = round(weightMatrix(kind, [1, 2, 3]));
    expect(w[0]).toEqual(row);
    // Symmetric, with a diagonal of 1.
    expect(w).toEqual(w.map((r, i) => r.map((_, j) => (w[j] as number[])[i])));
  });
  it('ratio weights (Gwet 2014): 1 − ((k − l)/(k + l))² / ((max − min)/(max + min))² over positions 1..4', () => {
    const w = weightMatrix('ratio', [1, 2, 3, 4]);
    expect(w[0]?.[3]).toBeCloseTo(0, 12);
    expect(w[0]?.[1]).toBeCloseTo(1 - (1 / 3) ** 2 / (3 / 5) ** 2, 12);
  });
  it('every set is a valid agreement-weight matrix for 1 to 7 categories', () => {
    for (const kind of WEIGHT_KINDS)
      for (let q = 1; q <= 7; q++) {
        const cats = Array.from({ length: q }, (_, i) => `c${i}`);
        expect(checkWeightMatrix(weightMatrix(kind, cats), q)).toBeNull();
      }
  });
  it('checks a user matrix: square, diagonal 1, values in [0, 1]', () => {
    expect(
      checkWeightMatrix(
        [
          [1, 0.5],
          [0.5, 1],
        ],
        2,
      ),
    ).toBeNull();
    expect(checkWeightMatrix([[1, 0.5]], 2)).toMatch(/1 rows for 2 categories/);
    expect(
      checkWeightMatrix(
        [
          [0.9, 0],
          [0, 1],
        ],
        2,
      ),
    ).toMatch(/diagonal/);
    expect(
      checkWeightMatrix(
        [
          [1, 1.5],
          [0, 1],
        ],
        2,
      ),
    ).toMatch(/outside \[0, 1\]/);
  });
});

// irrCAC 1.4 gwet.ac1.raw fixtures published with DKPro Statistics' GwetFixtureTest.
const LIKERT_4X4 = [
  [20, 5, 1, 0],
  [4, 15, 6, 1],
  [0, 5, 18, 4],
  [0, 1, 3, 12],
];
const LIKERT_5X5 = [
  [15, 4, 1, 0, 0],
  [3, 12, 4, 1, 0],
  [1, 3, 14, 3, 1],
  [0, 1, 3, 10, 2],
  [0, 0, 1, 2, 8],
];

describe("Gwet's AC2", () => {
  it('irrCAC 1.4 gwet.ac1.raw, 4×4 Likert table (DKPro fixture 04): AC1 0.58046; quadratic AC2 p_a 0.95438596491228, p_e 0.714406484046373, 0.84028', () => {
    const ratings = tableToRatings(LIKERT_4X4, [1, 2, 3, 4]);
    expect(defined(gwetAC1(ratings)).value).toBeCloseTo(0.58046, 5);
    const r = defined(gwetAC2(ratings, { weights: 'quadratic' }));
    expect(r.details?.pa as number).toBeCloseTo(0.95438596491228, 12);
    expect(r.details?.pe as number).toBeCloseTo(0.714406484046373, 12);
    expect(r.value).toBeCloseTo(0.84028, 5);
  });
  it('irrCAC 1.4 gwet.ac1.raw, 5×5 Likert table (DKPro fixture 05): quadratic AC2 p_a 0.966292134831461, p_e 0.740614347935867, 0.87005', () => {
    const r = defined(gwetAC2(tableToRatings(LIKERT_5X5, [1, 2, 3, 4, 5]), { weights: 'quadratic' }));
    expect(r.details?.pa as number).toBeCloseTo(0.966292134831461, 12);
    expect(r.details?.pe as number).toBeCloseTo(0.740614347935867, 12);
    expect(r.value).toBeCloseTo(0.87005, 5);
  });
  it('identity weights give AC1 exactly (Gwet 2014), with its standard error, on Krippendorff (2011) data with missing values', () => {
    const ac1 = defined(gwetAC1(KRIPPENDORFF_2011));
    const ac2 = defined(gwetAC2(KRIPPENDORFF_2011, { weights: 'identity' }));
    expect(ac2.value).toBeCloseTo(ac1.value, 14);
    expect(ac2.se).toBeCloseTo(ac1.se as number, 14);
  });
  it('a matrix of weights gives the same as the named set it spells out', () => {
    const ratings = tableToRatings(LIKERT_4X4, [1, 2, 3, 4]);
    const named = defined(gwetAC2(ratings, { weights: 'linear' }));
    const custom = defined(gwetAC2(ratings, { weights: weightMatrix('linear', [1, 2, 3, 4]) }));
    expect(custom.value).toBeCloseTo(named.value, 14);
  });
  it('refuses text labels without an order, naming why', () => {
    const r = gwetAC2(
      [
        ['low', 'mid'],
        ['high', 'high'],
      ],
      { weights: 'linear' },
    );
    expect(r.value).toBeNull();
    expect(r.value === null && r.reason).toMatch(/order of the categories.*"low"/);
  });
});

describe("weighted kappa with Gwet's weight sets", () => {
  it('ordinal weights (Gwet 2014: neighbours 5/6 among 4 categories, linear 2/3) give another kappa, and the matrix used is reported', () => {
    const ratings = tableToRatings(LIKERT_4X4, [1, 2, 3, 4]);
    const lin = defined(weightedKappa(ratings, { weights: 'linear' }));
    const ord = defined(weightedKappa(ratings, { weights: 'ordinal' }));
    expect(ord.value).not.toBeCloseTo(lin.value, 4);
    expect(ord.details?.weightMatrix).toEqual(weightMatrix('ordinal', [1, 2, 3, 4]));
  });
  it('with text labels and no --categories, weighted kappa is refused: "high" < "low" < "mid" is no order', () => {
    const r = weightedKappa(
      [
        ['low', 'mid'],
        ['high', 'high'],
        ['mid', 'mid'],
      ],
      { weights: 'quadratic' },
    );
    expect(r.value).toBeNull();
    const ok = weightedKappa(
      [
        ['low', 'mid'],
        ['high', 'high'],
        ['mid', 'mid'],
      ],
      { weights: 'quadratic', categories: ['low', 'mid', 'high'] },
    );
    expect(ok.value).not.toBeNull();
  });
});
