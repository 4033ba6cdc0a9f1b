import type { TraineeReport } from '../../../shared/reliability/types.ts';
import { formatNumber, formatPercent } from '../../../shared/reliability/format.ts';

interface Props {
  report: TraineeReport;
}

const W = 560;
const H = 200;
const PAD = { l: 44, r: 16, t: 14, b: 30 };

/** Running agreement after each submitted transcript, against the pass threshold (dashed). */
export function RunningAgreementChart({ report }: Props) {
  const rows = report.transcripts;
  const isPct = report.statistic === 'percent-agreement';
  const lo = isPct ? 0 : Math.min(0, ...rows.map((r) => r.running.value ?? 0));
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  const x = (i: number) => PAD.l + (rows.length <= 1 ? iw / 2 : (i / (rows.length - 1)) * iw);
  const y = (v: number) => PAD.t + ih - ((v - lo) / (1 - lo)) * ih;
  const fmtV = (v: number) => (isPct ? formatPercent(v) : formatNumber(v));
  const pts = rows.map((r, i) => (r.running.value === null ? null : { x: x(i), y: y(r.running.value), r }));
  const path = pts
    .filter((p): p is NonNullable<typeof p> => p !== null)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`)
    .join(' ');
  return (
    <figure className="chart running">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        role="img"
        aria-label={`Running ${isPct ? 'agreement' : 'kappa'} against the threshold ${fmtV(report.threshold)}`}
      >
        <rect x={PAD.l} y={PAD.t} width={iw} height={ih} className="plot-bg" />
        {[lo, (lo + 1) / 2, 1].map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={PAD.l + iw} y1={y(t)} y2={y(t)} className="plot-grid" />
            <text x={PAD.l - 6} y={y(t) + 4} textAnchor="end" className="chart-tick">
              {isPct ? `${Math.round(t * 100)}%` : formatNumber(t, 1)}
            </text>
          </g>
        ))}
        <line x1={PAD.l} x2={PAD.l + iw} y1={y(report.threshold)} y2={y(report.threshold)} className="plot-threshold" />
        <text
          x={PAD.l + iw - 4}
          y={y(report.threshold) - 5}
          textAnchor="end"
          className="chart-tick chart-tick--threshold"
        >
          pass {fmtV(report.threshold)}
        </text>
        <path d={path} className="plot-line" />
        {pts.map((p, i) =>
          p ? (
            <circle
              key={i}
              cx={p.x}
              cy={p.y}
              r={5}
              className={`plot-point ${p.r.match === false ? 'plot-point--miss' : ''}`}
            >
              <title>{`${p.r.title}: ${p.r.match === null ? 'not compared' : p.r.match ? 'match' : 'no match'}; running ${fmtV(p.r.running.value!)} (n = ${p.r.running.n})`}</title>
            </circle>
          ) : null,
        )}
        {rows.map((_, i) => (
          <text key={i} x={x(i)} y={H - 10} textAnchor="middle" className="chart-tick">
            {i + 1}
          </text>
        ))}
      </svg>
      <figcaption className="chart-caption">
        Running {isPct ? 'percent agreement' : 'Cohen’s kappa'} after each submitted transcript (in submission order).
      </figcaption>
    </figure>
  );
}
