import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import { fieldErrorMessage, send } from '../../api/client.ts';
import { AppMark } from '../../ui/app-mark.tsx';

interface Props {
  focus: 'create' | 'open';
  onOpened: (project: ProjectSummary) => void;
  /** Shown when a project is still open behind this screen (File → Open… from the project). */
  onCancel?: (() => void) | undefined;
}

/** Same rule the API applies; checked here first so the message is immediate and plain. */
function pathProblem(path: string): string | null {
  const p = path.trim();
  if (!p) return 'Enter the full path of a project file, e.g. /home/me/studies/pilot.attune.';
  if (!p.toLowerCase().endsWith('.attune')) return 'A project file name ends in .attune.';
  return null;
}

/** The user needs only the sentence, capitalised (a path's field message is its own). */
function friendly(e: unknown): string {
  const msg = fieldErrorMessage(e);
  return msg.charAt(0).toUpperCase() + msg.slice(1);
}

function splitPath(path: string): { name: string; dir: string } {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { name: path.slice(i + 1), dir: i > 0 ? path.slice(0, i) : '' };
}

export function StartScreen({ focus, onOpened, onCancel }: Props) {
  const [createPath, setCreatePath] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recent, setRecent] = useState<string[] | null>(null);
  const createRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLInputElement>(null);
  const ids = { create: useId(), createErr: useId(), open: useId(), openErr: useId(), recent: useId() };

  useEffect(() => {
    (focus === 'create' ? createRef : openRef).current?.focus();
  }, [focus]);

  useEffect(() => {
    send('project-list-recent', {})
      .then(setRecent)
      .catch(() => setRecent([]));
  }, []);

  const run = async (kind: 'create' | 'open', path: string) => {
    const setError = kind === 'create' ? setCreateError : setOpenError;
    const problem = pathProblem(path);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const project = await send(kind === 'create' ? 'project-create' : 'project-open', { path: path.trim() });
      onOpened(project);
    } catch (e) {
      setError(friendly(e));
    } finally {
      setBusy(false);
    }
  };

  const submit = (kind: 'create' | 'open') => (e: FormEvent) => {
    e.preventDefault();
    void run(kind, kind === 'create' ? createPath : openPath);
  };

  return (
    <main className="start-screen">
      <div className="start-inner">
        <header className="start-header">
          <AppMark size={40} />
          <div>
            <h1 className="start-title">Attune</h1>
            <p className="start-tagline">A local workbench for coding Adult Attachment Interview transcripts.</p>
          </div>
        </header>

        <div className="start-grid">
          <section className="card" aria-labelledby={ids.create + '-h'}>
            <h2 className="card-title" id={ids.create + '-h'}>
              New project
            </h2>
            <p className="card-hint">A project is a single file that holds transcripts, coders and annotations.</p>
            <form onSubmit={submit('create')} noValidate>
              <label className="field-label" htmlFor={ids.create}>
                Project file
              </label>
              <div className="field-row">
                <input
                  ref={createRef}
                  id={ids.create}
                  className="input mono"
                  value={createPath}
                  onChange={(e) => setCreatePath(e.target.value)}
                  placeholder="/home/me/studies/pilot.attune"
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={createError ? true : undefined}
                  aria-describedby={createError ? ids.createErr : undefined}
                />
                <button type="submit" className="btn btn-primary" disabled={busy}>
                  Create
                </button>
              </div>
              {createError && (
                <p className="field-error" id={ids.createErr} role="alert">
                  {createError}
                </p>
              )}
            </form>
          </section>

          <section className="card" aria-labelledby={ids.open + '-h'}>
            <h2 className="card-title" id={ids.open + '-h'}>
              Open a project
            </h2>
            <form onSubmit={submit('open')} noValidate>
              <label className="field-label" htmlFor={ids.open}>
                Project file
              </label>
              <div className="field-row">
                <input
                  ref={openRef}
                  id={ids.open}
                  className="input mono"
                  value={openPath}
                  onChange={(e) => setOpenPath(e.target.value)}
                  placeholder="/home/me/studies/pilot.attune"
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={openError ? true : undefined}
                  aria-describedby={openError ? ids.openErr : undefined}
                />
                <button type="submit" className="btn" disabled={busy}>
                  Open
                </button>
              </div>
              {openError && (
                <p className="field-error" id={ids.openErr} role="alert">
                  {openError}
                </p>
              )}
            </form>

            <h3 className="section-label" id={ids.recent}>
              Recent
            </h3>
            {recent === null ? (
              <p className="muted small">Loading…</p>
            ) : recent.length === 0 ? (
              <p className="muted small">No recent projects yet.</p>
            ) : (
              <ul className="recent-list" aria-labelledby={ids.recent}>
                {recent.map((path) => {
                  const { name, dir } = splitPath(path);
                  const display = name.replace(/\.attune$/i, '');
                  return (
                    <li key={path}>
                      <button
                        type="button"
                        className="recent-item"
                        onClick={() => void run('open', path)}
                        disabled={busy}
                        title={path}
                        aria-label={`Open ${display} (${dir || 'this folder'})`}
                      >
                        <span className="recent-name">{display}</span>
                        <span className="recent-dir mono">{dir}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        </div>

        <footer className="start-footer">
          {onCancel && (
            <button type="button" className="btn btn-quiet" onClick={onCancel}>
              ← Back to the open project
            </button>
          )}
          <p className="muted small">Everything stays on this computer. Nothing is sent anywhere.</p>
        </footer>
      </div>
    </main>
  );
}
