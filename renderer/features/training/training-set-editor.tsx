import { useId, useState, type FormEvent } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TrainingSet } from '../../../shared/api/training.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { fieldErrorMessage, send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';

interface Props {
  /** The set to edit, or null for a new one. */
  set: TrainingSet | null;
  transcripts: readonly TranscriptSummary[];
  coders: readonly Coder[];
  onDone: () => void;
  onCancel: () => void;
}

/** Name a set, tick its practice transcripts with the key of each, and enrol trainees. */
export function TrainingSetEditor({ set, transcripts, coders, onDone, onCancel }: Props) {
  const [name, setName] = useState(set?.name ?? '');
  const [keys, setKeys] = useState<Record<string, string>>(
    Object.fromEntries((set?.items ?? []).map((i) => [i.transcriptId, i.keyCoderId ?? ''])),
  );
  const [trainees, setTrainees] = useState<Set<string>>(new Set(set?.trainees.map((t) => t.id) ?? []));
  const [error, setError] = useState<string | null>(null);
  const nameId = useId();
  const keyCandidates = coders.filter((c) => c.role !== 'trainee');
  const traineeCoders = coders.filter((c) => c.role === 'trainee');

  const toggle = (transcriptId: string, on: boolean) =>
    setKeys((k) => {
      const next = { ...k };
      if (on) next[transcriptId] = '';
      else delete next[transcriptId];
      return next;
    });

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Give the set a name.');
    setError(null);
    const items = transcripts
      .filter((t) => t.id in keys)
      .map((t) => ({ transcriptId: t.id, keyCoderId: keys[t.id] || null }));
    const body = { name: name.trim(), items, traineeIds: [...trainees] };
    try {
      await trackWrite(
        set ? `Saving ${set.name}` : 'Creating a training set',
        set ? send('training-update-set', { id: set.id, ...body }) : send('training-create-set', body),
      );
      onDone();
    } catch (err) {
      setError(fieldErrorMessage(err));
    }
  };

  return (
    <form className="card training-set-editor" onSubmit={(e) => void save(e)} noValidate aria-label="Training set">
      <label htmlFor={nameId} className="section-label">
        Name
      </label>
      <input
        id={nameId}
        className="input"
        value={name}
        maxLength={120}
        placeholder="e.g. Autumn practice set"
        onChange={(e) => setName(e.target.value)}
      />
      <h3 className="section-label">Practice transcripts and their keys</h3>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">In the set</th>
            <th scope="col">Key</th>
          </tr>
        </thead>
        <tbody>
          {transcripts.map((t) => (
            <tr key={t.id}>
              <td>
                <label className="check">
                  <input type="checkbox" checked={t.id in keys} onChange={(e) => toggle(t.id, e.target.checked)} />{' '}
                  {t.title}
                </label>
              </td>
              <td>
                <select
                  className="input input-small"
                  aria-label={`Key for ${t.title}`}
                  disabled={!(t.id in keys)}
                  value={keys[t.id] ?? ''}
                  onChange={(e) => setKeys((k) => ({ ...k, [t.id]: e.target.value }))}
                >
                  <option value="">No key yet</option>
                  {keyCandidates.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.role === 'consensus' ? 'The consensus record' : c.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="section-label">Trainees</h3>
      <TraineeChecks trainees={traineeCoders} chosen={trainees} onChange={setTrainees} />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary">
          {set ? 'Save set' : 'Create set'}
        </button>
      </div>
    </form>
  );
}

function TraineeChecks({
  trainees,
  chosen,
  onChange,
}: {
  trainees: readonly Coder[];
  chosen: Set<string>;
  onChange: (next: Set<string>) => void;
}) {
  if (trainees.length === 0)
    return <p className="muted small">No trainee yet: add coders with the role Trainee in Project settings.</p>;
  return (
    <div className="training-set-trainees">
      {trainees.map((c) => (
        <label key={c.id} className="check">
          <input
            type="checkbox"
            checked={chosen.has(c.id)}
            onChange={(e) => {
              const next = new Set(chosen);
              if (e.target.checked) next.add(c.id);
              else next.delete(c.id);
              onChange(next);
            }}
          />{' '}
          {c.name}
        </label>
      ))}
    </div>
  );
}
