import { useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { useFormatter } from '../../state/prefs.ts';

interface Props {
  /** A lead or trainer chooses keys; a trainee submits. */
  privileged: boolean;
  transcripts: readonly TranscriptSummary[];
  /** Who may be a key coder (no trainee, no consensus). */
  keyCandidates: readonly Coder[];
  keyOf: (transcriptId: string) => string;
  /** When the trainee submitted the transcript, or null. */
  submittedAt: (transcriptId: string) => string | null;
  onSetKey: (transcriptId: string, coderId: string) => void;
  onSubmit: (transcriptId: string) => void;
}

/** Each transcript with its key coder (chosen here by a trainer) or, for a trainee, Submit (after a confirmation). */
export function TrainingTranscripts(props: Props) {
  const f = useFormatter();
  const { privileged, transcripts, keyCandidates, keyOf, submittedAt, onSetKey, onSubmit } = props;
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
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
          {transcripts.map((t) => (
            <tr key={t.id}>
              <th scope="row">{t.title}</th>
              <td>
                {privileged ? (
                  <select
                    className="input input-small"
                    aria-label={`Key coder for ${t.title}`}
                    value={keyOf(t.id)}
                    onChange={(e) => onSetKey(t.id, e.target.value)}
                  >
                    <option value="">No key</option>
                    {keyCandidates.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name}
                      </option>
                    ))}
                  </select>
                ) : submittedAt(t.id) ? (
                  <span className="yes">Submitted {f.date(submittedAt(t.id)!)}</span>
                ) : confirming === t.id ? (
                  <span className="confirm-inline">
                    <span className="small">Submit your coding? The key becomes visible.</span>
                    <button
                      type="button"
                      className="btn btn-small btn-primary"
                      onClick={() => {
                        setConfirming(null);
                        onSubmit(t.id);
                      }}
                    >
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
  );
}
