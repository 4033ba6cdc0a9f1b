import { describe, expect, it } from 'vitest';
import type { PendingHighlight } from '../pending-highlights.ts';
import type { Highlight } from '../types.ts';
import { createShownHighlights } from './shown-highlights.ts';

const saved: Highlight[] = [
  { id: 'a', codeId: 'x', start: 0, end: 10 },
  { id: 'b', codeId: 'y', start: 5, end: 15 },
];
const ids = new Set(saved.map((h) => h.id));
const pending = (id: string, start: number, end: number, savedId?: string): PendingHighlight => ({
  id,
  codeId: 'z',
  start,
  end,
  pending: true,
  ...(savedId ? { savedId } : {}),
});

describe('createShownHighlights (saved + pending highlights, with lanes)', () => {
  it('gives each overlapping highlight its own lane, pending ones included', () => {
    const shown = createShownHighlights();
    const { highlights, done } = shown(saved, ids, [pending('p1', 8, 12)]);
    expect(done).toEqual([]);
    expect(highlights.map((h) => h.id).sort()).toEqual(['a', 'b', 'p1']);
    expect(new Set(highlights.map((h) => h.lane)).size).toBe(3);
  });

  it('returns the same array while neither list changed, also when a pending one only got its saved id', () => {
    const shown = createShownHighlights();
    const first = shown(saved, ids, [pending('p1', 20, 30)]).highlights;
    expect(shown(saved, ids, [pending('p1', 20, 30)]).highlights).toBe(first);
    expect(shown(saved, ids, [pending('p1', 20, 30, 'c')]).highlights).toBe(first);
    expect(shown([...saved], ids, [pending('p1', 20, 30)]).highlights).not.toBe(first);
  });

  it('leaves out a pending highlight whose saved twin is shown, and reports it done', () => {
    const shown = createShownHighlights();
    const withTwin = [...saved, { id: 'c', codeId: 'z', start: 20, end: 30 }];
    const { highlights, done } = shown(withTwin, new Set(['a', 'b', 'c']), [pending('p1', 20, 30, 'c')]);
    expect(done).toEqual(['p1']);
    expect(highlights.map((h) => h.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps the object of a highlight whose lane did not change', () => {
    const shown = createShownHighlights();
    const before = shown(saved, ids, []).highlights;
    const after = shown(saved, ids, [pending('p1', 40, 50)]).highlights;
    expect(after.find((h) => h.id === 'a')).toBe(before.find((h) => h.id === 'a'));
  });
});
