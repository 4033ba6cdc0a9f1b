import { describe, expect, it } from 'vitest';
import { matchSpans, spanOverlap } from './span-overlap.ts';

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
