import { useEffect, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptStatus } from '../../../shared/api/status.ts';
import type { TrainingSet, TrainingSetReport } from '../../../shared/api/training.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import { errorMessage, send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';
import type { ProjectData } from '../../state/use-project-data.ts';
import { TrainingSetEditor } from './training-set-editor.tsx';
import { TrainingSetReportTable } from './training-set-report.tsx';
import { TrainingTranscripts } from './training-transcripts.tsx';

interface Props {
  coder: Coder;
  data: ProjectData;
}

/**
 * Training sets: a trainer or lead defines named sets of practice transcripts with a key each and
 * enrols trainees, then reads every trainee against the keys. A trainee sees their sets, submits their
 * transcripts there, and sees the comparison with the key only for what they have submitted.
 */
export function TrainingSets({ coder, data }: Props) {
  const privileged = isPrivilegedRole(coder.role);
  const [sets, setSets] = useState<TrainingSet[] | null>(null);
  const [reports, setReports] = useState<Record<string, TrainingSetReport>>({});
  const [statuses, setStatuses] = useState<TranscriptStatus[]>([]);
  const [editing, setEditing] = useState<TrainingSet | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);
  const refresh = () => setSeq((n) => n + 1);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const list = await send('training-list-sets', {});
        const rs = await Promise.all(list.map((s) => send('training-report-set', { id: s.id })));
        const st = coder.role === 'trainee' ? await send('status-list', { coderId: coder.id }) : [];
        if (!live) return;
        setSets(list);
        setReports(Object.fromEntries(rs.map((r) => [r.set.id, r])));
        setStatuses(st);
        setError(null);
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [coder, seq, data]);

  const submit = async (transcriptId: string) => {
    try {
      await trackWrite('Submitting', send('status-submit', { transcriptId, coderId: coder.id }));
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  const remove = async (s: TrainingSet) => {
    try {
      await trackWrite(`Deleting ${s.name}`, send('training-delete-set', { id: s.id }));
      refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (!privileged && coder.role !== 'trainee') return null;
  const inSet = (s: TrainingSet) => data.transcripts.filter((t) => s.items.some((i) => i.transcriptId === t.id));

  return (
    <section className="training-sets" aria-labelledby="tr-sets">
      <div className="card-head-row">
        <h2 className="card-title" id="tr-sets">
          Training sets
        </h2>
        {privileged && editing === null && (
          <button type="button" className="btn btn-small" onClick={() => setEditing('new')}>
            New training set
          </button>
        )}
      </div>
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
      {editing !== null && (
        <TrainingSetEditor
          set={editing === 'new' ? null : editing}
          transcripts={data.transcripts}
          coders={data.coders}
          onCancel={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            refresh();
          }}
        />
      )}
      {sets && sets.length === 0 && (
        <p className="muted small">
          {privileged
            ? 'No training set yet. A set is a named group of practice transcripts with a key each; trainees enrolled in it are compared with the key once they submit.'
            : 'You are not enrolled in a training set.'}
        </p>
      )}
      {sets?.map((s) => (
        <TrainingSetCard
          key={s.id}
          set={s}
          privileged={privileged}
          report={reports[s.id] ?? null}
          transcripts={inSet(s)}
          submittedAt={(id) => statuses.find((x) => x.transcriptId === id)?.submittedAt ?? null}
          onEdit={() => setEditing(s)}
          onDelete={() => void remove(s)}
          onSubmit={(id) => void submit(id)}
        />
      ))}
    </section>
  );
}

interface CardProps {
  set: TrainingSet;
  privileged: boolean;
  report: TrainingSetReport | null;
  transcripts: TranscriptSummary[];
  submittedAt: (transcriptId: string) => string | null;
  onEdit: () => void;
  onDelete: () => void;
  onSubmit: (transcriptId: string) => void;
}

/** One set: its keys (for trainers) or the trainee's transcripts to submit, then the trainees × transcripts table. */
function TrainingSetCard({
  set: s,
  privileged,
  report,
  transcripts,
  submittedAt,
  onEdit,
  onDelete,
  onSubmit,
}: CardProps) {
  return (
    <article className="card training-set" aria-label={`Training set ${s.name}`}>
      <div className="card-head-row">
        <h3 className="card-title">{s.name}</h3>
        {privileged && (
          <span className="confirm-inline">
            <button type="button" className="btn btn-small" onClick={onEdit}>
              Edit
            </button>
            <button type="button" className="btn btn-small danger-text" onClick={onDelete}>
              Delete set
            </button>
          </span>
        )}
      </div>
      {privileged ? (
        <p className="muted small">
          {s.items.length === 1 ? '1 transcript' : `${s.items.length} transcripts`} ·{' '}
          {s.items.map((i) => `${i.title}: key ${i.keyCoderName ?? 'not chosen'}`).join(' · ')}
        </p>
      ) : (
        <TrainingTranscripts
          privileged={false}
          transcripts={transcripts}
          keyCandidates={[]}
          keyOf={() => ''}
          submittedAt={submittedAt}
          onSetKey={() => undefined}
          onSubmit={onSubmit}
        />
      )}
      {report && <TrainingSetReportTable report={report} />}
    </article>
  );
}
