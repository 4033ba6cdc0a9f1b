import { describe, expect, it } from 'vitest';
import { icc, ICC_FORMS, type IccForm } from './icc.ts';
import { IRR_ANXIETY, MCGRAW_WONG_1996, SHROUT_FLEISS_1979 } from './published-data.ts';
import type { AgreementResult, DefinedResult } from './types.ts';

function defined(r: AgreementResult): DefinedResult {
  if (r.value === null) throw new Error(`expected a value, got null: ${r.reason}`);
  return r;
}
type FTest = { F: number; df1: number; df2: number; p: number };

describe('ICC — Shrout & Fleiss (1979) Table 2 (6 targets × 4 judges)', () => {
  const printed: Record<IccForm, number> = {
    '1,1': 0.17,
    '2,1': 0.29,
    '3,1': 0.71,
    '1,k': 0.44,
    '2,k': 0.62,
    '3,k': 0.91,
  };
  for (const form of ICC_FORMS) {
    it(`Shrout & Fleiss (1979) Table 4: ICC(${form}) = ${printed[form].toFixed(2)}`, () => {
      const r = defined(icc(SHROUT_FLEISS_1979, { form }));
      expect(r.value).toBeCloseTo(printed[form], 2);
      expect(r.units).toBe(6);
      expect(r.coders).toBe(4);
    });
  }
  it('psych::ICC / DescTools::ICC on the same data, three decimals: .166 .290 .715 .443 .620 .909', () => {
    const v = ICC_FORMS.map((form) => icc(SHROUT_FLEISS_1979, { form }).value);
    expect(v[0]).toBeCloseTo(0.166, 3);
    expect(v[1]).toBeCloseTo(0.29, 3);
    expect(v[2]).toBeCloseTo(0.715, 3);
    expect(v[3]).toBeCloseTo(0.443, 3);
    expect(v[4]).toBeCloseTo(0.62, 3);
    expect(v[5]).toBeCloseTo(0.909, 3);
  });
  it('F tests: one-way F(5, 18) = 1.79, p = .165; two-way F(5, 15) = 11.03, p = .00013', () => {
    const one = defined(icc(SHROUT_FLEISS_1979, { form: '1,1' })).details?.fTest as FTest;
    expect(one.F).toBeCloseTo(1.795, 3);
    expect([one.df1, one.df2]).toEqual([5, 18]);
    expect(one.p).toBeCloseTo(0.16477, 5);
    const two = defined(icc(SHROUT_FLEISS_1979, { form: '2,1' })).details?.fTest as FTest;
    expect(two.F).toBeCloseTo(11.027, 3);
    expect([two.df1, two.df2]).toEqual([5, 15]);
    expect(two.p).toBeCloseTo(0.00013, 5);
  });
  it('McGraw & Wong names are reported with each form', () => {
    expect(defined(icc(SHROUT_FLEISS_1979, { form: '2,1' })).details?.mcGrawWong).toBe('ICC(A,1)');
    expect(defined(icc(SHROUT_FLEISS_1979, { form: '3,k' })).details?.mcGrawWong).toBe('ICC(C,k)');
    expect(defined(icc(SHROUT_FLEISS_1979, { form: '1,1' })).details?.mcGrawWong).toBe('ICC(1)');
  });
});

describe('ICC confidence intervals', () => {
  it('psych::ICC(anxiety) (irr anxiety data, 20 × 3): all six estimates and 95% bounds to 6 decimals', () => {
    // Printed by psych::ICC; irr::icc gives ICC(A,1) = 0.198, 95% CI -0.039 < ICC < 0.494.
    const expected: Record<IccForm, [number, number, number]> = {
      '1,1': [0.1750225, -0.0774465, 0.4843362],
      '2,1': [0.1979983, -0.03891068, 0.493574],
      '3,1': [0.2160493, -0.04625793, 0.522259],
      '1,k': [0.3889259, -0.27492318, 0.7380652],
      '2,k': [0.4254988, -0.12658288, 0.7451493],
      '3,k': [0.4525861, -0.15292145, 0.7663308],
    };
    for (const form of ICC_FORMS) {
      const r = defined(icc(IRR_ANXIETY, { form }));
      const [v, lo, hi] = expected[form];
      expect(r.value).toBeCloseTo(v, 6);
      expect(r.ci?.lower).toBeCloseTo(lo, 6);
      expect(r.ci?.upper).toBeCloseTo(hi, 6);
    }
  });
  it('psych::ICC on McGraw & Wong (1996) Table 6 data (10 × 2): estimates, F and 95% bounds to 3 decimals', () => {
    const expected: Record<IccForm, [number, number, number, number]> = {
      '1,1': [0.722, 0.241, 0.922, 6.18],
      '2,1': [0.72, 0.228, 0.922, 6.0],
      '3,1': [0.714, 0.197, 0.92, 6.0],
      '1,k': [0.838, 0.389, 0.959, 6.18],
      '2,k': [0.837, 0.371, 0.959, 6.0],
      '3,k': [0.833, 0.329, 0.959, 6.0],
    };
    for (const form of ICC_FORMS) {
      const r = defined(icc(MCGRAW_WONG_1996, { form }));
      const [v, lo, hi, F] = expected[form];
      expect(r.value).toBeCloseTo(v, 3);
      expect(r.ci?.lower).toBeCloseTo(lo, 3);
      expect(r.ci?.upper).toBeCloseTo(hi, 3);
      expect((r.details?.fTest as FTest).F).toBeCloseTo(F, 2);
    }
  });
});

describe('ICC undefined cases and missing data', () => {
  it('zero variance: null with a reason', () => {
    const r = icc(
      [
        [3, 3],
        [3, 3],
        [3, 3],
      ],
      { form: '2,1' },
    );
    expect(r.value).toBeNull();
    expect(r).toHaveProperty('reason', expect.stringMatching(/variance/));
  });
  it('identical units whose coders differ by constant offsets: null in every column order, never a rounding residue', () => {
    // fast-check counterexample from CI: [1,3,3] gave MSR ≈ 1e-16 where [3,3,1] gave exactly 0.
    for (const row of [
      [3, 3, 1],
      [1, 3, 3],
      [3, 1, 3],
    ]) {
      for (const form of ['3,1', '3,k'] as const) {
        const r = icc([row, row], { form });
        expect(r.value).toBeNull();
        expect(r).toHaveProperty('reason', expect.stringMatching(/no variance between units/));
      }
      // One-way forms see the within-unit spread: ICC(1,1) = -1/(k-1) exactly.
      expect(icc([row, row], { form: '1,1' }).value).toBeCloseTo(-0.5, 12);
    }
  });
  it('fewer than two complete units, or one coder: null', () => {
    expect(
      icc(
        [
          [1, 2],
          [3, null],
        ],
        { form: '1,1' },
      ).value,
    ).toBeNull();
    expect(icc([[1], [2], [3]], { form: '3,1' }).value).toBeNull();
  });
  it('non-numeric values: null naming the unit and coder', () => {
    expect(
      icc(
        [
          [1, 2],
          [3, 'x'],
        ],
        { form: '1,1' },
      ),
    ).toHaveProperty('reason', expect.stringMatching(/unit 2, coder 2/));
  });
  it('units with a missing rating are dropped (listwise) and counted', () => {
    const withMissing = [...SHROUT_FLEISS_1979, [5, null, 4, 3]];
    const r = defined(icc(withMissing, { form: '2,1' }));
    expect(r.value).toBeCloseTo(defined(icc(SHROUT_FLEISS_1979, { form: '2,1' })).value, 12);
    expect(r.details?.unitsDroppedForMissingValues).toBe(1);
  });
});
