import { describe, expect, it } from 'vitest';
import type { Disagreement } from '../../../shared/reliability/types.ts';
import { markHighlights, highlightsByLine, lineAt, textLines, toggled } from './review-marks.ts';

const base = { transcriptId: 't', transcriptTitle: 'T', detail: '' };

describe('review marks', () => {
  const highlights = [
    { id: 'a1', coderId: 'A', codeId: 'x', start: 0, end: 10 },
    { id: 'b1', coderId: 'B', codeId: 'y', start: 1, end: 10 },
    { id: 'a2', coderId: 'A', codeId: 'x', start: 20, end: 30 },
    { id: 'b2', coderId: 'B', codeId: 'x', start: 20, end: 30 },
    { id: 'a3', coderId: 'A', codeId: 'z', start: 40, end: 45 },
  ];
  const dis: Disagreement[] = [
    { ...base, kind: 'different-codes-same-span', coderIds: ['A', 'B'], codeIds: ['x', 'y'], start: 0, end: 10 },
    { ...base, kind: 'span-only-one-coder', coderIds: ['A'], codeIds: ['z'], start: 40, end: 45 },
    { ...base, kind: 'classification', coderIds: ['A', 'B'], start: null, end: null },
  ];
  it('marks both highlights of a different-codes pair and the highlight only one coder marked, nothing else', () => {
    const m = markHighlights(highlights, dis);
    expect(Object.fromEntries(m)).toEqual({ a1: 'different-code', b1: 'different-code', a3: 'only-one' });
  });
});

describe('lines and highlights per line', () => {
  it('splits at line feeds with half-open offsets, keeping empty lines', () => {
    expect(textLines('ab\n\ncd')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 3 },
      { start: 4, end: 6 },
    ]);
  });
  it('puts a highlight on every line it touches', () => {
    const lines = textLines('abc\ndef\nghi');
    const highlights = [
      { id: 's', start: 1, end: 6 },
      { id: 't', start: 9, end: 10 },
    ];
    expect(highlightsByLine(lines, highlights).map((l) => l.map((s) => s.id))).toEqual([['s'], ['s'], ['t']]);
  });
});

describe('jumping to a passage and filtering', () => {
  it('finds the line holding an offset', () => {
    const text = 'ab\n\ncd\nef';
    expect([0, 2, 3, 4, 6, 7, 9].map((o) => lineAt(text, o))).toEqual([0, 0, 1, 2, 2, 3, 3]);
    expect(lineAt('no line feed', 5)).toBe(0);
  });
  it('toggles a member of a set without changing the set it was given', () => {
    const chosen = new Set(['a', 'b']);
    expect([...toggled(chosen, 'a')]).toEqual(['b']);
    expect([...toggled(chosen, 'c')]).toEqual(['a', 'b', 'c']);
    expect([...chosen]).toEqual(['a', 'b']);
  });
});
