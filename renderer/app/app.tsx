import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AppEvent, MenuCommand } from '../../shared/api/app.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import { errorMessage, send } from '../api/client.ts';
import { requestEditHistory } from '../state/use-undo-shortcuts.ts';
import { useAppEvents } from './use-app-events.ts';
import { rememberCoder, rememberedCoderId } from '../state/coder-memory.ts';
import { reportProgress } from '../state/progress.ts';
import { resetSaveStatus } from '../state/save-status.ts';
import { useView } from '../state/view.ts';
import { AboutDialog } from './about-dialog.tsx';
import { CoderPicker } from './coder-picker.tsx';
import { ProjectViews } from './project-views.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { StartScreen } from '../features/start/index.ts';
import { CodingView } from '../features/coding/index.ts';

type Phase =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'start'; focus: 'create' | 'open'; returnTo: ProjectSummary | null }
  | { kind: 'coder'; project: ProjectSummary; coders: Coder[] }
  | { kind: 'views'; project: ProjectSummary; coder: Coder };

/** Screen flow: start (no project) → coder picker → the project's views (coding, agreement, review…). */
export function App() {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [dialog, setDialog] = useState<'shortcuts' | 'about' | null>(null);
  const [menuCommand, setMenuCommand] = useState<{ command: MenuCommand; seq: number } | null>(null);
  const [refreshSeq, setRefreshSeq] = useState(0);
  const view = useView();

  /** The host judges blind mode and trainer keys from the acting coder, so it is told first. */
  const enterViews = useCallback(async (project: ProjectSummary, coder: Coder) => {
    await send('session-set-coder', { coderId: coder.id });
    rememberCoder(project.path, coder.id);
    setPhase({ kind: 'views', project, coder });
  }, []);

  /** With a project open: go straight to its views if this browser remembers a coder that still exists. */
  const enterProject = useCallback(
    async (project: ProjectSummary) => {
      resetSaveStatus();
      const coders = await send('coder-list', {});
      const remembered = rememberedCoderId(project.path);
      const coder = coders.find((c) => c.id === remembered);
      if (coder) await enterViews(project, coder);
      else setPhase({ kind: 'coder', project, coders });
    },
    [enterViews],
  );

  const load = useCallback(async () => {
    try {
      const project = await send('project-get-current', {});
      if (project) await enterProject(project);
      else setPhase({ kind: 'start', focus: 'create', returnTo: null });
    } catch (e) {
      setPhase({ kind: 'failed', message: errorMessage(e) });
    }
  }, [enterProject]);

  useEffect(() => {
    void load();
  }, [load]);

  const closeProject = useCallback(async () => {
    await send('project-close', {});
    setPhase({ kind: 'start', focus: 'open', returnTo: null });
  }, []);

  const onEvent = (event: AppEvent) => {
    if (event.type === 'project-changed') {
      // Another window, the CLI or our own open/close changed what is open: re-read it, and
      // change screens only if the open project is not the one shown.
      void (async () => {
        const project = await send('project-get-current', {}).catch(() => undefined);
        if (project === undefined) return;
        const shown = phase.kind === 'views' || phase.kind === 'coder' ? phase.project.path : null;
        if (project?.path === shown && phase.kind === 'views') setRefreshSeq((n) => n + 1);
        else if ((project?.path ?? null) !== shown && phase.kind !== 'start') await load();
        else if (project && phase.kind === 'start' && !phase.returnTo) await enterProject(project);
      })();
      return;
    }
    // Progress of long computations is shown by the screens that start them (state/progress.ts).
    if (event.type === 'progress') return reportProgress(event.task, event.done, event.total);
    if (event.type !== 'menu') return;
    switch (event.command) {
      case 'new-project':
      case 'open-project':
        setPhase({
          kind: 'start',
          focus: event.command === 'new-project' ? 'create' : 'open',
          returnTo: phase.kind === 'views' || phase.kind === 'coder' ? phase.project : null,
        });
        return;
      case 'close-project':
        if (phase.kind === 'views' || phase.kind === 'coder') void closeProject();
        return;
      case 'shortcuts':
        setDialog('shortcuts');
        return;
      case 'command-palette':
        // The palette lives in the coding view (it runs the open transcript's commands); elsewhere, the sheet.
        if (phase.kind === 'views') setMenuCommand((m) => ({ command: event.command, seq: (m?.seq ?? 0) + 1 }));
        else setDialog('shortcuts');
        return;
      case 'about':
        setDialog('about');
        return;
      case 'undo':
      case 'redo':
        requestEditHistory(event.command);
        return;
      default:
        setMenuCommand((m) => ({ command: event.command, seq: (m?.seq ?? 0) + 1 }));
    }
  };
  useAppEvents(onEvent);

  // The window title names the open project, as desktop apps do (Electron shows it in the title bar).
  const projectName = phase.kind === 'views' || phase.kind === 'coder' ? phase.project.name : null;
  useEffect(() => {
    document.title = projectName ? `${projectName} — Attune` : 'Attune';
  }, [projectName]);

  let screen: ReactNode;
  switch (phase.kind) {
    case 'loading':
      screen = (
        <div className="center-screen" aria-busy="true">
          <p className="muted">Opening Attune…</p>
        </div>
      );
      break;
    case 'failed':
      screen = (
        <div className="center-screen">
          <div className="card" role="alert">
            <h1 className="card-title">Attune cannot reach its local host</h1>
            <p>{phase.message}</p>
            <button type="button" className="btn btn-primary" onClick={() => void load()}>
              Try again
            </button>
          </div>
        </div>
      );
      break;
    case 'start':
      screen = (
        <StartScreen
          focus={phase.focus}
          onOpened={(project) => void enterProject(project)}
          onCancel={phase.returnTo ? () => void load() : undefined}
        />
      );
      break;
    case 'coder':
      screen = (
        <CoderPicker
          project={phase.project}
          coders={phase.coders}
          onChosen={(coder) => enterViews(phase.project, coder)}
          onCloseProject={() => void closeProject()}
        />
      );
      break;
    case 'views':
      screen =
        view !== 'coding' ? (
          <ProjectViews
            key={phase.project.path + '\u0000' + phase.coder.id}
            project={phase.project}
            coder={phase.coder}
            refreshSeq={refreshSeq}
            onSwitchCoder={async () => {
              const coders = await send('coder-list', {});
              setPhase({ kind: 'coder', project: phase.project, coders });
            }}
            onCloseProject={closeProject}
            onShowShortcuts={() => setDialog('shortcuts')}
          />
        ) : (
          <CodingView
            key={phase.project.path + '\u0000' + phase.coder.id}
            project={phase.project}
            coder={phase.coder}
            refreshSeq={refreshSeq}
            menuCommand={menuCommand}
            onSwitchCoder={async () => {
              const coders = await send('coder-list', {});
              setPhase({ kind: 'coder', project: phase.project, coders });
            }}
            onCloseProject={closeProject}
            onShowShortcuts={() => setDialog('shortcuts')}
          />
        );
      break;
  }

  return (
    <>
      {screen}
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
    </>
  );
}
