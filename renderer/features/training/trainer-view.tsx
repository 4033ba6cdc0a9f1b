import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { TranscriptStatus } from '../../../shared/api/status.ts';
import type { TraineeReport } from '../../../shared/reliability/types.ts';
import { errorMessage, send } from '../../api/client.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { formatPercent } from '../../../shared/reliability/format.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { trackWrite } from '../../state/save-status.ts';
import { TraineeReportView } from './trainee-report-view.tsx';
import { ViewNotice } from '../../ui/view-notice.tsx';

/**
 * Trainer mode: leads and trainers choose a key coder per transcript and read any trainee's report;
 * a trainee submits their transcripts (which releases the key for that transcript) and reads their own.
 */
export function TrainerView({ coder, data, reload }: ViewProps) {
  const s = data.settings;
  const privileged = isPrivilegedRole(coder.role);
  const trainees = useMemo(() => data.coders.filter((c) => c.role === 'trainee'), [data.coders]);
  const keyCandidates = useMemo(
    () => data.coders.filter((c) => c.role !== 'consensus' && c.role !== 'trainee'),
    [data.coders],
  );
  const [traineeId, setTraineeId] = useState<string>(coder.role === 'trainee' ? coder.id : (trainees[0]?.id ?? ''));
  const [report, setReport] = useState<TraineeReport | null>(null);
  const [statuses, setStatuses] = useState<TranscriptStatus[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);
  const [confirming, setConfirming] = useState<string | null>(null);
  const selectId = useId();
  const scaleLabel = useCallback(
    (id: string) => data.codebook.codebook.scales.find((x) => x.id === id)?.label ?? id,
    [data.codebook],
  );

  useEffect(() => {
    if (!s.trainerMode || !traineeId) return;
    let live = true;
    void (async () => {
      try {
        const [r, st] = await Promise.all([
          send('training-report', { traineeId }),
          coder.role === 'trainee'
            ? send('status-list', { coderId: coder.id })
            : Promise.resolve([] as TranscriptStatus[]),
        ]);
        if (!live) return;
        setReport(r);
        setStatuses(st);
        setError(null);
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [s.trainerMode, traineeId, coder, seq, data.keys]);

  if (!s.trainerMode)
    return (
      <div className="mc-page">
        <h1 className="mc-title">Training</h1>
        <ViewNotice title="Trainer mode is off">
          In trainer mode each transcript gets a key coder, trainees submit their coding, and their agreement with the
          key is tracked against a pass threshold ({formatPercent(s.passThreshold)} at {s.passLevel} by default).{' '}
          {privileged ? 'Turn it on in Project settings.' : 'A lead or trainer turns it on in Project settings.'}
        </ViewNotice>
      </div>
    );

  if (!privileged && coder.role !== 'trainee')
    return (
      <div className="mc-page">
        <h1 className="mc-title">Training</h1>
        <ViewNotice title="For trainers and trainees" tone="locked">
          Keys are chosen by a lead or trainer, and reports are for trainees and their trainers. You are coding as{' '}
          {coder.name} ({coder.role}).
        </ViewNotice>
      </div>
    );

  const keyOf = (transcriptId: string) => data.keys.find((k) => k.transcriptId === transcriptId)?.coderId ?? '';
  const submittedAt = (transcriptId: string) =>
    statuses.find((x) => x.transcriptId === transcriptId)?.submittedAt ?? null;

  const setKey = async (transcriptId: string, coderId: string) => {
    try {
      await trackWrite('Choosing the key coder', send('training-set-key', { transcriptId, coderId: coderId || null }));
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const submit = async (transcriptId: string) => {
    setConfirming(null);
    try {
      await trackWrite('Submitting', send('status-submit', { transcriptId, coderId: coder.id }));
      setSeq((n) => n + 1);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="mc-page mc-page--wide">
      <header className="mc-page-head">
        <div>
          <h1 className="mc-title">Training</h1>
          <p className="muted small">
            Pass rule:{' '}
            {s.passStatistic === 'percent-agreement'
              ? `${formatPercent(s.passThreshold)} agreement`
              : `Cohen’s κ ≥ ${s.passThreshold}`}{' '}
            at the {s.passLevel} level (Project settings).
          </p>
        </div>
      </header>
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
      <div className="training-grid">
        <section className="card" aria-labelledby="tr-keys">
          <h2 className="card-title" id="tr-keys">
            {privileged ? 'Key coders' : 'Your transcripts'}
          </h2>
          {!privileged && (
            <p className="card-hint">
              Submit a transcript when your coding of it is final. The trainer’s key for that transcript then becomes
              visible to you, and it counts towards your agreement. Submitting cannot be undone.
            </p>
          )}
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Transcript</th>
                <th scope="col">{privileged ? 'Key coder' : 'Status'}</th>
              </tr>
            </thead>
            <tbody>
              {data.transcripts.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.title}</th>
                  <td>
                    {privileged ? (
                      <select
                        className="input input-small"
                        aria-label={`Key coder for ${t.title}`}
                        value={keyOf(t.id)}
                        onChange={(e) => void setKey(t.id, e.target.value)}
                      >
                        <option value="">No key</option>
                        {keyCandidates.map((c) => (
                          <option key={c.id} value={c.id}>
                            {c.name}
                          </option>
                        ))}
                      </select>
                    ) : submittedAt(t.id) ? (
                      <span className="yes">Submitted {new Date(submittedAt(t.id)!).toLocaleDateString()}</span>
                    ) : confirming === t.id ? (
                      <span className="confirm-inline">
                        <span className="small">Submit your coding? The key becomes visible.</span>
                        <button type="button" className="btn btn-small btn-primary" onClick={() => void submit(t.id)}>
                          Submit
                        </button>
                        <button type="button" className="btn btn-small btn-quiet" onClick={() => setConfirming(null)}>
                          Cancel
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="btn btn-small"
                        aria-label={`Submit ${t.title}`}
                        onClick={() => setConfirming(t.id)}
                      >
                        Submit…
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
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
                  onChange={(e) => setTraineeId(e.target.value)}
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
      </div>
    </div>
  );
}
