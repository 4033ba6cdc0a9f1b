import { useCallback, useMemo, useState } from 'react';
import { errorMessage, send } from '../../api/client.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { formatPercent } from '../../../shared/reliability/format.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { trackWrite } from '../../state/save-status.ts';
import { ViewNotice } from '../../ui/view-notice.tsx';
import { TrainingReportCard } from './training-report-card.tsx';
import { TrainingSets } from './training-sets.tsx';
import { TrainingTranscripts } from './training-transcripts.tsx';
import { useTrainingReport } from './use-training-report.ts';

/**
 * Trainer mode: leads and trainers choose a key coder per transcript and read any trainee's report;
 * a trainee submits their transcripts (which releases the key for that transcript) and reads their own.
 * Training sets (named practice sets with keys and enrolled trainees) follow, with trainer mode on or off.
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
  const { report, statuses, error, setError, refresh } = useTrainingReport({
    trainerMode: s.trainerMode,
    traineeId,
    coder,
    keys: data.keys,
  });
  const scaleLabel = useCallback(
    (id: string) => data.codebook.codebook.scales.find((x) => x.id === id)?.label ?? id,
    [data.codebook],
  );

  if (!s.trainerMode)
    return (
      <div className="mc-page">
        <h1 className="mc-title">Training</h1>
        <ViewNotice title="Trainer mode is off">
          In trainer mode each transcript gets a key coder, trainees submit their coding, and their agreement with the
          key is tracked against a pass threshold ({formatPercent(s.passThreshold)} at {s.passLevel} by default).{' '}
          {privileged ? 'Turn it on in Project settings.' : 'A lead or trainer turns it on in Project settings.'}{' '}
          Training sets, below, work with trainer mode on or off.
        </ViewNotice>
        <TrainingSets coder={coder} data={data} />
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

  const setKey = async (transcriptId: string, coderId: string) => {
    try {
      await trackWrite('Choosing the key coder', send('training-set-key', { transcriptId, coderId: coderId || null }));
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const submit = async (transcriptId: string) => {
    try {
      await trackWrite('Submitting', send('status-submit', { transcriptId, coderId: coder.id }));
      refresh();
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
        <TrainingTranscripts
          privileged={privileged}
          transcripts={data.transcripts}
          keyCandidates={keyCandidates}
          keyOf={(id) => data.keys.find((k) => k.transcriptId === id)?.coderId ?? ''}
          submittedAt={(id) => statuses.find((x) => x.transcriptId === id)?.submittedAt ?? null}
          onSetKey={(id, coderId) => void setKey(id, coderId)}
          onSubmit={(id) => void submit(id)}
        />
        <TrainingReportCard
          privileged={privileged}
          trainees={trainees}
          traineeId={traineeId}
          onTrainee={setTraineeId}
          report={report}
          scaleLabel={scaleLabel}
        />
      </div>
      <TrainingSets coder={coder} data={data} />
    </div>
  );
}
