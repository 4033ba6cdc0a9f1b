import type { ScalePair } from '../../../shared/reliability/types.ts';
import { IW, PAD, type PlotAxes, type ScalePlotMode } from './scale-plot-geometry.ts';

interface Props {
  pair: Pick<ScalePair, 'bias' | 'loaLower' | 'loaUpper'>;
  min: number;
  max: number;
  tolerance: number;
  mode: ScalePlotMode;
  axes: Pick<PlotAxes, 'xScale' | 'yScale'>;
}

/**
 * What the points are read against: in a scatter the identity line and the band within tolerance of
 * it; in Bland–Altman the zero line, the bias and the limits of agreement (where there are any).
 */
export function ScalePlotGuides({ pair, min, max, tolerance, mode, axes: { xScale, yScale } }: Props) {
  if (mode === 'scatter')
    return (
      <>
        <polygon
          className="plot-band"
          points={[
            [min, min + tolerance],
            [max - tolerance, max],
            [max, max],
            [max, max - tolerance],
            [min + tolerance, min],
            [min, min],
          ]
            .map(([a, b]) => `${xScale(a!)},${yScale(b!)}`)
            .join(' ')}
        />
        <line x1={xScale(min)} y1={yScale(min)} x2={xScale(max)} y2={yScale(max)} className="plot-identity" />
      </>
    );
  const across = (y: number, className: string) => (
    <line x1={PAD.l} x2={PAD.l + IW} y1={yScale(y)} y2={yScale(y)} className={className} />
  );
  return (
    <>
      {across(0, 'plot-identity')}
      {pair.bias !== null && across(pair.bias, 'plot-bias')}
      {pair.loaLower !== null && across(pair.loaLower, 'plot-loa')}
      {pair.loaUpper !== null && across(pair.loaUpper, 'plot-loa')}
    </>
  );
}
