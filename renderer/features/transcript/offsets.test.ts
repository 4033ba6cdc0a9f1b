import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../../shared/transcript/turns.ts';
import { buildDocument } from './build-document.ts';
import { offsetToPoint, pointToOffset, rangeToOffsets } from './offsets.ts';

const TEXT = 'Header line\n\nI: Tell me more.\nR: We lived 😀 by the sea.\nNo label here';
const doc = buildDocument(TEXT, detectTurns(TEXT));

describe('pointToOffset / offsetToPoint', () => {
  it('maps every offset inside the text nodes to a point and back', () => {
    for (const block of doc) {
      for (const node of block.children) {
        for (let i = 0; i <= node.text.length; i++) {
          const offset = node.start + i;
          for (const affinity of ['forward', 'backward'] as const) {
            const point = offsetToPoint(doc, offset, affinity);
            expect(pointToOffset(doc, point)).toBe(offset);
          }
        }
      }
    }
  });

  it('counts UTF-16 code units like JavaScript string indices (an emoji is two)', () => {
    const emoji = TEXT.indexOf('😀');
    const point = offsetToPoint(doc, emoji + 2);
    expect(pointToOffset(doc, point)).toBe(emoji + 2);
    const r = rangeToOffsets(doc, { anchor: offsetToPoint(doc, emoji), focus: offsetToPoint(doc, emoji + 2) });
    expect(TEXT.slice(r.start, r.end)).toBe('😀');
  });

  it('orders a backward (right-to-left) selection', () => {
    const from = TEXT.indexOf('Tell');
    const to = TEXT.indexOf('sea') + 3;
    const range = { anchor: offsetToPoint(doc, to, 'backward'), focus: offsetToPoint(doc, from) };
    const r = rangeToOffsets(doc, range);
    expect(TEXT.slice(r.start, r.end)).toBe('Tell me more.\nR: We lived 😀 by the sea');
  });

  it('snaps an offset on a line break between blocks to the adjacent block edge', () => {
    const gap = TEXT.indexOf('\n\n') + 1; // the blank line between header and first turn
    const fwd = offsetToPoint(doc, gap, 'forward');
    const back = offsetToPoint(doc, gap, 'backward');
    expect(pointToOffset(doc, fwd)).toBe(TEXT.indexOf('I:'));
    expect(pointToOffset(doc, back)).toBe('Header line'.length);
  });

  it('at the label/body boundary prefers the body going forward and the label going backward', () => {
    const afterLabel = TEXT.indexOf('I:') + 3; // label cell is "I: " (the space goes with the label)
    expect(offsetToPoint(doc, afterLabel, 'forward').path).toEqual([1, 1]);
    expect(offsetToPoint(doc, afterLabel, 'backward').path).toEqual([1, 0]);
  });

  it('rejects a point outside the document', () => {
    expect(() => pointToOffset(doc, { path: [99, 0], offset: 0 })).toThrow(RangeError);
    expect(() => pointToOffset(doc, { path: [0, 0], offset: 500 })).toThrow(RangeError);
  });
});
