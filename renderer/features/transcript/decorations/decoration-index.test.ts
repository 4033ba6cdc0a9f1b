import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../../../shared/transcript/turns.ts';
import { buildDocument } from '../build-document.ts';
import { assignLanes, segmentsForText } from './decorate.ts';
import { DecorationIndex, IntervalIndex, lineOf, lineStarts, type DecorInputs } from './decoration-index.ts';
import type { Highlight } from '../types.ts';

const TEXT = [
  'SYNTHETIC – NOT REAL DATA',
  '',
  'I: How was it with your mother?',
  'R: Loving. Very loving. She was at work mostly,',
  'I sorted myself out.',
  'I: And your father?',
  "R: Busy. I- I don't remember much.",
].join('\n');
const doc = buildDocument(TEXT, detectTurns(TEXT));
const at = (s: string) => TEXT.indexOf(s);
const highlight = (id: string, phrase: string, codeId = 'c1', extra: Partial<Highlight> = {}): Highlight => ({
  id,
  codeId,
  start: at(phrase),
  end: at(phrase) + phrase.length,
  ...extra,
});
const inputs = (highlights: Highlight[], extra: Partial<DecorInputs> = {}): DecorInputs => ({
  highlights: assignLanes(highlights),
  activeIds: new Set(),
  marks: [],
  find: { matches: [], current: -1 },
  ...extra,
});
/** Text node [block, child] of an offset. */
function nodeOf(offset: number): [number, number] {
  for (let b = 0; b < doc.length; b++)
    for (let c = 0; c < doc[b]!.children.length; c++) {
      const n = doc[b]!.children[c]!;
      if (offset >= n.start && offset < n.start + n.text.length) return [b, c];
    }
  throw new Error('no node');
}

describe('IntervalIndex', () => {
  it('finds exactly the items overlapping a half-open range, including long ones that start far before', () => {
    const items = [
      { id: 'long', start: 0, end: 1000 },
      { id: 'a', start: 100, end: 110 },
      { id: 'b', start: 110, end: 120 },
      { id: 'c', start: 500, end: 505 },
    ];
    const idx = new IntervalIndex(items);
    expect(idx.overlapping(105, 111).map((x) => x.id)).toEqual(['long', 'a', 'b']);
    expect(idx.overlapping(110, 111).map((x) => x.id)).toEqual(['long', 'b']); // a ends at 110: not overlapping
    expect(idx.overlapping(1000, 2000)).toEqual([]);
    // Same answer as a linear scan for every window.
    for (let from = 0; from < 1010; from += 7) {
      const lin = items
        .filter((s) => s.end > from && s.start < from + 13)
        .map((s) => s.id)
        .sort();
      expect(
        idx
          .overlapping(from, from + 13)
          .map((s) => s.id)
          .sort(),
      ).toEqual(lin);
    }
  });
});

describe('line numbers', () => {
  it('numbers stored lines 1-based as search-project does (split on \\n)', () => {
    const starts = lineStarts(TEXT);
    expect(starts.length).toBe(TEXT.split('\n').length);
    expect(lineOf(starts, 0)).toBe(1);
    expect(lineOf(starts, at('I sorted'))).toBe(5);
    expect(lineOf(starts, at('I sorted') - 1)).toBe(4); // the line break belongs to line 4
  });

  it('puts each line number on the first character of its line, including a line that continues a turn', () => {
    const index = new DecorationIndex(doc, TEXT);
    index.update(inputs([]));
    const lines: number[] = [];
    doc.forEach((block, b) =>
      block.children.forEach((node, c) => {
        for (const d of index.decorAt(b, c)) {
          if (d.line === undefined) continue;
          lines.push(d.line);
          expect(TEXT.split('\n')[d.line - 1]!.startsWith(TEXT.slice(node.start + d.from, node.start + d.to))).toBe(
            true,
          );
        }
      }),
    );
    // Line 2 is blank (between blocks): it has no text to carry a number.
    expect(lines).toEqual([1, 3, 4, 5, 6, 7]);
  });
});

describe('DecorationIndex', () => {
  it('decorates each text node like segmentsForText over all highlights', () => {
    const hs = [
      highlight('a', 'Loving. Very loving.'),
      highlight('b', 'Very loving. She was at work'),
      highlight('c', 'Busy'),
    ];
    const index = new DecorationIndex(doc, TEXT);
    index.update(inputs(hs));
    const lanes = assignLanes(hs);
    doc.forEach((block, b) =>
      block.children.forEach((node, c) => {
        const expected = segmentsForText(node.start, node.text.length, lanes).map((s) => [
          s.from,
          s.to,
          s.highlights.map((x) => x.id),
        ]);
        const got = index
          .decorAt(b, c)
          .filter((d) => d.highlights)
          .map((d) => [d.from, d.to, d.highlights!.map((x) => x.id)]);
        expect(got).toEqual(expected);
      }),
    );
  });

  it('reports only the blocks a new highlight touches, and keeps the others’ arrays', () => {
    const hs = [highlight('a', 'Loving. Very loving.'), highlight('c', 'Busy')];
    const index = new DecorationIndex(doc, TEXT);
    index.update(inputs(hs));
    const untouched = nodeOf(at('Busy'));
    const before = index.rangesAt(untouched);
    const added = highlight('n', 'I sorted myself out.', 'c2');
    const changed = index.update(inputs([...hs, added]));
    expect(changed).toEqual([nodeOf(added.start)[0]]);
    expect(index.rangesAt(untouched)).toBe(before); // same identity: Slate skips it
    expect(index.decorAt(...nodeOf(added.start)).some((d) => d.highlights?.some((h) => h.id === 'n'))).toBe(true);
  });

  it('re-decorates the old and the new blocks of a moved boundary, and a removed highlight’s block', () => {
    const a = highlight('a', 'Very loving. She was at work mostly,');
    const index = new DecorationIndex(doc, TEXT);
    index.update(inputs([a, highlight('c', 'Busy')]));
    const grown = { ...a, end: at('I sorted myself out.') + 'I sorted'.length };
    expect(index.update(inputs([grown, highlight('c', 'Busy')]))).toEqual(
      [nodeOf(a.start)[0], nodeOf(grown.end - 1)[0]].filter((v, i, l) => l.indexOf(v) === i),
    );
    expect(index.update(inputs([grown]))).toEqual([nodeOf(at('Busy'))[0]]);
  });

  it('a pending highlight replaced by its saved twin redraws its block; the same inputs again redraw nothing', () => {
    const hs = [highlight('a', 'Loving.'), highlight('c', 'Busy')];
    const index = new DecorationIndex(doc, TEXT);
    const first = inputs(hs);
    index.update(first);
    expect(index.update(first)).toEqual([]);
    const block = nodeOf(at('I sorted myself out.'))[0];
    expect(index.update(inputs([...hs, highlight('tmp', 'I sorted myself out.', 'c2', { pending: true })]))).toEqual([
      block,
    ]);
    const shown = (id: string) =>
      index
        .decorAt(...nodeOf(at('I sorted myself out.')))
        .flatMap((d) => d.highlights ?? [])
        .find((h) => h.id === id);
    expect(shown('tmp')?.pending).toBe(true);
    expect(index.update(inputs([...hs, highlight('saved', 'I sorted myself out.', 'c2')]))).toEqual([block]);
    expect(shown('tmp')).toBeUndefined();
    expect(shown('saved')?.pending).toBeFalsy();
  });

  it('marks the open highlight active, and only its blocks change when it is opened', () => {
    const hs = [highlight('a', 'Loving.'), highlight('c', 'Busy')];
    const index = new DecorationIndex(doc, TEXT);
    index.update(inputs(hs));
    expect(index.update(inputs(hs, { activeIds: new Set(['c']) }))).toEqual([nodeOf(at('Busy'))[0]]);
    expect(index.decorAt(...nodeOf(at('Busy'))).find((d) => d.highlights)?.active).toBe(true);
  });

  it('adds find matches and transcriber marks as their own runs', () => {
    const index = new DecorationIndex(doc, TEXT);
    const m = { start: at('loving'), end: at('loving') + 6 };
    index.update(
      inputs([], {
        find: { matches: [m], current: 0 },
        marks: [{ start: at('I- I'), end: at('I- I') + 4, kind: 'transcriber-note' }],
      }),
    );
    const node = nodeOf(m.start);
    const local = m.start - doc[node[0]]!.children[node[1]]!.start;
    expect(index.decorAt(...node).find((d) => d.find)).toEqual({ from: local, to: local + 6, find: 'current' });
    expect(index.decorAt(...nodeOf(at('I- I'))).some((d) => d.mark)).toBe(true);
  });

  it('draws a margin bar per highlight in its lane, spanning its share of the block', () => {
    const a = highlight('a', 'Loving. Very loving. She was at work mostly,\nI sorted myself out.');
    const b = highlight('b', 'Very loving.');
    const index = new DecorationIndex(doc, TEXT);
    index.update(inputs([a, b], { activeIds: new Set(['b']) }));
    const bars = index.barsAt(doc[nodeOf(a.start)[0]]!.start);
    expect(bars.map((x) => [x.id, x.lane, x.active])).toEqual([
      ['a', 0, false],
      ['b', 1, true],
    ]);
    expect(bars[0]!.top).toBe(0);
    expect(bars[0]!.bottom).toBe(1);
    expect(bars[1]!.top).toBeGreaterThan(0);
    expect(bars[1]!.bottom).toBeLessThan(0.5);
    expect(index.barsAt(doc[nodeOf(at('Busy'))[0]]!.start)).toEqual([]);
  });
});
