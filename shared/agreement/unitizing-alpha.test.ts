import { describe, expect, it } from 'vitest';
import { unitizingAlpha } from './unitizing-alpha.ts';
import type { Span } from './spans.ts';

/** Krippendorff (2004, Content Analysis 2nd ed., p. 254) example; continuum [150, 450) shifted to [0, 300). */
function krippendorff2004(): Span[] {
  const S = (coder: string, begin: number, length: number, category: string): Span => ({
    coder,
    start: begin - 150,
    end: begin - 150 + length,
    category,
  });
  return [
    S('i', 225, 70, 'c'),
    S('i', 370, 30, 'c'),
    S('j', 220, 80, 'c'),
    S('j', 355, 20, 'c'),
    S('j', 400, 20, 'c'),
    S('i', 180, 60, 'k'),
    S('i', 300, 50, 'k'),
    S('j', 180, 60, 'k'),
    S('j', 300, 50, 'k'),
  ];
}

/** Krippendorff (1995, Sociological Methodology 25, p. 57) examples A–D, two coders on 24 units of length, stretched. */
function krippendorff1995(stretch: number): Span[] {
  const T = (begin: number, length: number, coder: string, category: string): Span => ({
    coder,
    category,
    start: Math.trunc(begin * stretch),
    end: Math.trunc(begin * stretch) + Math.trunc(length * stretch),
  });
  return [
    T(2, 8, '0', 'A'),
    T(14, 6, '0', 'A'),
    T(4, 4, '1', 'A'),
    T(15, 2, '1', 'A'),
    T(0, 18, '0', 'B'),
    T(0, 2, '1', 'B'),
    T(2, 1, '1', 'B'),
    T(3, 1, '1', 'B'),
    T(4, 1, '1', 'B'),
    T(5, 1, '1', 'B'),
    T(6, 3, '1', 'B'),
    T(9, 1, '1', 'B'),
    T(2, 6, '0', 'C'),
    T(10, 2, '0', 'C'),
    T(14, 4, '0', 'C'),
    T(20, 2, '0', 'C'),
    T(0, 2, '1', 'C'),
    T(4, 4, '1', 'C'),
    T(10, 4, '1', 'C'),
    T(16, 2, '1', 'C'),
    T(20, 2, '1', 'C'),
    T(0, 2, '0', 'D'),
    T(2, 8, '0', 'D'),
    T(10, 4, '0', 'D'),
    T(14, 6, '0', 'D'),
    T(20, 4, '0', 'D'),
    T(0, 4, '1', 'D'),
    T(4, 4, '1', 'D'),
    T(8, 7, '1', 'D'),
    T(15, 2, '1', 'D'),
    T(17, 7, '1', 'D'),
  ];
}

const D = (r: { details?: Record<string, unknown> }, k: 'observedDisagreement' | 'expectedDisagreement'): number =>
  r.details?.[k] as number;

describe("Krippendorff's unitizing alpha — published examples", () => {
  it('Krippendorff (2004, p. 254) example, category c: D_o = 0.0144, D_e = 0.0532, uα_c = 0.7286 (as reproduced by DKPro Statistics)', () => {
    const r = unitizingAlpha(krippendorff2004(), { length: 300 });
    const c = r.categories.c;
    if (!c || c.value === null) throw new Error('expected a value');
    expect(D(c, 'observedDisagreement')).toBeCloseTo(0.0144, 4);
    expect(D(c, 'expectedDisagreement')).toBeCloseTo(0.0532, 4);
    expect(c.value).toBeCloseTo(0.7286, 4);
  });
  it('Krippendorff (2004, p. 254) example, category k (identical units): D_o = 0, D_e = 0.0490, uα_k = 1', () => {
    const k = unitizingAlpha(krippendorff2004(), { length: 300 }).categories.k;
    if (!k || k.value === null) throw new Error('expected a value');
    expect(D(k, 'observedDisagreement')).toBe(0);
    expect(D(k, 'expectedDisagreement')).toBeCloseTo(0.049, 4);
    expect(k.value).toBe(1);
  });
  it('Krippendorff (2004, p. 254) example, all categories pooled: uα = 0.859', () => {
    const r = unitizingAlpha(krippendorff2004(), { length: 300 });
    expect(r.overall.value).toBeCloseTo(0.859, 3);
    expect(r.overall.units).toBe(9);
    expect(r.overall.coders).toBe(2);
  });
  it('Krippendorff (1995, p. 57) examples A–D: observed disagreements 0.03125, 2.26736, 0.02777, 0.38715 (DKPro Statistics reproduction)', () => {
    const r = unitizingAlpha(krippendorff1995(1), { length: 24 });
    expect(D(r.categories.A as never, 'observedDisagreement')).toBeCloseTo(0.03125, 5);
    expect(D(r.categories.B as never, 'observedDisagreement')).toBeCloseTo(2.26736, 5);
    expect(D(r.categories.C as never, 'observedDisagreement')).toBeCloseTo(0.02777, 4);
    expect(D(r.categories.D as never, 'observedDisagreement')).toBeCloseTo(0.38715, 5);
  });
  it('Krippendorff (1995) examples on a near-continuous scale (×50,000): uα_A ≈ .553, uα_B ≈ −.926, uα_C ≈ .679, uα_D ≈ .066 (±.02, DKPro tolerance)', () => {
    const r = unitizingAlpha(krippendorff1995(50000), { length: 24 * 50000 });
    const expected: Record<string, number> = { A: 0.553, B: -0.926, C: 0.679, D: 0.066 };
    for (const [cat, v] of Object.entries(expected)) {
      const got = r.categories[cat]?.value;
      expect(got).not.toBeNull();
      expect(Math.abs((got as number) - v)).toBeLessThan(0.02);
    }
  });
});

describe('unitizing alpha — invariants and edge cases', () => {
  it('identical unitizations give 1 for every category and overall', () => {
    const base = [
      { start: 10, end: 40, category: 'idealization' },
      { start: 60, end: 90, category: 'passivity' },
      { start: 120, end: 121, category: 'idealization' },
    ];
    const spans = ['a', 'b', 'c'].flatMap((coder) => base.map((s) => ({ ...s, coder })));
    const r = unitizingAlpha(spans, { length: 200 });
    expect(r.overall.value).toBe(1);
    expect(r.categories.idealization?.value).toBe(1);
    expect(r.categories.passivity?.value).toBe(1);
  });
  it('abutting spans of one coder are separate units; overlapping ones are merged', () => {
    const merged = unitizingAlpha(
      [
        { coder: 'a', start: 0, end: 10, category: 'x' },
        { coder: 'a', start: 5, end: 20, category: 'x' },
        { coder: 'b', start: 0, end: 20, category: 'x' },
      ],
      { length: 50 },
    );
    expect(merged.categories.x?.value).toBe(1);
    expect(merged.categories.x?.details?.mergedOverlappingSpans).toBe(1);
    const abutting = unitizingAlpha(
      [
        { coder: 'a', start: 0, end: 10, category: 'x' },
        { coder: 'a', start: 10, end: 20, category: 'x' },
        { coder: 'b', start: 0, end: 20, category: 'x' },
      ],
      { length: 50 },
    );
    expect(abutting.categories.x?.value).toBeLessThan(1);
  });
  it('a coder who marked nothing counts when listed in coders', () => {
    const spans = [
      { coder: 'a', start: 0, end: 10, category: 'x' },
      { coder: 'b', start: 0, end: 10, category: 'x' },
    ];
    expect(unitizingAlpha(spans, { length: 100 }).overall.value).toBe(1);
    expect(unitizingAlpha(spans, { length: 100, coders: ['a', 'b', 'c'] }).overall.value).toBeLessThan(1);
  });
  it('spans outside the continuum, reversed spans, one coder, and a category nobody used are null with reasons', () => {
    expect(
      unitizingAlpha(
        [
          { coder: 'a', start: 0, end: 101, category: 'x' },
          { coder: 'b', start: 0, end: 5, category: 'x' },
        ],
        { length: 100 },
      ).overall,
    ).toHaveProperty('reason', expect.stringMatching(/outside the continuum/));
    expect(
      unitizingAlpha(
        [
          { coder: 'a', start: 5, end: 4, category: 'x' },
          { coder: 'b', start: 0, end: 5, category: 'x' },
        ],
        { length: 100 },
      ).overall,
    ).toHaveProperty('reason', expect.stringMatching(/reversed/));
    expect(unitizingAlpha([{ coder: 'a', start: 0, end: 5, category: 'x' }], { length: 100 }).overall).toHaveProperty(
      'reason',
      expect.stringMatching(/two coders/),
    );
    const r = unitizingAlpha(
      [
        { coder: 'a', start: 0, end: 5, category: 'x' },
        { coder: 'b', start: 0, end: 5, category: 'x' },
      ],
      { length: 100, categories: ['x', 'y'] },
    );
    expect(r.categories.y?.value).toBeNull();
    expect(r.categories.x?.value).toBe(1);
  });
  it('coder order does not matter', () => {
    const spans = krippendorff2004();
    const a = unitizingAlpha(spans, { length: 300, coders: ['i', 'j'] });
    const b = unitizingAlpha(spans, { length: 300, coders: ['j', 'i'] });
    expect(a.overall.value).toBeCloseTo(b.overall.value as number, 12);
  });
  it('issue example: a,10,20 / b,10,20 / a,50,60 / b,52,60 on L = 100 gives 0.9829 with coders a, b and 0.3088 (engine and DKPro) with a third coder c who marked nothing', () => {
    const spans = [
      { coder: 'a', start: 10, end: 20, category: 'X' },
      { coder: 'b', start: 10, end: 20, category: 'X' },
      { coder: 'a', start: 50, end: 60, category: 'X' },
      { coder: 'b', start: 52, end: 60, category: 'X' },
    ];
    expect(unitizingAlpha(spans, { length: 100 }).overall.value).toBeCloseTo(0.9829, 4);
    expect(unitizingAlpha(spans, { length: 100, coders: ['a', 'b', 'c'] }).overall.value).toBeCloseTo(0.3088, 4);
  });
  it('zero-length spans are units of length 0, as in DKPro Statistics: counted in N_c, splitting gaps, compared by their boundaries', () => {
    // By hand, Krippendorff (1995) with DKPro's handling: L = 10, a: [2,5) and [7,7), b: [2,5) and [6,8).
    // Σ δ² = 2 (the empty unit against [6,8): 1² + 1²; [6,8) lies in no gap of a), D_o = 2·2/(2·1·10²) = 0.02.
    // Units 3, 0, 3, 2 (N = 4), gaps 2, 2, 3 and 2, 1, 2: D_e = (2/10)(39 + 39 + 0 + 30)/(20·19 − 14) = 21.6/366.
    const r = unitizingAlpha(
      [
        { coder: 'a', start: 2, end: 5, category: 'x' },
        { coder: 'a', start: 7, end: 7, category: 'x' },
        { coder: 'b', start: 2, end: 5, category: 'x' },
        { coder: 'b', start: 6, end: 8, category: 'x' },
      ],
      { length: 10 },
    );
    expect(r.overall.details?.observedDisagreement as number).toBeCloseTo(0.02, 14);
    expect(r.overall.details?.expectedDisagreement as number).toBeCloseTo(21.6 / 366, 14);
    expect(r.overall.value).toBeCloseTo(1 - 0.02 / (21.6 / 366), 14);
  });
});
