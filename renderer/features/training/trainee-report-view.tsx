import type { TraineeReport } from '../../../shared/reliability/types.ts';
import { formatNumber, formatPercent } from '../../../shared/reliability/format.ts';
import { RunningAgreementChart } from '../../ui/charts/running-agreement.tsx';
import { NCount, StatValue, WarningBadge } from '../../ui/stat-value.tsx';

interface Props {
  report: TraineeReport;
  scaleLabel: (scaleId: string) => string;
}

/** A trainee against the key: match per transcript at the pass level, scale deviations, running agreement vs the threshold. */
export function TraineeReportView({ report, scaleLabel }: Props) {
  const isPct = report.statistic === 'percent-agreement';
  const f = report.final;
  const verdict = f.passed === null ? 'not-compared' : f.passed ? 'pass' : 'not-yet';
  return (
    <div className="trainee-report" data-testid="trainee-report">
      <div className="summary-cards">
        <div className={`summary-card verdict verdict--${verdict}`} data-testid="trainee-verdict">
          <span className="figure-label">
            {report.traineeName} at {report.level}
          </span>
          <span className="figure-value">{verdict === 'pass' ? 'PASS' : verdict === 'not-yet' ? 'NOT YET' : '—'}</span>
          <span className="figure-meta">
            {f.value === null
              ? 'no submitted transcript compared yet'
              : `${isPct ? formatPercent(f.value) : `κ ${formatNumber(f.value)}`} against ${isPct ? formatPercent(report.threshold) : formatNumber(report.threshold)}`}
          </span>
        </div>
        <div className="summary-card">
          <span className="figure-label">Percent agreement</span>
          <span className="figure-value" data-testid="trainee-agreement">
            <StatValue stat={f.percentAgreement} percent showCi={false} />
          </span>
          <span className="figure-meta">
            <NCount n={f.n} unit="transcripts" /> <WarningBadge warning={f.warning} />
          </span>
        </div>
        <div className="summary-card">
          <span className="figure-label">Cohen’s kappa</span>
          <span className="figure-value">
            <StatValue stat={f.kappa} showCi={false} />
          </span>
          <span className="figure-meta">
            {f.kappa.ci
              ? `95% CI ${formatNumber(f.kappa.ci.lower)} to ${formatNumber(f.kappa.ci.upper)}`
              : 'trainee × key'}
          </span>
        </div>
      </div>
      {report.transcripts.length > 0 && <RunningAgreementChart report={report} />}
      <table className="data-table" aria-label="Trainee against the key">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Transcript</th>
            <th scope="col">Trainee</th>
            <th scope="col">Key</th>
            <th scope="col">Match ({report.level})</th>
            <th scope="col">Scale deviations (key − trainee)</th>
            <th scope="col" className="num">
              Running
            </th>
          </tr>
        </thead>
        <tbody>
          {report.transcripts.map((r, i) => (
            <tr key={r.transcriptId} data-testid="trainee-row">
              <td className="num">{i + 1}</td>
              <th scope="row">{r.title}</th>
              <td>{r.traineeClassification ?? '–'}</td>
              <td>{r.keyClassification ?? '–'}</td>
              <td title={r.reason ?? undefined}>
                {r.match === null ? (
                  <span className="muted">{r.reason ?? '–'}</span>
                ) : r.match ? (
                  <span className="yes">✓ match</span>
                ) : (
                  <span className="no">
                    ✗ {r.traineeLabel} vs {r.keyLabel}
                  </span>
                )}
              </td>
              <td className="small">
                {r.scaleDeviations.length === 0
                  ? '–'
                  : r.scaleDeviations
                      .filter((d) => d.deviation !== 0)
                      .map(
                        (d) =>
                          `${scaleLabel(d.scaleId)}${d.target === 'transcript' ? '' : ` (${d.target})`} ${d.deviation > 0 ? '+' : ''}${d.deviation}`,
                      )
                      .join(' · ') || 'all equal'}
              </td>
              <td className="num">
                {r.running.value === null
                  ? '–'
                  : isPct
                    ? formatPercent(r.running.value)
                    : formatNumber(r.running.value)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.scaleSummary.length > 0 && (
        <p className="table-note">
          Mean |key − trainee|:{' '}
          {report.scaleSummary
            .map(
              (s) =>
                `${scaleLabel(s.scaleId)}${s.target === 'transcript' ? '' : ` (${s.target})`} ${formatNumber(s.meanAbsoluteDeviation)} (n = ${s.n})`,
            )
            .join('; ')}
        </p>
      )}
      {report.pending.length > 0 && (
        <div className="pending">
          <h3 className="section-label">Not compared yet</h3>
          <ul className="plain-list">
            {report.pending.map((p) => (
              <li key={p.transcriptId}>
                <strong>{p.title}</strong> <span className="muted small">{p.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
