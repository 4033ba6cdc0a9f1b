import type { PlottedScalePair } from '../../../shared/reliability/types.ts';
import { formatNumber } from '../../../shared/reliability/format.ts';
import { H, IH, IW, PAD, W, plotAxes, plotPoints, type ScalePlotMode } from './scale-plot-geometry.ts';
import { ScalePlotGuides } from './scale-plot-guides.tsx';

interface Props {
  pair: PlottedScalePair;
  min: number;
  max: number;
  tolerance: number;
  nameA: string;
  nameB: string;
  mode: ScalePlotMode;
  titleOf: (transcriptId: string) => string;
}

/**
 * One scale, one pair of coders: a scatter of A against B with the identity line and the tolerance
 * band, or a Bland–Altman plot (mean against difference, bias and 95% limits of agreement).
 */
export function ScalePlot({ pair, min, max, tolerance, nameA, nameB, mode, titleOf }: Props) {
  const axes = plotAxes(pair, min, max, tolerance, mode);
  const { xScale, yScale } = axes;
  return (
    <figure className="chart scale-plot">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={mode === 'scatter' ? `${nameA} against ${nameB}` : `Bland–Altman: ${nameA} minus ${nameB}`}
      >
        <rect x={PAD.l} y={PAD.t} width={IW} height={IH} className="plot-bg" />
        <ScalePlotGuides pair={pair} min={min} max={max} tolerance={tolerance} mode={mode} axes={axes} />
        {axes.xTicks.map((t) => (
          <text key={`x${t}`} x={xScale(t)} y={PAD.t + IH + 16} textAnchor="middle" className="chart-tick">
            {t}
          </text>
        ))}
        {axes.yTicks.map((t) => (
          <text key={`y${t}`} x={PAD.l - 8} y={yScale(t) + 4} textAnchor="end" className="chart-tick">
            {t}
          </text>
        ))}
        <text x={PAD.l + IW / 2} y={H - 6} textAnchor="middle" className="chart-axis-title">
          {mode === 'scatter' ? nameA : `mean of ${nameA} and ${nameB}`}
        </text>
        <text
          transform={`translate(12 ${PAD.t + IH / 2}) rotate(-90)`}
          textAnchor="middle"
          className="chart-axis-title"
        >
          {mode === 'scatter' ? nameB : `${nameA} − ${nameB}`}
        </text>
        {plotPoints(pair, mode, titleOf).map((g) => (
          <g key={`${g.x}|${g.y}`}>
            <circle cx={xScale(g.x)} cy={yScale(g.y)} r={g.titles.length > 1 ? 7 : 5} className="plot-point">
              <title>{`${g.titles.join(', ')}: ${mode === 'scatter' ? `${nameA} ${g.x}, ${nameB} ${g.y}` : `mean ${g.x}, difference ${g.y}`}`}</title>
            </circle>
            {g.titles.length > 1 && (
              <text x={xScale(g.x)} y={yScale(g.y) + 3.5} textAnchor="middle" className="plot-point-count">
                {g.titles.length}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="chart-caption">
        {mode === 'scatter'
          ? `Diagonal: identical ratings; shaded: within ±${tolerance}.`
          : pair.bias === null
            ? 'Bias and limits need at least two transcripts.'
            : `Bias ${formatNumber(pair.bias)} (solid); 95% limits of agreement ${formatNumber(pair.loaLower)} to ${formatNumber(pair.loaUpper)} (dashed).`}
      </figcaption>
    </figure>
  );
}
