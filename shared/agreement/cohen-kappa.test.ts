import { describe, expect, it } from 'vitest';
import { cohenKappa, kappaFromTable, weightedKappa } from './cohen-kappa.ts';
import { IRR_ANXIETY, IRRCAC_CONT3X3, SAS_KAPPA_TABLE, tableToRatings } from './published-data.ts';
import type { AgreementResult, DefinedResult } from './types.ts';

/** The reason of an undefined result ('' when it is defined). */
const reasonOf = (r: AgreementResult): string => (r.value === null ? r.reason : '');

function defined(r: AgreementResult): DefinedResult {
  if (r.value === null) throw new Error(`expected a value, got null: ${r.reason}`);
  return r;
}
type H0 = { se: number; z: number };

describe("Cohen's kappa — published worked examples", () => {
  it('SAS PROC FREQ AGREE example (statsmodels test_inter_rater): kappa 0.4842, ASE 0.1380, CI (0.2137, 0.7547), ASE0 0.1484, Z 3.2626', () => {
    const r = defined(kappaFromTable(SAS_KAPPA_TABLE));
    expect(r.value).toBeCloseTo(0.4842, 4);
    expect(r.se).toBeCloseTo(0.138, 4);
    expect(r.ci?.lower).toBeCloseTo(0.2137, 4);
    expect(r.ci?.upper).toBeCloseTo(0.7547, 4);
    const h0 = r.details?.nullHypothesis as H0;
    expect(h0.se).toBeCloseTo(0.1484, 4);
    expect(h0.z).toBeCloseTo(3.2626, 4);
  });
  it('SAS PROC FREQ AGREE example, weighted kappa (Cicchetti–Allison = linear): 0.4701, ASE 0.1457, CI (0.1845, 0.7558), ASE0 0.1426, Z 3.2971', () => {
    const r = defined(kappaFromTable(SAS_KAPPA_TABLE, 'linear'));
    expect(r.value).toBeCloseTo(0.4701, 4);
    expect(r.se).toBeCloseTo(0.1457, 4);
    expect(r.ci?.lower).toBeCloseTo(0.1845, 4);
    expect(r.ci?.upper).toBeCloseTo(0.7558, 4);
    const h0 = r.details?.nullHypothesis as H0;
    expect(h0.se).toBeCloseTo(0.1426, 4);
    expect(h0.z).toBeCloseTo(3.2971, 4);
  });
  it('irr::kappa2(anxiety[,2:3]): kappa = -0.006289308, z = -0.0604067', () => {
    const r = defined(cohenKappa(IRR_ANXIETY.map((row) => [row[1] ?? null, row[2] ?? null])));
    expect(r.value).toBeCloseTo(-0.006289308, 9);
    expect((r.details?.nullHypothesis as H0).z).toBeCloseTo(-0.0604067, 7);
  });
  it('irr::kappa2(anxiety[,2:3], "equal") = linear weights over the observed levels: 0.1459075, z = 1.282472', () => {
    const r = defined(
      weightedKappa(
        IRR_ANXIETY.map((row) => [row[1] ?? null, row[2] ?? null]),
        { weights: 'linear' },
      ),
    );
    expect(r.value).toBeCloseTo(0.1459075, 7);
    expect((r.details?.nullHypothesis as H0).z).toBeCloseTo(1.282472, 6);
  });
  it('irr::kappa2(anxiety[,2:3], "squared") = quadratic weights: 0.2520325, z = 1.437451', () => {
    const r = defined(
      weightedKappa(
        IRR_ANXIETY.map((row) => [row[1] ?? null, row[2] ?? null]),
        { weights: 'quadratic' },
      ),
    );
    expect(r.value).toBeCloseTo(0.2520325, 7);
    expect((r.details?.nullHypothesis as H0).z).toBeCloseTo(1.437451, 6);
  });
  it("irrCAC README, kappa2.table(cont3x3abstractors): Cohen's kappa = 0.7964094, se = 0.05891072", () => {
    const r = defined(cohenKappa(tableToRatings(IRRCAC_CONT3X3, ['Ectopic', 'AIU', 'NIU'])));
    expect(r.value).toBeCloseTo(0.7964094, 7);
    expect(r.se).toBeCloseTo(0.05891072, 8);
  });
  it('Cohen (1960) worked example, p_o = .70 and p_c = .41: kappa = .492 (200 units, marginals 120/60/20 and 100/60/40)', () => {
    // Cell counts reconstructed to give Cohen's printed p_o and p_c; kappa depends only on those.
    const r = defined(
      kappaFromTable([
        [88, 14, 18],
        [10, 40, 10],
        [2, 6, 12],
      ]),
    );
    expect(r.details?.po).toBeCloseTo(0.7, 10);
    expect(r.details?.pe).toBeCloseTo(0.41, 10);
    expect(r.value).toBeCloseTo(0.492, 3);
  });
});

describe('weighted kappa semantics', () => {
  it('uses positions in the given ordered category set: declaring an unused middle category changes linear weights', () => {
    const data = [
      [1, 2],
      [1, 2],
      [2, 1],
      [2, 3],
      [1, 1],
      [3, 3],
      [2, 2],
      [1, 3],
    ];
    const observed = defined(weightedKappa(data, { weights: 'linear' }));
    const declared = defined(weightedKappa(data, { weights: 'linear', categories: [1, 1.5, 2, 3] }));
    expect(observed.value).not.toBeCloseTo(declared.value, 6);
  });
  it('unweighted kappa ignores category order', () => {
    const data = [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'a'],
      ['c', 'c'],
      ['b', 'b'],
    ];
    expect(cohenKappa(data).value).toBeCloseTo(cohenKappa(data, { categories: ['c', 'a', 'b'] }).value ?? NaN, 12);
  });
  it('drops units missing either rating', () => {
    const r = defined(
      cohenKappa([
        ['a', 'a'],
        ['b', 'b'],
        ['a', null],
        [null, 'b'],
        ['a', 'b'],
      ]),
    );
    expect(r.units).toBe(3);
  });
});

describe('degenerate margins (Cohen 1960: κ = (p_o − p_e)/(1 − p_e), and p_e = p_o whenever a coder’s margin is one category)', () => {
  it('one unit: kappa and weighted kappa are null with the reason, not 0.00', () => {
    const k = cohenKappa([
      [3, 4],
      [2, null],
    ]);
    expect(k).toMatchObject({ value: null, units: 1 });
    expect(reasonOf(k)).toBe(
      'kappa needs at least two units: with one, chance agreement equals observed agreement by construction',
    );
    const w = weightedKappa([[3, 4]], { weights: 'quadratic', categories: [1, 2, 3, 4, 5] });
    expect(w).toMatchObject({ value: null, units: 1 });
    expect(reasonOf(w)).toMatch(/at least two units/);
  });

  it('a coder who used a single category: null with the reason (not κ 0.00 with interval [0.00, 0.00])', () => {
    // U vs non-U: coder 1 never chose U, coder 2 chose it twice in six.
    const r = cohenKappa([
      ['non-U', 'non-U'],
      ['non-U', 'U'],
      ['non-U', 'non-U'],
      ['non-U', 'U'],
      ['non-U', 'non-U'],
      ['non-U', 'non-U'],
    ]);
    expect(r).toMatchObject({ value: null, units: 6, coders: 2 });
    expect(reasonOf(r)).toBe(
      'coder 1 used a single category, so chance agreement equals observed agreement by construction and kappa says nothing',
    );
    const w = weightedKappa(
      [
        [2, 3],
        [4, 3],
        [5, 3],
      ],
      { weights: 'linear', categories: [1, 2, 3, 4, 5] },
    );
    expect(w.value).toBeNull();
    expect(reasonOf(w)).toMatch(/^coder 2 used a single category/);
    // Both coders on one category that they share: chance agreement is 1 (the existing reason).
    expect(
      reasonOf(
        cohenKappa(
          [
            ['F', 'F'],
            ['F', 'F'],
          ],
          { categories: ['F', 'Ds'] },
        ),
      ),
    ).toMatch(/chance agreement is 1/);
  });
});

describe('undefined cases', () => {
  it('no pairable values, a single category, a third coder', () => {
    expect(
      cohenKappa([
        ['a', null],
        [null, 'b'],
      ]),
    ).toHaveProperty('reason', expect.stringMatching(/pairable/));
    expect(
      cohenKappa([
        ['a', 'a'],
        ['a', 'a'],
      ]),
    ).toHaveProperty('reason', expect.stringMatching(/single category|one category|0\/0/));
    expect(cohenKappa([['a', 'a', 'b']])).toHaveProperty('reason', expect.stringMatching(/two coders/));
    expect(
      weightedKappa(
        [
          [1, 1],
          [1, 1],
        ],
        { weights: 'quadratic' },
      ).value,
    ).toBeNull();
  });
});
