import { describe, expect, it } from 'vitest';
import { cohenKappa, weightedKappa } from './cohen-kappa.ts';
import { fleissKappa } from './fleiss-kappa.ts';
import { gwetAC1 } from './gwet-ac1.ts';
import { percentAgreement } from './percent-agreement.ts';
import { IRRCAC_CONT3X3, tableToRatings } from './published-data.ts';
import { ZERO_SE_NOTE, type AgreementResult } from './types.ts';

const FULL: number[][] = [
  [1, 1, 1],
  [2, 2, 2],
  [3, 3, 3],
  [1, 1, 1],
  [2, 2, 2],
];

function expectNoInterval(r: AgreementResult): void {
  expect(r.value).not.toBeNull();
  if (r.value === null) return;
  expect(r.se).toBe(0);
  expect(r.ci).toBeUndefined();
  expect(r.details?.ciNote).toBe(ZERO_SE_NOTE);
}

describe('a standard error of 0 gives no interval, with the reason (a zero-width interval claims certainty)', () => {
  it('5 units × 3 coders in full agreement: Fleiss’ kappa, percent agreement and AC1 are 1 with SE 0 and no [1, 1]', () => {
    expectNoInterval(fleissKappa(FULL));
    expectNoInterval(percentAgreement(FULL));
    expectNoInterval(gwetAC1(FULL));
  });
  it('linear weighted kappa = 0 with SE 0 on 8/6, 6/3, 6/5 gives no [0, 0]', () => {
    const r = weightedKappa(
      [
        [8, 6],
        [6, 3],
        [6, 5],
      ],
      { weights: 'linear' },
    );
    expect(r.value).toBe(0);
    expectNoInterval(r);
  });
  it('a positive standard error still gives the interval (irrCAC cont3x3abstractors: kappa 0.7964094, se 0.05891072)', () => {
    const r = cohenKappa(tableToRatings(IRRCAC_CONT3X3, ['Ectopic', 'AIU', 'NIU']));
    expect(r.value === null ? null : r.ci?.lower).toBeCloseTo(0.7964094 - 1.959964 * 0.05891072, 5);
  });
});

describe("Cohen's kappa: largest kappa the marginals allow, and specific agreement", () => {
  it('Cohen (1960): kappa_max = (Σ min(p_i., p_.i) − p_e)/(1 − p_e); irrCAC cont3x3abstractors gives (0.13 + 0.24 + 0.60 − p_e)/(1 − p_e)', () => {
    const r = cohenKappa(tableToRatings(IRRCAC_CONT3X3, ['Ectopic', 'AIU', 'NIU']));
    const pe = r.details?.pe as number;
    // Row totals 13, 27, 60; column totals 13, 24, 63.
    expect(pe).toBeCloseTo((13 * 13 + 27 * 24 + 60 * 63) / 10000, 12);
    expect(r.details?.maxKappa as number).toBeCloseTo((0.13 + 0.24 + 0.6 - pe) / (1 - pe), 12);
  });
  it('specific agreement 2n_kk/(n_k. + n_.k) per category (Fleiss 1975): Ectopic 1, AIU 40/51, NIU 112/123', () => {
    const cats = ['Ectopic', 'AIU', 'NIU'];
    const r = cohenKappa(tableToRatings(IRRCAC_CONT3X3, cats), { categories: cats });
    const s = r.details?.specificAgreement as number[];
    expect(s[0]).toBe(1);
    expect(s[1]).toBeCloseTo(40 / 51, 12);
    expect(s[2]).toBeCloseTo(112 / 123, 12);
  });
});
