import { useId, useState, type FormEvent } from 'react';
import type { Coder, CoderRole } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import { errorMessage, fieldErrorMessage, send } from '../api/client.ts';
import { trackWrite } from '../state/save-status.ts';
import { AppMark } from '../ui/app-mark.tsx';
import { NewCoderRole } from './new-coder-role.tsx';

interface Props {
  project: ProjectSummary;
  coders: Coder[];
  onChosen: (coder: Coder) => Promise<void>;
  onCloseProject: () => void;
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

/** Who is coding: annotations are stored per coder, so reliability can compare independent codings. */
export function CoderPicker({ project, coders, onChosen, onCloseProject }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [role, setRole] = useState<CoderRole>('coder');
  const firstCoder = !coders.some((c) => c.role !== 'consensus');
  const ids = { name: useId(), err: useId(), list: useId() };

  const create = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('Enter a name or initials for the new coder.');
      return;
    }
    setBusy(true);
    try {
      const coder = await trackWrite(
        'Creating coder',
        send('coder-create', { name: trimmed, role: firstCoder ? 'lead' : role }),
      );
      await onChosen(coder);
    } catch (err) {
      setError(fieldErrorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="start-screen">
      <div className="start-inner narrow">
        <header className="start-header">
          <AppMark size={40} />
          <div>
            <h1 className="start-title">Who is coding?</h1>
            <p className="start-tagline">
              Project <strong>{project.name}</strong>. Highlights and notes are saved under your name; you see only your
              own.
            </p>
          </div>
        </header>

        <section className="card">
          {coders.length > 0 && (
            <>
              <h2 className="section-label" id={ids.list}>
                Continue as
              </h2>
              <ul className="coder-list" aria-labelledby={ids.list}>
                {coders.map((c) => (
                  <li key={c.id}>
                    <button
                      type="button"
                      className="coder-item"
                      onClick={() => {
                        setBusy(true);
                        onChosen(c)
                          .catch((err: unknown) => setError(errorMessage(err)))
                          .finally(() => setBusy(false));
                      }}
                      disabled={busy}
                    >
                      <span className="avatar" aria-hidden="true">
                        {initials(c.name)}
                      </span>
                      <span className="coder-name">{c.name}</span>
                      <span className="coder-role">{c.role}</span>
                    </button>
                  </li>
                ))}
              </ul>
              <div className="divider" role="presentation" />
            </>
          )}
          <form onSubmit={create} noValidate>
            <label className="field-label" htmlFor={ids.name}>
              {coders.length > 0 ? 'Or add a new coder' : 'Your name or initials'}
            </label>
            <div className="field-row">
              <input
                id={ids.name}
                className="input"
                value={name}
                autoFocus={coders.length === 0}
                onChange={(e) => setName(e.target.value)}
                placeholder="e.g. A. Rivera"
                maxLength={80}
                autoComplete="off"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? ids.err : undefined}
              />
              <NewCoderRole firstCoder={firstCoder} role={role} onRole={setRole} />
              <button type="submit" className="btn btn-primary" disabled={busy}>
                Add coder
              </button>
            </div>
            <p className="muted small picker-role-hint">
              {firstCoder
                ? 'You will be this project’s lead: leads change settings and roles, reveal blind coding and import coding.'
                : 'A lead makes someone a lead or trainer, in Project settings.'}
            </p>
            {error && (
              <p className="field-error" id={ids.err} role="alert">
                {error}
              </p>
            )}
          </form>
        </section>
        <footer className="start-footer">
          <button type="button" className="btn btn-quiet" onClick={onCloseProject}>
            ← Close project
          </button>
        </footer>
      </div>
    </main>
  );
}
