import { describe, expect, it } from 'vitest';
import { assignLanes, assignLanesSorted, laneOrder, segmentsForText, highlightsAt } from './decorate.ts';
import type { Highlight } from '../types.ts';

const a: Highlight = { id: 'a', codeId: 'quality.contradiction', start: 10, end: 30 };
const b: Highlight = { id: 'b', codeId: 'derogation', start: 20, end: 25 };
const c: Highlight = { id: 'c', codeId: 'humour', start: 22, end: 40 };

describe('segmentsForText', () => {
  it('returns nothing for a node no highlight touches', () => {
    expect(segmentsForText(100, 20, [a, b, c])).toEqual([]);
    // Touching at the edge is not overlapping (half-open ranges).
    expect(segmentsForText(30, 5, [a])).toEqual([]);
  });

  it('clips a highlight to the node and converts to local offsets', () => {
    expect(segmentsForText(15, 10, [a])).toEqual([{ from: 0, to: 10, highlights: [a], active: false }]);
  });

  it('splits overlapping highlights into runs listing every covering highlight, outermost first', () => {
    const segs = segmentsForText(0, 50, [c, a, b]);
    expect(segs.map((s) => [s.from, s.to, s.highlights.map((x) => x.id)])).toEqual([
      [10, 20, ['a']],
      [20, 22, ['a', 'b']],
      [22, 25, ['a', 'c', 'b']],
      [25, 30, ['a', 'c']],
      [30, 40, ['c']],
    ]);
  });

  it('marks runs of a highlight opened in the details panel as active', () => {
    const segs = segmentsForText(0, 50, [a, b], new Set(['b']));
    expect(segs.filter((s) => s.active).map((s) => [s.from, s.to])).toEqual([[20, 25]]);
  });

  it('ignores empty highlights and empty nodes', () => {
    expect(segmentsForText(0, 50, [{ id: 'z', codeId: 'x', start: 5, end: 5 }])).toEqual([]);
    expect(segmentsForText(12, 0, [a])).toEqual([]);
  });

  it('keeps a stable order for equal-length highlights (by start, then id)', () => {
    const x: Highlight = { id: 'x', codeId: 'k', start: 0, end: 10 };
    const y: Highlight = { id: 'y', codeId: 'k', start: 0, end: 10 };
    expect(segmentsForText(0, 10, [y, x])[0]?.highlights.map((s) => s.id)).toEqual(['x', 'y']);
  });
});

describe('highlightsAt', () => {
  it('finds every highlight under a caret, including at their edges', () => {
    expect(highlightsAt([a, b, c], 22).map((s) => s.id)).toEqual(['a', 'c', 'b']);
    expect(highlightsAt([a, b, c], 10).map((s) => s.id)).toEqual(['a']);
    expect(highlightsAt([a, b, c], 45)).toEqual([]);
  });
});

describe('assignLanes', () => {
  it('puts overlapping highlights in different lanes and reuses a lane once it is free', () => {
    const d: Highlight = { id: 'd', codeId: 'k', start: 31, end: 35 };
    const lanes = Object.fromEntries(assignLanes([a, b, c, d]).map((s) => [s.id, s.lane]));
    // a [10,30) first; b [20,25) overlaps a; c [22,40) overlaps a and b; d [31,35) overlaps only c.
    expect(lanes).toEqual({ a: 0, b: 1, c: 2, d: 0 });
  });

  it('keeps the input order and data', () => {
    const out = assignLanes([c, a]);
    expect(out.map((s) => s.id)).toEqual(['c', 'a']);
    expect(out[0]).toMatchObject(c);
  });

  it('never gives two overlapping highlights the same lane (property over a grid of highlights)', () => {
    const highlights: Highlight[] = [];
    for (let i = 0; i < 40; i++)
      highlights.push({ id: `s${i}`, codeId: 'k', start: (i * 7) % 50, end: ((i * 7) % 50) + 3 + (i % 11) });
    const laned = assignLanes(highlights);
    for (const x of laned)
      for (const y of laned) if (x.id !== y.id && x.start < y.end && y.start < x.end) expect(x.lane).not.toBe(y.lane);
  });
});

describe('assignLanesSorted', () => {
  const highlights: Highlight[] = [
    { id: 'a', codeId: 'c1', start: 0, end: 40 },
    { id: 'b', codeId: 'c2', start: 5, end: 12 },
    { id: 'c', codeId: 'c1', start: 10, end: 30 },
    { id: 'd', codeId: 'c3', start: 30, end: 50 },
    { id: 'e', codeId: 'c2', start: 45, end: 60 },
    { id: 'f', codeId: 'c1', start: 10, end: 30 },
  ];
  const lanesOf = (list: readonly (Highlight & { lane: number })[]) =>
    Object.fromEntries(list.map((s) => [s.id, s.lane]));
  const byLaneOrder = (list: readonly Highlight[]) => [...list].sort(laneOrder);

  it('gives the same lanes as assignLanes over the saved and the extra (pending) highlights together', () => {
    const pendingOnes: Highlight[] = [
      { id: 'p1', codeId: 'c1', start: 8, end: 20, pending: true },
      { id: 'p2', codeId: 'c2', start: 0, end: 40, pending: true },
    ];
    for (let n = 0; n <= pendingOnes.length; n++) {
      const extra = pendingOnes.slice(0, n);
      const got = assignLanesSorted(byLaneOrder(highlights), extra);
      expect(lanesOf(got)).toEqual(lanesOf(assignLanes([...highlights, ...extra])));
      expect(got.map((s) => s.id)).toEqual(byLaneOrder([...highlights, ...extra]).map((s) => s.id)); // in lane order
    }
  });

  it('returns the same object for a highlight whose lane did not change, a new one when it did', () => {
    const cache = new WeakMap<Highlight, Highlight & { lane: number }>();
    const sorted = byLaneOrder(highlights);
    const first = assignLanesSorted(sorted, [], cache);
    const again = assignLanesSorted(sorted, [], cache);
    expect(again).toEqual(first);
    again.forEach((s, i) => expect(s).toBe(first[i]));
    // A long pending highlight from 0 takes lane 0 before 'a' (same start, longer): 'a' moves up a lane.
    const withPending = assignLanesSorted(sorted, [{ id: 'p', codeId: 'c9', start: 0, end: 45, pending: true }], cache);
    const a0 = first.find((s) => s.id === 'a')!;
    const a1 = withPending.find((s) => s.id === 'a')!;
    expect(a1.lane).not.toBe(a0.lane);
    expect(a1).not.toBe(a0);
    expect(withPending.find((s) => s.id === 'e')).toBe(first.find((s) => s.id === 'e')); // untouched: same object
  });
});
