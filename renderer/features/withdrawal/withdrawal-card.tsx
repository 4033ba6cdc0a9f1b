import { useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { DeleteDialog, type DeleteTarget } from './delete-dialog.tsx';
import { DeleteRowButton } from './delete-row-button.tsx';

interface Props {
  coder: Coder;
  coders: Coder[];
  transcripts: TranscriptSummary[];
  onDeleted: () => Promise<void>;
}

/**
 * Withdrawal: a lead deletes a transcript (a participant withdrew, a wrong import) or a coder, with
 * everything attached, after a confirmation that names what goes.
 */
export function WithdrawalCard({ coder, coders, transcripts, onDeleted }: Props) {
  const [target, setTarget] = useState<DeleteTarget | null>(null);
  const isLead = coder.role === 'lead';
  return (
    <section className="card settings-card settings-card--wide" aria-labelledby="st-withdrawal">
      <h2 className="card-title" id="st-withdrawal">
        Withdrawal
      </h2>
      <p className="card-hint">
        When a participant withdraws, or something was imported by mistake, a lead deletes the transcript with every
        coder’s coding of it, or a coder with all their coding. The deletion is final and leaves nothing of it in the
        project file.
      </p>
      {!isLead ? (
        <p className="muted small">Only a lead deletes transcripts and coders.</p>
      ) : (
        <div className="withdrawal-lists">
          <table className="data-table" aria-label="Transcripts to delete">
            <thead>
              <tr>
                <th scope="col">Transcript</th>
                <th scope="col">
                  <span className="visually-hidden">Delete</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {transcripts.map((t) => (
                <tr key={t.id}>
                  <td>{t.title}</td>
                  <td className="withdrawal-action">
                    <DeleteRowButton
                      label={`Delete transcript ${t.title}`}
                      onClick={() => setTarget({ kind: 'transcript', id: t.id, name: t.title })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="data-table" aria-label="Coders to delete">
            <thead>
              <tr>
                <th scope="col">Coder</th>
                <th scope="col">
                  <span className="visually-hidden">Delete</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {coders.map((c) => (
                <tr key={c.id}>
                  <td>
                    {c.name}
                    {c.id === coder.id && <span className="you-tag">you</span>}
                  </td>
                  <td className="withdrawal-action">
                    {c.id !== coder.id && (
                      <DeleteRowButton
                        label={`Delete coder ${c.name}`}
                        onClick={() => setTarget({ kind: 'coder', id: c.id, name: c.name })}
                      />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {target && (
        <DeleteDialog
          target={target}
          onClose={() => setTarget(null)}
          onDeleted={async () => {
            setTarget(null);
            await onDeleted();
          }}
        />
      )}
    </section>
  );
}
