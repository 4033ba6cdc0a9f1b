import { describe, expect, it } from 'vitest';
import { twoSidedP } from './chance-corrected.ts';
import { cohenKappa } from './cohen-kappa.ts';
import { erfc, normalCdf } from './distributions.ts';
import { IRR_ANXIETY } from './published-data.ts';

/** |a − b| / |b|. */
const relErr = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);

// Reference values: CPython's math.erfc (which follows the C library's correctly rounded-to-an-ulp
// erfc), printed with repr; each is the double nearest the true value or one ulp from it.
const ERFC_REFERENCE: Array<[number, number]> = [
  [1e-10, 0.999999999887162],
  [0.1, 0.8875370839817152],
  [0.5, 0.4795001221869535],
  [0.7, 0.32219880616258156],
  [1, 0.15729920705028513],
  [1.5, 0.033894853524689274],
  [1.9, 0.0072095707647425325],
  [2, 0.004677734981047265],
  [2.5, 0.0004069520174449589],
  [3, 2.2090496998585438e-5],
  [4, 1.541725790028002e-8],
  [5, 1.5374597944280351e-12],
  [6, 2.1519736712498916e-17],
  [8, 1.1224297172982928e-29],
  [10, 2.088487583762545e-45],
  [15, 7.212994172451206e-100],
  [20, 5.3958656116079005e-176],
  [26, 5.663192408856143e-296],
];

describe('erfc: 1e-12 relative accuracy over the whole range (reference: CPython math.erfc)', () => {
  it.each(ERFC_REFERENCE)('erfc(%d)', (x, expected) => {
    expect(relErr(erfc(x), expected)).toBeLessThan(1e-12);
  });
  it('erfc(0) = 1, erfc(−x) = 2 − erfc(x), and it underflows to 0 only past the smallest double', () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028513, 15);
    expect(erfc(27)).toBeGreaterThan(0);
    expect(erfc(30)).toBe(0);
  });
  it('Φ is accurate in the lower tail (Φ(−8) = erfc(8/√2)/2 = 6.22e-16)', () => {
    expect(relErr(normalCdf(-8), 1.2441921148543639e-15 / 2)).toBeLessThan(1e-12);
    expect(normalCdf(0)).toBe(0.5);
  });
});

describe('two-sided p-values from erfc', () => {
  it('irr::kappa2(anxiety[,2:3]): z = −0.0604067, p = 0.95183172 (was 0.95183164 with a 1.2e-7 approximation of Φ)', () => {
    const r = cohenKappa(IRR_ANXIETY.map((row) => [row[1] ?? null, row[2] ?? null]));
    const h0 = r.details?.nullHypothesis as { z: number; p: number };
    expect(h0.z).toBeCloseTo(-0.0604067, 7);
    // CPython math.erfc(0.06040669802439587 / √2) = 0.9518317241493333.
    expect(relErr(h0.p, 0.9518317241493333)).toBeLessThan(1e-12);
    expect(h0.p).toBeCloseTo(0.95183172, 8);
  });
  it('z = 8 gives p = 1.24e-15 (not 1.33e-15), z = 8.3 gives 1.04e-16 (not 0), z = 37 gives 1.15e-299', () => {
    expect(relErr(twoSidedP(8), 1.2441921148543639e-15)).toBeLessThan(1e-12);
    expect(relErr(twoSidedP(-8.3), 1.0411139489780573e-16)).toBeLessThan(1e-12);
    expect(relErr(twoSidedP(37), 1.1451142445050278e-299)).toBeLessThan(1e-12);
  });
  it('textbook values: p(1.96) = 0.0499958, p(3.2626) = 0.00110395 (SAS PROC FREQ kappa example)', () => {
    expect(relErr(twoSidedP(1.96), 0.04999579029644087)).toBeLessThan(1e-12);
    expect(relErr(twoSidedP(3.2626), 0.0011039521682493824)).toBeLessThan(1e-12);
  });
});
