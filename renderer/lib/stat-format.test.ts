import { describe, expect, it } from 'vitest';
import { ciText, num, pct, reasonText, warningLabel } from './stat-format.ts';

describe('dashboard number formatting', () => {
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
});
