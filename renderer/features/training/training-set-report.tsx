import type { TrainingSetReport } from '../../../shared/api/training.ts';
import { formatPercent } from '../../../shared/reliability/format.ts';

/**
 * Trainees × transcripts: each submitted transcript compared with its key (the trainee's and the key's
 * label at the pass level), what is still pending and why, and each trainee's agreement so far.
 */
export function TrainingSetReportTable({ report }: { report: TrainingSetReport }) {
  const { set, reports } = report;
  if (reports.length === 0) return <p className="muted small">No trainee is enrolled in this set yet.</p>;
  return (
    <div className="training-set-report-scroll">
      <table className="data-table training-set-report" aria-label={`${set.name}: trainees against the keys`}>
        <thead>
          <tr>
            <th scope="col">Trainee</th>
            {set.items.map((i) => (
              <th scope="col" key={i.transcriptId}>
                {i.title}
              </th>
            ))}
            <th scope="col">Agreement</th>
          </tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.traineeId}>
              <th scope="row">{r.traineeName}</th>
              {set.items.map((i) => {
                const row = r.transcripts.find((x) => x.transcriptId === i.transcriptId);
                const pending = r.pending.find((x) => x.transcriptId === i.transcriptId);
                if (row)
                  return (
                    <td key={i.transcriptId} className={row.match === null ? '' : row.match ? 'yes' : 'no'}>
                      {row.match === null
                        ? row.reason
                        : `${row.match ? '✓' : '✗'} ${row.traineeLabel ?? '—'} (key ${row.keyLabel ?? '—'})`}
                    </td>
                  );
                return (
                  <td key={i.transcriptId} className="muted small">
                    {pending?.reason ?? '—'}
                  </td>
                );
              })}
              <td>
                {r.final.n === 0
                  ? '—'
                  : `${formatPercent(r.final.percentAgreement.value)} of ${r.final.n}${
                      r.final.passed === null ? '' : r.final.passed ? ' · passing' : ' · not yet'
                    }`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
