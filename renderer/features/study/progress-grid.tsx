import type { StudyProgress } from '../../../shared/api/study.ts';
import { StateBadge } from './state-badge.tsx';

interface Props {
  progress: StudyProgress;
  /** A lead may reveal; others see no Reveal column. */
  canReveal: boolean;
  blind: boolean;
  busy: boolean;
  onReveal: (transcriptId: string, title: string) => void;
}

/** Per transcript and assigned coder: not started, in progress, complete, returned; Reveal per transcript. */
export function ProgressGrid({ progress, canReveal, blind, busy, onReveal }: Props) {
  const { coders, transcripts } = progress;
  const showReveal = canReveal && blind;
  return (
    <section className="card study-progress" aria-labelledby="study-progress-title">
      <div className="card-head-row">
        <h2 className="card-title" id="study-progress-title">
          Progress
        </h2>
        {!progress.planned && <p className="muted small">No plan: every coder counts for every transcript.</p>}
      </div>
      {transcripts.length === 0 ? (
        <p className="card-hint">Nothing assigned yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table study-grid" aria-label="Progress: transcripts by coders">
            <thead>
              <tr>
                <th scope="col">Transcript</th>
                {coders.map((c) => (
                  <th key={c.id} scope="col">
                    {c.name}
                  </th>
                ))}
                {showReveal && <th scope="col">Blind coding</th>}
              </tr>
            </thead>
            <tbody>
              {transcripts.map((t) => (
                <tr key={t.id}>
                  <th scope="row">{t.title}</th>
                  {coders.map((c) => (
                    <td key={c.id}>
                      {t.states[c.id] ? (
                        <StateBadge state={t.states[c.id]!} />
                      ) : (
                        <span className="study-unassigned" title="Not assigned">
                          —
                        </span>
                      )}
                    </td>
                  ))}
                  {showReveal && (
                    <td>
                      {t.revealed ? (
                        <span className="study-revealed">Revealed</span>
                      ) : (
                        // A disabled button shows no tooltip in Chromium: the wrapper carries it.
                        <span title={t.revealBlocked ?? `Reveal ${t.title} to every coder`}>
                          <button
                            type="button"
                            className="btn btn-small"
                            disabled={busy || t.revealBlocked !== null}
                            aria-label={`Reveal ${t.title}`}
                            aria-describedby={t.revealBlocked ? `why-${t.id}` : undefined}
                            onClick={() => onReveal(t.id, t.title)}
                          >
                            Reveal
                          </button>
                          {t.revealBlocked && (
                            <span id={`why-${t.id}`} className="visually-hidden">
                              {t.revealBlocked}
                            </span>
                          )}
                        </span>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Totals</th>
                {coders.map((c) => (
                  <td key={c.id} className="study-total">
                    <strong>{c.complete}</strong> of {c.assigned} complete
                    <br />
                    <strong>{c.returned}</strong> returned
                  </td>
                ))}
                {showReveal && <td />}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
