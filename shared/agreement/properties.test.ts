// Property-based tests (fast-check) of the invariants every agreement statistic must keep.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brennanPrediger } from './brennan-prediger.ts';
import { cohenKappa, weightedKappa } from './cohen-kappa.ts';
import { fleissKappa } from './fleiss-kappa.ts';
import { gwetAC1 } from './gwet-ac1.ts';
import { gwetAC2 } from './gwet-ac2.ts';
import { icc, ICC_FORMS } from './icc.ts';
import { krippendorffAlpha, type AlphaLevel } from './krippendorff-alpha.ts';
import { hubertKappa, lightKappa } from './multi-rater-kappa.ts';
import { percentAgreement } from './percent-agreement.ts';
import { scottPi } from './scott-pi.ts';
import { spanOverlap } from './span-overlap.ts';
import { unitizingAlpha } from './unitizing-alpha.ts';
import type { AgreementResult, RatingCell } from './types.ts';
import { WEIGHT_KINDS } from './weights.ts';

const LEVELS: AlphaLevel[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** Ratings matrices: `units` × `coders`, values 1..q, some missing. */
const matrix = (opts: { coders?: fc.Arbitrary<number>; q?: number; missing?: boolean } = {}) =>
  (opts.coders ?? fc.integer({ min: 2, max: 5 })).chain((m) =>
    fc.array(
      fc.array(
        opts.missing === false
          ? fc.integer({ min: 1, max: opts.q ?? 4 })
          : fc.option(fc.integer({ min: 1, max: opts.q ?? 4 }), { nil: null, freq: 4 }),
        {
          minLength: m,
          maxLength: m,
        },
      ),
      { minLength: 1, maxLength: 25 },
    ),
  );

/** Matrices with perfect agreement and at least two distinct values across units. */
const perfect = fc
  .tuple(fc.integer({ min: 2, max: 5 }), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 20 }))
  .filter(([, vals]) => new Set(vals).size >= 2)
  .map(([m, vals]) => vals.map((v) => Array.from({ length: m }, () => v)));

function assertWellFormed(r: AgreementResult): void {
  expect(Number.isInteger(r.units)).toBe(true);
  expect(Number.isInteger(r.coders)).toBe(true);
  if (r.value === null) {
    expect(typeof r.reason).toBe('string');
    expect(r.reason.length).toBeGreaterThan(0);
    return;
  }
  expect(Number.isFinite(r.value)).toBe(true);
  if (r.se !== undefined) expect(Number.isFinite(r.se)).toBe(true);
  if (r.ci) {
    expect(Number.isFinite(r.ci.lower)).toBe(true);
    expect(Number.isFinite(r.ci.upper)).toBe(true);
    expect(r.ci.lower).toBeLessThanOrEqual(r.ci.upper);
  }
}

const renameMap = (v: RatingCell, perm: readonly string[]): RatingCell =>
  v === null || v === undefined ? null : (perm[(v as number) - 1] as string);

describe('perfect agreement gives 1', () => {
  it('for every nominal and metric coefficient', () => {
    fc.assert(
      fc.property(perfect, (data) => {
        for (const level of LEVELS) expect(krippendorffAlpha(data, { level }).value).toBeCloseTo(1, 12);
        for (const f of [fleissKappa, gwetAC1, brennanPrediger, percentAgreement])
          expect(f(data).value).toBeCloseTo(1, 12);
        const two = data.map((r) => r.slice(0, 2));
        expect(cohenKappa(two).value).toBeCloseTo(1, 12);
        expect(weightedKappa(two, { weights: 'quadratic' }).value).toBeCloseTo(1, 12);
        expect(scottPi(two).value).toBeCloseTo(1, 12);
        for (const form of ICC_FORMS) expect(icc(data, { form }).value).toBeCloseTo(1, 12);
      }),
    );
  });
});

describe('nominal statistics do not depend on category names or coder order', () => {
  it('renaming categories (a bijection) changes nothing', () => {
    fc.assert(
      fc.property(
        matrix(),
        fc.shuffledSubarray(['p', 'q', 'r', 's', 't', 'u'], { minLength: 4, maxLength: 4 }),
        (data, perm) => {
          const renamed = data.map((row) => row.map((v) => renameMap(v, perm)));
          const same = (a: AgreementResult, b: AgreementResult): void => {
            expect(a.value === null).toBe(b.value === null);
            if (a.value !== null && b.value !== null) expect(a.value).toBeCloseTo(b.value, 10);
          };
          same(krippendorffAlpha(data), krippendorffAlpha(renamed));
          for (const f of [fleissKappa, gwetAC1, brennanPrediger, percentAgreement]) same(f(data), f(renamed));
          const two = data.map((r) => r.slice(0, 2));
          const twoRenamed = renamed.map((r) => r.slice(0, 2));
          same(cohenKappa(two), cohenKappa(twoRenamed));
          same(scottPi(two), scottPi(twoRenamed));
        },
      ),
    );
  });
  it('reordering coders changes nothing (alpha at every level, multi-rater kappas, ICC)', () => {
    fc.assert(
      fc.property(
        matrix().chain((d) =>
          fc.tuple(
            fc.constant(d),
            fc.shuffledSubarray([...Array((d[0] ?? []).length).keys()], {
              minLength: (d[0] ?? []).length,
              maxLength: (d[0] ?? []).length,
            }),
          ),
        ),
        ([data, order]) => {
          const permuted = data.map((row) => order.map((i) => row[i] ?? null));
          for (const level of LEVELS) {
            const a = krippendorffAlpha(data, { level });
            const b = krippendorffAlpha(permuted, { level });
            expect(a.value === null).toBe(b.value === null);
            if (a.value !== null) expect(a.value).toBeCloseTo(b.value as number, 10);
          }
          for (const f of [fleissKappa, gwetAC1, brennanPrediger, percentAgreement, hubertKappa, lightKappa]) {
            const a = f(data);
            const b = f(permuted);
            if (a.value !== null) expect(a.value).toBeCloseTo(b.value as number, 10);
            else expect(b.value).toBeNull();
          }
          for (const form of ICC_FORMS) {
            const a = icc(data, { form });
            const b = icc(permuted, { form });
            if (a.value !== null) expect(a.value).toBeCloseTo(b.value as number, 8);
            else expect(b.value).toBeNull();
          }
          const two = data.map((r) => [r[0] ?? null, r[1] ?? null]);
          const swapped = data.map((r) => [r[1] ?? null, r[0] ?? null]);
          const ka = cohenKappa(two);
          if (ka.value !== null) expect(ka.value).toBeCloseTo(cohenKappa(swapped).value as number, 10);
        },
      ),
    );
  });
});

describe("Krippendorff's alpha", () => {
  it('adding a unit with a single value changes nothing', () => {
    fc.assert(
      fc.property(matrix(), fc.integer({ min: 1, max: 4 }), fc.nat(), (data, v, pos) => {
        const m = (data[0] ?? []).length;
        const lonely: RatingCell[] = Array.from({ length: m }, () => null);
        lonely[pos % m] = v;
        const extended = [...data, lonely];
        for (const level of LEVELS) {
          const a = krippendorffAlpha(data, { level });
          const b = krippendorffAlpha(extended, { level });
          expect(a.value === null).toBe(b.value === null);
          if (a.value !== null) expect(b.value).toBeCloseTo(a.value, 12);
        }
      }),
    );
  });
  it('the coincidence-matrix computation equals the definition by brute-force pair enumeration', () => {
    fc.assert(
      fc.property(matrix({ q: 5 }), fc.constantFrom<AlphaLevel>('nominal', 'interval', 'ratio'), (data, level) => {
        const r = krippendorffAlpha(data, { level });
        // Brute force: D_o over within-unit pairs, D_e over all pairs of pairable values.
        const delta = (a: number, b: number): number =>
          level === 'nominal'
            ? a === b
              ? 0
              : 1
            : level === 'interval'
              ? (a - b) ** 2
              : a + b === 0
                ? 0
                : ((a - b) / (a + b)) ** 2;
        const units = data.map((row) => row.filter((v): v is number => v !== null)).filter((u) => u.length >= 2);
        const all = units.flat();
        const n = all.length;
        let dObs = 0;
        for (const u of units)
          for (let i = 0; i < u.length; i++)
            for (let j = 0; j < u.length; j++)
              if (i !== j) dObs += delta(u[i] as number, u[j] as number) / (u.length - 1);
        let dExp = 0;
        for (let i = 0; i < n; i++)
          for (let j = 0; j < n; j++) if (i !== j) dExp += delta(all[i] as number, all[j] as number);
        dObs /= n;
        dExp /= n * (n - 1);
        if (n < 2 || dExp === 0) expect(r.value).toBeNull();
        else expect(r.value).toBeCloseTo(1 - dObs / dExp, 9);
      }),
    );
  });
});

describe('no statistic ever returns NaN or Infinity', () => {
  it('on arbitrary matrices with missing values, including degenerate ones', () => {
    fc.assert(
      fc.property(matrix({ coders: fc.integer({ min: 1, max: 4 }), q: 3 }), (data) => {
        for (const level of LEVELS) assertWellFormed(krippendorffAlpha(data, { level, bootstrap: { resamples: 20 } }));
        for (const f of [fleissKappa, gwetAC1, brennanPrediger, percentAgreement, hubertKappa, lightKappa])
          assertWellFormed(f(data));
        for (const weights of WEIGHT_KINDS) assertWellFormed(gwetAC2(data, { weights }));
        const two = data.map((r) => [r[0] ?? null, r[1] ?? null]);
        for (const weights of WEIGHT_KINDS) assertWellFormed(weightedKappa(two, { weights }));
        assertWellFormed(cohenKappa(two));
        assertWellFormed(weightedKappa(two, { weights: 'linear' }));
        assertWellFormed(scottPi(two));
        for (const form of ICC_FORMS) assertWellFormed(icc(data, { form }));
      }),
      { numRuns: 200 },
    );
  });
  it('unitizing alpha and span overlap on arbitrary spans', () => {
    const span = fc
      .tuple(
        fc.constantFrom('a', 'b', 'c'),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('x', 'y'),
      )
      .map(([coder, start, len, category]) => ({ coder, start, end: Math.min(100, start + len), category }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (spans) => {
        const r = unitizingAlpha(spans, { length: 100, coders: ['a', 'b', 'c'] });
        assertWellFormed(r.overall);
        for (const c of Object.values(r.categories)) {
          assertWellFormed(c);
          if (c.value !== null) expect(c.value).toBeLessThanOrEqual(1 + 1e-12);
        }
        const o = spanOverlap(spans, { length: 100 });
        for (const v of [o.overall.f1, o.overall.precision, o.overall.recall])
          if (v !== null) expect(Number.isFinite(v)).toBe(true);
      }),
    );
  });
  it('identical unitizations by any number of coders give 1', () => {
    const unit = fc.tuple(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom('x', 'y'));
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 10 }), fc.integer({ min: 2, max: 4 }), (units, m) => {
        const spans = Array.from({ length: m }, (_, i) =>
          units.map(([s, l, c]) => ({ coder: `c${i}`, start: s, end: s + l, category: c })),
        ).flat();
        expect(unitizingAlpha(spans, { length: 100 }).overall.value).toBe(1);
      }),
    );
  });
});

describe("Gwet's AC2 and the multi-rater kappas", () => {
  it('AC2 with identity weights is AC1 (Gwet 2014), value and standard error, on any matrix', () => {
    fc.assert(
      fc.property(matrix(), (data) => {
        const a = gwetAC1(data);
        const b = gwetAC2(data, { weights: 'identity' });
        expect(b.value === null).toBe(a.value === null);
        if (a.value !== null && b.value !== null) {
          expect(b.value).toBeCloseTo(a.value, 12);
          if (a.se !== undefined) expect(b.se).toBeCloseTo(a.se, 12);
        }
      }),
    );
  });
  it("with two coders and complete data, Hubert's and Light's kappas are Cohen's kappa", () => {
    fc.assert(
      fc.property(matrix({ coders: fc.constant(2), missing: false }), (data) => {
        const k = cohenKappa(data);
        for (const f of [hubertKappa, lightKappa]) {
          const r = f(data);
          expect(r.value === null).toBe(k.value === null);
          if (k.value !== null) expect(r.value).toBeCloseTo(k.value, 12);
        }
      }),
    );
  });
});
