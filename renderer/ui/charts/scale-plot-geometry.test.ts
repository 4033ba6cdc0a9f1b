import { describe, expect, it } from 'vitest';
import { IH, IW, PAD, plotAxes, plotPoints } from './scale-plot-geometry.ts';

const pair = {
  points: [
    { transcriptId: 't1', a: 5, b: 5 },
    { transcriptId: 't2', a: 5, b: 5 },
    { transcriptId: 't3', a: 7, b: 4 },
  ],
  loaLower: -2.5,
  loaUpper: 4.5,
};
const titleOf = (id: string) => `T${id.slice(1)}`;

describe('scale plot geometry', () => {
  it('draws transcripts that land on one spot as one point with their titles, in scatter and Bland–Altman terms', () => {
    expect(plotPoints(pair, 'scatter', titleOf)).toEqual([
      { x: 5, y: 5, titles: ['T1', 'T2'] },
      { x: 7, y: 4, titles: ['T3'] },
    ]);
    expect(plotPoints(pair, 'bland-altman', titleOf)).toEqual([
      { x: 5, y: 0, titles: ['T1', 'T2'] },
      { x: 5.5, y: 3, titles: ['T3'] },
    ]);
  });

  it('spans the range on both scatter axes, ticking every point (every second above six)', () => {
    const a = plotAxes(pair, 1, 9, 1, 'scatter');
    expect(a.xTicks).toEqual([1, 3, 5, 7, 9]);
    expect(a.yTicks).toEqual(a.xTicks);
    expect(a.xScale(1)).toBe(PAD.l);
    expect(a.xScale(9)).toBe(PAD.l + IW);
    expect(a.yScale(1)).toBe(PAD.t + IH);
    expect(a.yScale(9)).toBe(PAD.t);
    expect(plotAxes(pair, 1, 5, 1, 'scatter').xTicks).toEqual([1, 2, 3, 4, 5]);
  });

  it('centres Bland–Altman differences on 0, wide enough for the largest difference or limit', () => {
    const a = plotAxes(pair, 1, 9, 1, 'bland-altman');
    expect(a.yTicks).toEqual([-4, 0, 4]); // the upper limit, 4.5, is the widest
    expect(a.yScale(0)).toBe(PAD.t + IH / 2);
    expect(a.yScale(4.5)).toBe(PAD.t);
    expect(plotAxes({ points: [], loaLower: null, loaUpper: null }, 1, 9, 1, 'bland-altman').yTicks).toEqual([
      -1, 0, 1,
    ]); // at least the tolerance and half a point
  });
});
