import { describe, expect, it } from 'vitest';
import { csvCell, neutralizeFormula, restoreFormula } from './csv-cell.ts';

describe('CSV cells (OWASP CSV injection)', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['+1+cmd|x', "'+1+cmd|x"],
    ['-2+3+cmd', "'-2+3+cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ["'=1", "''=1"],
  ])('prefixes a formula-looking text %j with a quote mark', (input, out) => {
    expect(neutralizeFormula(input)).toBe(out);
    expect(restoreFormula(out)).toBe(input);
  });

  it.each(['-3', '-0.5', '+2', '1e-3', '-.5', 'Ada', 'F3', "'quoted", ''])('leaves %j as it is', (s) => {
    expect(neutralizeFormula(s)).toBe(s);
    expect(restoreFormula(s)).toBe(s);
  });

  it('quotes after neutralising, and keeps numbers numbers', () => {
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });
});
