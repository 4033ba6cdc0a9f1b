// A coder pair's points on one scale, derived from the scale's values when a plot is drawn (the dashboard's
// answer does not carry every pair's points: at consortium size they were 35 of its 36 MB).
import type { PlottedScalePair, ScaleAgreement, ScalePair, ScalePoint } from './types.ts';

/** The transcripts where both coders of the pair gave a value, as (a, b) points, in the scale's transcript order. */
export function scalePairPoints(
  scale: Pick<ScaleAgreement, 'coders' | 'values'>,
  pair: Pick<ScalePair, 'coderA' | 'coderB'>,
): ScalePoint[] {
  const i = scale.coders.indexOf(pair.coderA);
  const j = scale.coders.indexOf(pair.coderB);
  if (i < 0 || j < 0) return [];
  const points: ScalePoint[] = [];
  scale.values.rows.forEach((row, k) => {
    const a = row[i] ?? null;
    const b = row[j] ?? null;
    if (a !== null && b !== null) points.push({ transcriptId: scale.values.transcriptIds[k] as string, a, b });
  });
  return points;
}

/** The pair with its points, ready to plot. */
export function plottedPair(scale: Pick<ScaleAgreement, 'coders' | 'values'>, pair: ScalePair): PlottedScalePair {
  return { ...pair, points: scalePairPoints(scale, pair) };
}
