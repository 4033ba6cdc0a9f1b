import { describe, expect, it } from 'vitest';
import {
  codesWithData,
  formatInterval as ciText,
  formatNumber as num,
  formatPercent as pct,
  formatPValue,
  formatStatistic,
  reasonText,
  warningLabel,
  warningText,
} from './format.ts';

describe('statistic formatting (dashboard, reports, CLI)', () => {
  it('never shows NaN or Infinity: a dash instead', () => {
    expect(num(Number.NaN)).toBe('—');
    expect(num(Number.POSITIVE_INFINITY)).toBe('—');
    expect(num(null)).toBe('—');
    expect(pct(Number.NaN)).toBe('—');
  });
  it('rounds to fixed digits and shows a rounded negative zero as 0', () => {
    expect(num(0.5)).toBe('0.50');
    expect(num(-0.001)).toBe('0.00');
    expect(num(1 / 3, 3)).toBe('0.333');
    expect(pct(2 / 3)).toBe('66.7%');
  });
  it('gives a confidence interval only when there is one', () => {
    expect(ciText({ ci: { lower: 0.1234, upper: 0.9, method: 'x' } })).toBe('[0.12, 0.90]');
    expect(ciText({ ci: null })).toBe('');
  });
  it('explains a null statistic with its reason', () => {
    expect(reasonText({ value: null, reason: 'all ratings identical' })).toBe('all ratings identical');
    expect(reasonText({ value: null, reason: null })).toBe('not defined for these data');
    expect(reasonText({ value: 0.4, reason: null })).toBeNull();
  });
  it('labels small-n warnings by severity', () => {
    expect(warningLabel({ severity: 'too-few', n: 3 })).toBe('too few');
    expect(warningLabel({ severity: 'small', n: 12 })).toBe('small n');
  });
  it('reports say n/a where screens show a dash, and give a null statistic its reason', () => {
    expect(num(null, 2, 'n/a')).toBe('n/a');
    expect(formatStatistic({ value: null, reason: 'one unit', n: 1, ci: null } as never)).toBe('n/a (one unit)');
    expect(
      formatStatistic({ value: 0.712, reason: null, n: 9, ci: { lower: 0.3, upper: 0.93, method: 'x' } } as never),
    ).toBe('0.71 [0.30, 0.93]');
    expect(warningText({ severity: 'too-few', n: 5 } as never)).toBe('! too few (n=5)');
    expect(warningText(null)).toBe('');
  });
  it('prints p-values with 3 significant digits, never a tiny one as zero', () => {
    expect(formatPValue(0.00001234)).toBe('1.23e-5');
    expect(formatPValue(0.0312)).toBe('0.0312');
    expect(formatPValue(0.9518317241493333)).toBe('0.952');
    expect(formatPValue(1.2441921148543639e-15)).toBe('1.24e-15');
    expect(formatPValue(0.00012345)).toBe('0.000123');
    expect(formatPValue(0)).toBe('< 1e-300');
    expect(formatPValue(1)).toBe('1.00');
    expect(formatPValue(null)).toBe('—');
  });
  it('lists only codes with data', () => {
    const code = (n: number, a: number, b: number) => ({ alphaU: { n }, overlap: { spansA: a, spansB: b } }) as never;
    expect(codesWithData([code(0, 0, 0), code(2, 0, 0), code(0, 1, 0)])).toHaveLength(2);
  });
});
