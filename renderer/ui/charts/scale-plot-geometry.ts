import type { PlottedScalePair } from '../../../shared/reliability/types.ts';

/** A scatter of one coder against another, or a Bland–Altman plot (mean against difference). */
export type ScalePlotMode = 'scatter' | 'bland-altman';

/** The plot's size in SVG units and the room left for ticks and axis titles. */
export const W = 330;
export const H = 300;
export const PAD = { l: 44, r: 14, t: 14, b: 40 };
/** The inner (plotted) width and height. */
export const IW = W - PAD.l - PAD.r;
export const IH = H - PAD.t - PAD.b;

/** A drawn point: its coordinates in the plot's terms and the transcripts that share it. */
export interface PlotPoint {
  x: number;
  y: number;
  titles: string[];
}

/** The pair's points in the mode's terms; transcripts that land on the same spot are one point (drawn with a count). */
export function plotPoints(
  pair: Pick<PlottedScalePair, 'points'>,
  mode: ScalePlotMode,
  titleOf: (transcriptId: string) => string,
): PlotPoint[] {
  const groups = new Map<string, PlotPoint>();
  for (const p of pair.points) {
    const x = mode === 'scatter' ? p.a : (p.a + p.b) / 2;
    const y = mode === 'scatter' ? p.b : p.a - p.b;
    const key = `${x}|${y}`;
    const g = groups.get(key) ?? { x, y, titles: [] };
    g.titles.push(titleOf(p.transcriptId));
    groups.set(key, g);
  }
  return [...groups.values()];
}

export interface PlotAxes {
  /** From a value (scatter) or a mean (Bland–Altman) to SVG x. */
  xScale: (v: number) => number;
  /** From a value (scatter) or a difference (Bland–Altman) to SVG y. */
  yScale: (v: number) => number;
  xTicks: number[];
  yTicks: number[];
}

/**
 * Both axes span the scale's range in a scatter (ticks every point, every second one above six);
 * Bland–Altman's difference axis is symmetric around 0 and wide enough for the tolerance, every
 * difference and both limits of agreement.
 */
export function plotAxes(
  pair: Pick<PlottedScalePair, 'points' | 'loaLower' | 'loaUpper'>,
  min: number,
  max: number,
  tolerance: number,
  mode: ScalePlotMode,
): PlotAxes {
  const range = max - min;
  const diffMax = Math.max(
    tolerance + 0.5,
    ...pair.points.map((p) => Math.abs(p.a - p.b)),
    Math.abs(pair.loaLower ?? 0),
    Math.abs(pair.loaUpper ?? 0),
  );
  const xScale = (v: number) => PAD.l + ((v - min) / range) * IW;
  const yScale =
    mode === 'scatter'
      ? (v: number) => PAD.t + IH - ((v - min) / range) * IH
      : (v: number) => PAD.t + IH / 2 - (v / diffMax) * (IH / 2);
  const xTicks: number[] = [];
  const step = range > 6 ? 2 : 1;
  for (let v = min; v <= max + 1e-9; v += step) xTicks.push(v);
  const yTicks = mode === 'scatter' ? xTicks : [-Math.floor(diffMax), 0, Math.floor(diffMax)];
  return { xScale, yScale, xTicks, yTicks };
}
