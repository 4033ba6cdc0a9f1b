import { describe, expect, it } from 'vitest';
import {
  firstWords,
  formatIssueTable,
  formatTable,
  median,
  percentile,
  syntheticSpans,
  wordCount,
} from './bench-ui-lib.ts';

const TEXT = Array.from(
  { length: 400 },
  (_, i) => `${i % 2 ? 'R' : 'I'}: line ${i} has a few more words in it for the test`,
).join('\n');

describe('bench-ui helpers', () => {
  it('cuts whole lines with at least the asked number of words', () => {
    const cut = firstWords(TEXT, 500);
    expect(wordCount(cut)).toBeGreaterThanOrEqual(500);
    expect(wordCount(cut)).toBeLessThan(500 + 14);
    expect(TEXT.startsWith(cut)).toBe(true);
  });

  it('makes the same highlights every time, on whole words, inside the text, some overlapping', () => {
    const a = syntheticSpans(TEXT, 300, 26, 7);
    expect(syntheticSpans(TEXT, 300, 26, 7)).toEqual(a);
    expect(a).toHaveLength(300);
    for (const s of a) {
      expect(s.end).toBeGreaterThan(s.start);
      expect(TEXT[s.start]).toMatch(/\S/);
      expect(TEXT[s.end - 1]).toMatch(/\S/);
      expect(s.codeIndex).toBeLessThan(26);
    }
    const overlaps = a.filter((s, i) => i > 0 && s.start < a[i - 1]!.end && s.end > a[i - 1]!.start).length;
    expect(overlaps).toBeGreaterThan(20);
  });

  it('takes nearest-rank percentiles', () => {
    const v = [5, 1, 4, 2, 3];
    expect(median(v)).toBe(3);
    expect(percentile(v, 95)).toBe(5);
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95);
  });

  it('prints PASS/MISS against the target and the ratio to static HTML', () => {
    const t = formatTable([
      { figure: 'fast', value: 10, target: 16, baseline: 5 },
      { figure: 'slow', value: 80, target: 50, baseline: null },
      { figure: 'info', value: 3, target: null, baseline: null },
    ]);
    const [, , fast, slow, info] = t.split('\n');
    expect(fast).toMatch(/10\.0 ms\s+< 16 ms\s+PASS\s+5\.0 ms\s+2\.0×$/);
    expect(slow).toMatch(/MISS/);
    expect(info).not.toMatch(/PASS|MISS/);
  });

  it('prints the issue table with aligned columns and met as yes, NO or a dash', () => {
    const out = formatIssueTable([
      { measure: 'open: interactive', baseline: '290–560 ms', now: '212 ms', target: '< 300 ms', met: true },
      { measure: 'switching (consortium)', baseline: '746 ms', now: '320 ms', target: '< 300 ms', met: false },
      { measure: 'not measured', baseline: '—', now: '—', target: '< 1 s', met: null },
    ]).split('\n');
    expect(out[0]).toMatch(/^measure +baseline \(today\) +now +target +met\?$/);
    expect(out[1]).toMatch(/^-+( +-+){4}$/);
    expect(out[2]).toMatch(/ yes$/);
    expect(out[3]).toMatch(/ NO$/);
    expect(out[4]).toMatch(/ —$/);
    // Every column starts at the same place on every line.
    const col = out[0]!.indexOf('now');
    expect(out[2]!.slice(col, col + 6)).toBe('212 ms');
    expect(out[3]!.slice(col, col + 6)).toBe('320 ms');
  });
});
