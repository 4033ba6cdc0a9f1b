import { describe, expect, it } from 'vitest';
import { plottedPair, scalePairPoints } from './scale-points.ts';

const scale = {
  coders: ['ada', 'ben', 'cy'],
  values: {
    transcriptIds: ['t1', 't2', 't3', 't4'],
    rows: [
      [5, 5.5, null],
      [null, 3, 4],
      [2, null, 2.5],
      [7, 6, 6.5],
    ],
  },
};
const pair = { coderA: 'ada', coderB: 'cy', n: 2, bias: 0, sdDiff: null, loaLower: null, loaUpper: null };

describe("a scale pair's points", () => {
  it('are the transcripts where both coders gave a value, in the scale order, a and b in the pair order', () => {
    expect(scalePairPoints(scale, pair)).toEqual([
      { transcriptId: 't3', a: 2, b: 2.5 },
      { transcriptId: 't4', a: 7, b: 6.5 },
    ]);
    expect(scalePairPoints(scale, { coderA: 'cy', coderB: 'ben' })).toEqual([
      { transcriptId: 't2', a: 4, b: 3 },
      { transcriptId: 't4', a: 6.5, b: 6 },
    ]);
  });

  it('are none for a coder the scale does not have, and plottedPair keeps the figures beside them', () => {
    expect(scalePairPoints(scale, { coderA: 'ada', coderB: 'zed' })).toEqual([]);
    expect(plottedPair(scale, pair)).toEqual({ ...pair, points: scalePairPoints(scale, pair) });
  });
});
