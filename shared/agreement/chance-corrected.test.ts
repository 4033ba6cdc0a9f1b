import { describe, expect, it } from 'vitest';
import { brennanPrediger } from './brennan-prediger.ts';
import { fleissKappa } from './fleiss-kappa.ts';
import { gwetAC1 } from './gwet-ac1.ts';
import { percentAgreement } from './percent-agreement.ts';
import { FLEISS_1971, IRRCAC_CONT3X3, KRIPPENDORFF_2011, tableToRatings } from './published-data.ts';
import { scottPi } from './scott-pi.ts';
import type { AgreementResult, DefinedResult } from './types.ts';

function defined(r: AgreementResult): DefinedResult {
  if (r.value === null) throw new Error(`expected a value, got null: ${r.reason}`);
  return r;
}

describe("Fleiss' kappa — published worked examples", () => {
  it('Fleiss (1971) 30 patients × 6 psychiatrists × 5 diagnoses: kappa = 0.430 (irr::kappam.fleiss(diagnoses) = 0.4302445)', () => {
    const r = defined(fleissKappa(FLEISS_1971));
    expect(r.value).toBeCloseTo(0.43, 3);
    expect(r.value).toBeCloseTo(0.4302445, 7);
    expect(r.units).toBe(30);
    expect(r.coders).toBe(6);
  });
  it('irr::kappam.fleiss(diagnoses): z = 17.65183 under H0 (Fleiss, Nee & Landis 1979 null SE)', () => {
    const r = defined(fleissKappa(FLEISS_1971));
    const h0 = r.details?.nullHypothesis as { z: number; se: number };
    expect(h0.z).toBeCloseTo(17.65183, 4);
    expect(h0.z).toBeCloseTo(17.7, 1);
  });
  it('irrCAC README, fleiss.kappa.raw(cac.raw4raters) with missing data (Gwet 2014): kappa = 0.76117, pe = 0.2387153, se = 0.15302, CI (0.424, 1)', () => {
    const r = defined(fleissKappa(KRIPPENDORFF_2011));
    expect(r.value).toBeCloseTo(0.76117, 5);
    expect(r.details?.pe).toBeCloseTo(0.2387153, 7);
    expect(r.details?.pa).toBeCloseTo(0.8181818, 7);
    expect(r.se).toBeCloseTo(0.15302, 5);
    expect(r.ci?.lower).toBeCloseTo(0.424, 3);
    expect(r.ci?.upper).toBe(1);
    // Incomplete data: the constant-m null-hypothesis test does not apply and is not reported.
    expect(r.details?.nullHypothesis).toBeUndefined();
  });
  it('irrCAC README, fleiss.kappa.dist(distrib.6raters) (Fleiss 1971, first 15 patients): 0.4139265, se 0.08119291, CI (0.24, 0.588)', () => {
    const r = defined(fleissKappa(FLEISS_1971.slice(0, 15)));
    expect(r.value).toBeCloseTo(0.4139265, 7);
    expect(r.se).toBeCloseTo(0.08119291, 8);
    expect(r.ci?.lower).toBeCloseTo(0.24, 2);
    expect(r.ci?.upper).toBeCloseTo(0.588, 3);
  });
});

describe("Gwet's AC1, Brennan–Prediger, percent agreement — published worked examples", () => {
  it('irrCAC README, gwet.ac1.raw(cac.raw4raters): AC1 = 0.77544, pe = 0.1903212, se = 0.14295, CI (0.461, 1)', () => {
    const r = defined(gwetAC1(KRIPPENDORFF_2011));
    expect(r.value).toBeCloseTo(0.77544, 5);
    expect(r.details?.pe).toBeCloseTo(0.1903212, 7);
    expect(r.se).toBeCloseTo(0.14295, 5);
    expect(r.ci?.lower).toBeCloseTo(0.461, 3);
    expect(r.ci?.upper).toBe(1);
  });
  it('irrCAC README, bp.coeff.raw(cac.raw4raters): BP = 0.77273, pe = 0.2, se = 0.14472, CI (0.454, 1)', () => {
    const r = defined(brennanPrediger(KRIPPENDORFF_2011));
    expect(r.value).toBeCloseTo(0.77273, 5);
    expect(r.details?.pe).toBeCloseTo(0.2, 10);
    expect(r.se).toBeCloseTo(0.14472, 5);
    expect(r.ci?.lower).toBeCloseTo(0.454, 3);
  });
  it('irrCAC README, pa.coeff.raw(cac.raw4raters): percent agreement = 0.8181818, se = 0.12561, CI (0.542, 1)', () => {
    const r = defined(percentAgreement(KRIPPENDORFF_2011));
    expect(r.value).toBeCloseTo(0.8181818, 7);
    expect(r.se).toBeCloseTo(0.12561, 5);
    expect(r.ci?.lower).toBeCloseTo(0.542, 3);
    expect(r.ci?.upper).toBe(1);
    expect(r.units).toBe(12);
    expect(r.details?.pairableUnits).toBe(11);
  });
  it('irrCAC README, gwet.ac1.dist(distrib.6raters): AC1 = 0.4448007, se = 0.08418757, CI (0.264, 0.625)', () => {
    const r = defined(gwetAC1(FLEISS_1971.slice(0, 15)));
    expect(r.value).toBeCloseTo(0.4448007, 7);
    expect(r.se).toBeCloseTo(0.08418757, 8);
    expect(r.ci?.lower).toBeCloseTo(0.264, 3);
    expect(r.ci?.upper).toBeCloseTo(0.625, 3);
  });
  it('irrCAC README, bp.coeff.dist(distrib.6raters): BP = 0.4388889, se = 0.08312142, CI (0.261, 0.617)', () => {
    const r = defined(brennanPrediger(FLEISS_1971.slice(0, 15)));
    expect(r.value).toBeCloseTo(0.4388889, 7);
    expect(r.se).toBeCloseTo(0.08312142, 8);
    expect(r.ci?.lower).toBeCloseTo(0.261, 3);
  });
  it('Fleiss (1971) first 15 patients: percent agreement p_a = 0.5511111 (irrCAC README)', () => {
    expect(percentAgreement(FLEISS_1971.slice(0, 15)).value).toBeCloseTo(0.5511111, 7);
  });
  it("irrCAC README, two-rater tables (cont3x3abstractors): Scott's pi 0.7962397, AC1 0.8493305, BP 0.835, percent agreement 0.89", () => {
    const rows = tableToRatings(IRRCAC_CONT3X3, ['Ectopic', 'AIU', 'NIU']);
    const pi = defined(scottPi(rows));
    expect(pi.value).toBeCloseTo(0.7962397, 7);
    expect(gwetAC1(rows).value).toBeCloseTo(0.8493305, 7);
    expect(brennanPrediger(rows).value).toBeCloseTo(0.835, 10);
    expect(percentAgreement(rows).value).toBeCloseTo(0.89, 10);
    // The raw-data variance divides by n(n−1) where irrCAC's table functions divide by n², so the
    // standard errors differ by exactly sqrt(n/(n−1)); pi's printed table SE is 0.05905473.
    expect((pi.se as number) / Math.sqrt(100 / 99)).toBeCloseTo(0.05905473, 6);
  });
});

describe('category set dependence', () => {
  it('Brennan–Prediger and AC1 change when unused categories are declared; Fleiss does not', () => {
    const data = [
      ['a', 'a'],
      ['a', 'b'],
      ['b', 'b'],
      ['a', 'a'],
    ];
    const full = { categories: ['a', 'b', 'c', 'd'] };
    expect(brennanPrediger(data).value).not.toBeCloseTo(brennanPrediger(data, full).value ?? 0, 6);
    expect(gwetAC1(data).value).not.toBeCloseTo(gwetAC1(data, full).value ?? 0, 6);
    expect(fleissKappa(data).value).toBeCloseTo(fleissKappa(data, full).value ?? 0, 12);
  });
});

describe('undefined cases return null with a reason', () => {
  it('no unit rated twice', () => {
    for (const f of [fleissKappa, gwetAC1, brennanPrediger, percentAgreement]) {
      const r = f([
        ['a', null],
        [null, 'b'],
      ]);
      expect(r.value).toBeNull();
      expect(r).toHaveProperty('reason', expect.stringMatching(/pairable/));
    }
  });
  it('a single category: Fleiss, AC1 and BP are 0/0', () => {
    const data = [
      ['x', 'x', 'x'],
      ['x', 'x', null],
    ];
    for (const f of [fleissKappa, gwetAC1, brennanPrediger]) {
      const r = f(data);
      expect(r.value).toBeNull();
      expect(r).toHaveProperty('reason', expect.stringMatching(/category/));
    }
    expect(percentAgreement(data).value).toBe(1);
  });
  it("Scott's pi refuses a third coder and has no value without complete pairs", () => {
    expect(scottPi([['a', 'b', 'c']]).value).toBeNull();
    expect(
      scottPi([
        ['a', null],
        [null, 'b'],
      ]).value,
    ).toBeNull();
  });
  it('agreement exactly at chance is reported as 0, not a rounding residue like -8.3e-17', () => {
    const data = [
      ['a', 'a'],
      ['a', 'b'],
      ['b', 'a'],
      ['b', 'b'],
      ['c', 'c'],
      ['c', 'a'],
      ['a', 'c'],
      ['b', 'c'],
      ['c', 'b'],
    ];
    for (const f of [fleissKappa, scottPi, brennanPrediger, gwetAC1])
      expect(Object.is(f(data).value, 0), f.name).toBe(true);
  });
  it('a single unit gives a value but no standard error (n − 1 = 0)', () => {
    const r = defined(fleissKappa([['a', 'b', 'a']]));
    expect(r.value).toBeCloseTo(-0.5, 12); // p_a = 1/3, p_e = 5/9
    expect(r.se).toBeUndefined();
    expect(r.ci).toBeUndefined();
  });
});
