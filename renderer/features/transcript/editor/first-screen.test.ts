import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstScreenBlocks, screenfulOfText } from './first-screen.ts';

/** Consecutive blocks of these lengths, with a one-character line break between them. */
const blocks = (lengths: readonly number[]) => {
  let at = 0;
  return lengths.map((len) => {
    const b = { start: at, end: at + len };
    at += len + 1;
    return b;
  });
};

describe('firstScreenBlocks', () => {
  it('takes blocks until their text reaches a screenful', () => {
    expect(firstScreenBlocks(blocks([100, 100, 100, 100, 100]), 250, 40)).toBe(3);
    // A long first turn fills the screen on its own.
    expect(firstScreenBlocks(blocks([5000, 20, 20]), 3000, 40)).toBe(1);
  });

  it('takes short one-line turns up to the most allowed', () => {
    expect(firstScreenBlocks(blocks(Array.from({ length: 100 }, () => 30)), 6000, 40)).toBe(40);
  });

  it('takes the whole of a short document, and nothing of an empty one', () => {
    expect(firstScreenBlocks(blocks([10, 10]), 6000, 40)).toBe(2);
    expect(firstScreenBlocks([], 6000, 40)).toBe(0);
  });

  it('counts from where the document starts (offsets are global)', () => {
    const later = blocks([100, 100, 100]).map((b) => ({ start: b.start + 5000, end: b.end + 5000 }));
    expect(firstScreenBlocks(later, 150, 40)).toBe(2);
  });

  it('holds at least a screenful of text or the most allowed, and no block more than that needs (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(800), { maxLength: 120 }),
        fc.nat(20_000),
        fc.integer({ min: 1, max: 60 }),
        (lengths, chars, most) => {
          const doc = blocks(lengths);
          const n = firstScreenBlocks(doc, chars, most);
          if (doc.length === 0) {
            expect(n).toBe(0);
            return;
          }
          expect(n).toBeGreaterThanOrEqual(1);
          expect(n).toBeLessThanOrEqual(Math.min(most, doc.length));
          const reach = (k: number) => doc[k - 1]!.end - doc[0]!.start;
          // Enough: the screenful is reached, or every block allowed is in.
          expect(reach(n) >= chars || n === Math.min(most, doc.length)).toBe(true);
          // Not more than needed: one block fewer would not have reached it.
          if (n > 1) expect(reach(n - 1)).toBeLessThan(chars);
        },
      ),
    );
  });
});

describe('screenfulOfText', () => {
  it('errs long: at least what the widest text column holds over the whole window height in the reader’s text', () => {
    // The column is at most 39rem (624 px) less the label column; its text is about 8.5 px a character, 31 px a line.
    for (const [w, h] of [
      [1024, 768],
      [1280, 720],
      [1440, 900],
      [3840, 2160],
    ] as const)
      expect(screenfulOfText(w, h)).toBeGreaterThanOrEqual(Math.floor(624 / 8.5) * Math.floor(h / 31));
    // A window narrower than the column holds less.
    expect(screenfulOfText(400, 900)).toBeLessThan(screenfulOfText(1440, 900));
  });

  it('grows with the height, not with a width past the column', () => {
    expect(screenfulOfText(1440, 1800)).toBeGreaterThan(screenfulOfText(1440, 900));
    expect(screenfulOfText(3840, 900)).toBe(screenfulOfText(1440, 900));
  });
});
