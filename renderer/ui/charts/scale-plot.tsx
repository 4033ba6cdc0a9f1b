import type { ScalePair } from '../../../shared/reliability/types.ts';
import { formatNumber } from '../../../shared/reliability/format.ts';

interface Props {
  pair: ScalePair;
  min: number;
  max: number;
  tolerance: number;
  nameA: string;
  nameB: string;
  mode: 'scatter' | 'bland-altman';
  titleOf: (transcriptId: string) => string;
}

const W = 330;
const H = 300;
const PAD = { l: 44, r: 14, t: 14, b: 40 };

/**
 * One scale, one pair of coders: a scatter of A against B with the identity line and the tolerance
 * band, or a Bland–Altman plot (mean against difference, bias and 95% limits of agreement).
 */
export function ScalePlot({ pair, min, max, tolerance, nameA, nameB, mode, titleOf }: Props) {
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  // Several transcripts can share a point: draw each once with its count.
  const groups = new Map<string, { x: number; y: number; titles: string[] }>();
  for (const p of pair.points) {
    const x = mode === 'scatter' ? p.a : (p.a + p.b) / 2;
    const y = mode === 'scatter' ? p.b : p.a - p.b;
    const key = `${x}|${y}`;
    const g = groups.get(key) ?? { x, y, titles: [] };
    g.titles.push(titleOf(p.transcriptId));
    groups.set(key, g);
  }
  const range = max - min;
  const diffMax = Math.max(
    tolerance + 0.5,
    ...pair.points.map((p) => Math.abs(p.a - p.b)),
    Math.abs(pair.loaLower ?? 0),
    Math.abs(pair.loaUpper ?? 0),
  );
  const xScale = (v: number) => PAD.l + ((v - min) / range) * iw;
  const yScale =
    mode === 'scatter'
      ? (v: number) => PAD.t + ih - ((v - min) / range) * ih
      : (v: number) => PAD.t + ih / 2 - (v / diffMax) * (ih / 2);
  const ticks: number[] = [];
  const step = range > 6 ? 2 : 1;
  for (let v = min; v <= max + 1e-9; v += step) ticks.push(v);
  const yTicks = mode === 'scatter' ? ticks : [-Math.floor(diffMax), 0, Math.floor(diffMax)];

  return (
    <figure className="chart scale-plot">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={mode === 'scatter' ? `${nameA} against ${nameB}` : `Bland–Altman: ${nameA} minus ${nameB}`}
      >
        <rect x={PAD.l} y={PAD.t} width={iw} height={ih} className="plot-bg" />
        {mode === 'scatter' ? (
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
        ) : (
          <>
            <line x1={PAD.l} x2={PAD.l + iw} y1={yScale(0)} y2={yScale(0)} className="plot-identity" />
            {pair.bias !== null && (
              <line x1={PAD.l} x2={PAD.l + iw} y1={yScale(pair.bias)} y2={yScale(pair.bias)} className="plot-bias" />
            )}
            {pair.loaLower !== null && (
              <line
                x1={PAD.l}
                x2={PAD.l + iw}
                y1={yScale(pair.loaLower)}
                y2={yScale(pair.loaLower)}
                className="plot-loa"
              />
            )}
            {pair.loaUpper !== null && (
              <line
                x1={PAD.l}
                x2={PAD.l + iw}
                y1={yScale(pair.loaUpper)}
                y2={yScale(pair.loaUpper)}
                className="plot-loa"
              />
            )}
          </>
        )}
        {ticks.map((t) => (
          <text key={`x${t}`} x={xScale(t)} y={PAD.t + ih + 16} textAnchor="middle" className="chart-tick">
            {t}
          </text>
        ))}
        {yTicks.map((t) => (
          <text key={`y${t}`} x={PAD.l - 8} y={yScale(t) + 4} textAnchor="end" className="chart-tick">
            {t}
          </text>
        ))}
        <text x={PAD.l + iw / 2} y={H - 6} textAnchor="middle" className="chart-axis-title">
          {mode === 'scatter' ? nameA : `mean of ${nameA} and ${nameB}`}
        </text>
        <text
          transform={`translate(12 ${PAD.t + ih / 2}) rotate(-90)`}
          textAnchor="middle"
          className="chart-axis-title"
        >
          {mode === 'scatter' ? nameB : `${nameA} − ${nameB}`}
        </text>
        {[...groups.values()].map((g) => (
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
