import type { ConfusionTable } from '../../../shared/reliability/types.ts';

interface Props {
  table: ConfusionTable;
  rowLabel: string;
  colLabel: string;
  title: string;
}

const CELL = 46;
const HEAD = 64;

/**
 * A confusion matrix as a heatmap: agreement on the diagonal in blue, disagreement off it in amber,
 * darker for more transcripts; each cell also prints its count (colour is never the only cue).
 */
export function ConfusionHeatmap({ table, rowLabel, colLabel, title }: Props) {
  const k = table.categories.length;
  const max = Math.max(1, ...table.counts.flat());
  const width = HEAD + 18 + k * CELL + 8;
  const height = HEAD + 18 + k * CELL + 8;
  const x0 = HEAD + 18;
  const y0 = HEAD + 18;
  return (
    <figure className="chart heatmap">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={`${title}: rows ${rowLabel}, columns ${colLabel}`}
      >
        <text x={x0 + (k * CELL) / 2} y={12} textAnchor="middle" className="chart-axis-title">
          {colLabel}
        </text>
        <text
          transform={`translate(12 ${y0 + (k * CELL) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="chart-axis-title"
        >
          {rowLabel}
        </text>
        {table.categories.map((c, j) => (
          <text key={`c${c}`} x={x0 + j * CELL + CELL / 2} y={y0 - 8} textAnchor="middle" className="chart-tick">
            {c}
          </text>
        ))}
        {table.categories.map((c, i) => (
          <text key={`r${c}`} x={x0 - 8} y={y0 + i * CELL + CELL / 2 + 4} textAnchor="end" className="chart-tick">
            {c}
          </text>
        ))}
        {table.counts.map((row, i) =>
          row.map((count, j) => {
            const diag = i === j;
            const t = count / max;
            const fill =
              count === 0
                ? '#f6f5f2'
                : diag
                  ? `rgba(43, 90, 136, ${0.15 + 0.75 * t})`
                  : `rgba(196, 120, 20, ${0.15 + 0.7 * t})`;
            const dark = count > 0 && t > 0.55;
            return (
              <g key={`${i}-${j}`}>
                <rect x={x0 + j * CELL + 1} y={y0 + i * CELL + 1} width={CELL - 2} height={CELL - 2} rx={4} fill={fill}>
                  <title>{`${rowLabel} ${table.categories[i]} × ${colLabel} ${table.categories[j]}: ${count}`}</title>
                </rect>
                <text
                  x={x0 + j * CELL + CELL / 2}
                  y={y0 + i * CELL + CELL / 2 + 5}
                  textAnchor="middle"
                  className={`heat-count${dark ? ' heat-count--dark' : ''}${count === 0 ? ' heat-count--zero' : ''}`}
                >
                  {count}
                </text>
              </g>
            );
          }),
        )}
      </svg>
      <figcaption className="chart-caption">
        {title}.{' '}
        {table.kind === 'pooled-pairs'
          ? 'Every pair of coders counted in both orientations (symmetric).'
          : `Rows: ${rowLabel}; columns: ${colLabel}.`}
      </figcaption>
    </figure>
  );
}
