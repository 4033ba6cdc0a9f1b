import { describe, expect, it } from 'vitest';
import { mulberry32 } from './prng.ts';
import { matchSpans, spanOverlap } from './span-overlap.ts';
import type { Span } from './spans.ts';

describe('matched-span overlap', () => {
  it('matches one-to-one at the Jaccard threshold and reports precision, recall and F1', () => {
    const spans = [
      { coder: 'A', start: 0, end: 10, category: 'x' },
      { coder: 'A', start: 20, end: 30, category: 'x' },
      { coder: 'A', start: 50, end: 60, category: 'y' },
      { coder: 'B', start: 0, end: 12, category: 'x' }, // Jaccard 10/12 ≥ .5: match
      { coder: 'B', start: 25, end: 40, category: 'x' }, // Jaccard 5/20 < .5: no match
      { coder: 'B', start: 50, end: 60, category: 'z' }, // other category: no match
    ];
    const r = spanOverlap(spans, { threshold: 0.5 });
    expect(r.pairs).toHaveLength(1);
    const p = r.pairs[0];
    expect(p).toMatchObject({ coderA: 'A', coderB: 'B', matched: 1, spansA: 3, spansB: 3 });
    expect(p?.precision).toBeCloseTo(1 / 3, 12);
    expect(p?.recall).toBeCloseTo(1 / 3, 12);
    expect(p?.f1).toBeCloseTo(1 / 3, 12);
    expect(r.byCategory.x).toMatchObject({ matched: 1, spansA: 2, spansB: 2 });
    expect(spanOverlap(spans, { threshold: 0.2 }).overall.matched).toBe(2);
  });
  it('each span is used once, greedily by best overlap', () => {
    const a = [{ coder: 'A', start: 0, end: 10, category: 'x' }];
    const b = [
      { coder: 'B', start: 0, end: 10, category: 'x' },
      { coder: 'B', start: 1, end: 10, category: 'x' },
    ];
    expect(matchSpans(a, b, 0.5)).toBe(1);
  });
  it('identical highlights give F1 = 1; no spans give null, not NaN', () => {
    const s = [
      { coder: 'A', start: 3, end: 9, category: 'x' },
      { coder: 'B', start: 3, end: 9, category: 'x' },
    ];
    expect(spanOverlap(s).overall.f1).toBe(1);
    const none = spanOverlap([], { coders: ['A', 'B'] });
    expect(none.overall.f1).toBeNull();
    expect(none.pairs[0]?.precision).toBeNull();
  });
  it('rejects a bad threshold or spans outside the continuum with a reason', () => {
    expect(spanOverlap([], { threshold: 0 }).reason).toMatch(/threshold/);
    expect(spanOverlap([{ coder: 'A', start: 0, end: 20, category: 'x' }], { length: 10 }).reason).toMatch(/outside/);
  });
});

describe('matchSpans', () => {
  /** Every pair compared, b sorted by a copy: the matching read literally. */
  function literal(a: Span[], b: Span[], threshold: number): number {
    const bs = [...b].sort((x, y) => x.start - y.start);
    const c: Array<{ i: number; j: number; score: number }> = [];
    a.forEach((s, i) =>
      bs.forEach((t, j) => {
        const inter = Math.min(s.end, t.end) - Math.max(s.start, t.start);
        const score = inter / (Math.max(s.end, t.end) - Math.min(s.start, t.start));
        if (inter > 0 && score >= threshold) c.push({ i, j, score });
      }),
    );
    c.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
    const usedA = new Set<number>();
    const usedB = new Set<number>();
    for (const x of c)
      if (!usedA.has(x.i) && !usedB.has(x.j)) {
        usedA.add(x.i);
        usedB.add(x.j);
      }
    return usedA.size;
  }

  it('matches as many spans as comparing every pair does, sorted or not, with long spans over short ones', () => {
    const rnd = mulberry32(11);
    const spans = (coder: string): Span[] =>
      Array.from({ length: Math.floor(rnd() * 25) }, () => {
        const start = Math.floor(rnd() * 300);
        const len = rnd() < 0.2 ? 80 + Math.floor(rnd() * 200) : 1 + Math.floor(rnd() * 30);
        return { coder, category: 'k', start, end: start + len };
      });
    for (let k = 0; k < 400; k++) {
      const a = spans('A');
      const b = spans('B');
      if (k % 2) b.sort((x, y) => x.start - y.start);
      for (const threshold of [0.2, 0.5, 0.9])
        expect(matchSpans(a, b, threshold), `case ${k}`).toBe(literal(a, b, threshold));
    }
  });
});
