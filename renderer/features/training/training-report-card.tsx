import { useId } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TraineeReport } from '../../../shared/reliability/types.ts';
import { TraineeReportView } from './trainee-report-view.tsx';

interface Props {
  /** A lead or trainer chooses the trainee; a trainee sees their own report. */
  privileged: boolean;
  trainees: readonly Coder[];
  traineeId: string;
  onTrainee: (id: string) => void;
  report: TraineeReport | null;
  scaleLabel: (scaleId: string) => string;
}

/** The report card: a trainer's choice of trainee, then the report (or why there is none yet). */
export function TrainingReportCard({ privileged, trainees, traineeId, onTrainee, report, scaleLabel }: Props) {
  const selectId = useId();
  return (
    <section className="card" aria-labelledby="tr-report">
      <div className="card-head-row">
        <h2 className="card-title" id="tr-report">
          {privileged ? 'Trainee report' : 'Your report'}
        </h2>
        {privileged && (
          <>
            <label className="visually-hidden" htmlFor={selectId}>
              Trainee
            </label>
            <select
              id={selectId}
              className="input input-small"
              value={traineeId}
              onChange={(e) => onTrainee(e.target.value)}
            >
              {trainees.length === 0 && <option value="">No trainee yet</option>}
              {trainees.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {trainees.length === 0 && privileged ? (
        <p className="muted small">Add coders with the role Trainee in Project settings.</p>
      ) : report ? (
        <TraineeReportView report={report} scaleLabel={scaleLabel} />
      ) : (
        <p className="muted small">Loading…</p>
      )}
    </section>
  );
}
