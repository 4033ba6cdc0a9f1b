import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import { ApiCallError, fieldErrorMessage, send } from '../../api/client.ts';
import { looksEncryptedPath, OpenEncryptedDialog } from '../packages/index.ts';
import { AppMark } from '../../ui/app-mark.tsx';
import { StartPicker } from './start-picker.tsx';
import { pathProblem } from './project-path.ts';
import { DemoCard } from './demo-card.tsx';
import { useDemoOpen } from './use-demo-open.ts';
import { ProjectPathForm } from './project-path-form.tsx';
import { RecentProjects } from './recent-projects.tsx';

interface Props {
  focus: 'create' | 'open';
  onOpened: (project: ProjectSummary) => void;
  /** Shown when a project is still open behind this screen (File → Open… from the project). */
  onCancel?: (() => void) | undefined;
  /** An encrypted file chosen in the desktop app's Open dialog: its passphrase is asked at once. */
  encrypted?: string | undefined;
}

/** The user needs only the sentence, capitalised (a path's field message is its own). */
function friendly(e: unknown): string {
  const msg = fieldErrorMessage(e);
  return msg.charAt(0).toUpperCase() + msg.slice(1);
}

/**
 * The first screen, and File → New/Open… later: create a project file or open one (by path or from the
 * recent list). Paths are checked here first, then by the API.
 */
export function StartScreen({ focus, onOpened, onCancel, encrypted: chosen }: Props) {
  const [createPath, setCreatePath] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);
  const [openError, setOpenError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [encrypted, setEncrypted] = useState<string | null>(chosen ?? null); // asks an encrypted file's passphrase
  const demo = useDemoOpen(onOpened, setBusy);
  const [recent, setRecent] = useState<string[] | null>(null);
  const createRef = useRef<HTMLInputElement>(null);
  const openRef = useRef<HTMLInputElement>(null);
  const ids = { create: useId(), createErr: useId(), open: useId(), openErr: useId() };
  const [picker, setPicker] = useState<'create' | 'open' | null>(null);

  useEffect(() => {
    (focus === 'create' ? createRef : openRef).current?.focus();
  }, [focus]);

  useEffect(() => void send('project-list-recent', {}).then(setRecent, () => setRecent([])), []);

  const run = async (kind: 'create' | 'open', path: string) => {
    const setError = kind === 'create' ? setCreateError : setOpenError;
    if (kind === 'open' && looksEncryptedPath(path)) return setEncrypted(path.trim());
    const problem = pathProblem(path);
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      const project = await send(kind === 'create' ? 'project-create' : 'project-open', { path: path.trim() });
      onOpened(project);
    } catch (e) {
      // An encrypted package renamed to .attune: the host recognises it and the passphrase is asked.
      if (kind === 'open' && e instanceof ApiCallError && e.type === 'passphrase') setEncrypted(path.trim());
      else setError(friendly(e));
    } finally {
      setBusy(false);
    }
  };

  // With nothing to reopen, the demo is the way in; once there are projects it is one line among them.
  const demoProminent = recent !== null && recent.length === 0;

  const submit = (kind: 'create' | 'open') => (e: FormEvent) =>
    void (e.preventDefault(), run(kind, kind === 'create' ? createPath : openPath));

  return (
    <main className="start-screen">
      <div className="start-inner">
        <StartHeader />

        <DemoCard
          prominent={demoProminent}
          busy={busy}
          building={demo.building}
          error={demo.error}
          onOpen={() => void demo.open()}
        />

        <div className="start-grid">
          <section className="card" aria-labelledby={ids.create + '-h'}>
            <h2 className="card-title" id={ids.create + '-h'}>
              New project
            </h2>
            <p className="card-hint">A project is a single file that holds transcripts, coders and annotations.</p>
            <ProjectPathForm
              inputRef={createRef}
              inputId={ids.create}
              errorId={ids.createErr}
              value={createPath}
              onChange={setCreatePath}
              error={createError}
              busy={busy}
              action="Create"
              buttonClass={demoProminent ? 'btn' : 'btn btn-primary'}
              onSubmit={submit('create')}
              onBrowse={() => setPicker('create')}
            />
          </section>

          <section className="card" aria-labelledby={ids.open + '-h'}>
            <h2 className="card-title" id={ids.open + '-h'}>
              Open a project
            </h2>
            <ProjectPathForm
              inputRef={openRef}
              inputId={ids.open}
              errorId={ids.openErr}
              value={openPath}
              onChange={setOpenPath}
              error={openError}
              busy={busy}
              action="Open"
              buttonClass="btn"
              onSubmit={submit('open')}
              onBrowse={() => setPicker('open')}
            />
            <RecentProjects recent={recent} busy={busy} onOpen={(path) => void run('open', path)} />
          </section>
        </div>

        {encrypted && <OpenEncryptedDialog path={encrypted} onOpened={onOpened} onClose={() => setEncrypted(null)} />}
        {picker && (
          <StartPicker
            kind={picker}
            typed={picker === 'create' ? createPath : openPath}
            recent={recent}
            onClose={() => setPicker(null)}
            onPick={(path) => {
              setPicker(null);
              (picker === 'create' ? setCreatePath : setOpenPath)(path);
              void run(picker, path);
            }}
          />
        )}
        <StartFooter onCancel={onCancel} />
      </div>
    </main>
  );
}

function StartHeader() {
  return (
    <header className="start-header">
      <AppMark size={40} />
      <div>
        <h1 className="start-title">Attune</h1>
        <p className="start-tagline">A local workbench for coding Adult Attachment Interview transcripts.</p>
      </div>
    </header>
  );
}

function StartFooter({ onCancel }: { onCancel?: (() => void) | undefined }) {
  return (
    <footer className="start-footer">
      {onCancel && (
        <button type="button" className="btn btn-quiet" onClick={onCancel}>
          ← Back to the open project
        </button>
      )}
      <p className="muted small">Everything stays on this computer. Nothing is sent anywhere.</p>
    </footer>
  );
}
