import { lazy, Suspense, useEffect } from 'react';
import type { MenuCommand } from '../../shared/api/app.ts';
import { StartScreen } from '../features/start/index.ts';
import { useView } from '../state/view.ts';
import { CoderPicker } from './coder-picker.tsx';
import type { CodingScreen as CodingScreenComponent } from './coding-screen.tsx';
import type { ProjectSessionState } from './use-project-session.ts';

// The views other than Coding load when first shown (their own chunks; see project-views.tsx).
const ProjectViews = lazy(() => import('./project-views.tsx').then((m) => ({ default: m.ProjectViews })));

// The Coding screen (Slate, the transcript view, the score sheet) is not needed to paint the start screen:
// it is its own chunk, fetched once the first screen is painted and the page is idle, so opening a
// project rarely waits for it. Once fetched it renders directly, without a Suspense fallback frame.
type CodingModule = { CodingScreen: typeof CodingScreenComponent };
let codingModule: CodingModule | null = null;
let codingLoad: Promise<CodingModule> | null = null;
function loadCodingScreen() {
  codingLoad ??= import('./coding-screen.tsx').then((m) => (codingModule = m));
  return codingLoad;
}
const LazyCodingScreen = lazy(() => loadCodingScreen().then((m) => ({ default: m.CodingScreen })));
let lazyShown = false;
/** The screen's component, the same one for the app's lifetime (another would remount it and lose its state). */
function codingScreenType() {
  if (codingModule && !lazyShown) return codingModule.CodingScreen;
  lazyShown = true;
  return LazyCodingScreen;
}

function usePreloadCodingScreen(): void {
  useEffect(() => {
    if (codingModule) return;
    // After the first paint, when the page is idle (Electron's Chromium and every current browser has it).
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => void loadCodingScreen().catch(() => undefined));
  }, []);
}

const loadingScreen = (
  <div className="center-screen" aria-busy="true">
    <p className="muted">Loading…</p>
  </div>
);

interface Props {
  s: ProjectSessionState;
  refreshSeq: number;
  menuCommand: { command: MenuCommand; seq: number } | null;
  onShowShortcuts: () => void;
}

/** The screen for where the app is: opening, unreachable host, start screen, coder picker, or the project's views. */
export function PhaseScreen({ s, refreshSeq, menuCommand, onShowShortcuts }: Props) {
  const { phase } = s;
  const view = useView();
  usePreloadCodingScreen();
  switch (phase.kind) {
    case 'loading':
      return (
        <div className="center-screen" aria-busy="true">
          <p className="muted">Opening Attune…</p>
        </div>
      );
    case 'failed':
      return (
        <div className="center-screen">
          <div className="card" role="alert">
            <h1 className="card-title">Attune cannot reach its local host</h1>
            <p>{phase.message}</p>
            <button type="button" className="btn btn-primary" onClick={() => void s.load()}>
              Try again
            </button>
          </div>
        </div>
      );
    case 'start':
      return (
        <StartScreen
          key={phase.encrypted ?? 'start'}
          focus={phase.focus}
          encrypted={phase.encrypted}
          onOpened={(project) => void s.enterProject(project)}
          onCancel={phase.returnTo ? () => void s.load() : undefined}
        />
      );
    case 'coder':
      return (
        <CoderPicker
          project={phase.project}
          coders={phase.coders}
          onChosen={(coder) => s.enterViews(phase.project, coder)}
          onCloseProject={() => void s.closeProject()}
        />
      );
    case 'views': {
      const session = {
        project: phase.project,
        coder: phase.coder,
        refreshSeq,
        onSwitchCoder: () => void s.switchCoder(phase.project),
        onCloseProject: s.closeProject,
        onShowShortcuts,
      };
      // Coding and the other views are separate screens: moving between them mounts the other (see ViewTabs).
      const key = `${phase.project.path}\u0000${phase.coder.id}`;
      const CodingScreen = codingScreenType();
      return (
        <Suspense fallback={loadingScreen}>
          {view === 'coding' ? (
            <CodingScreen key={key} session={session} menuCommand={menuCommand} />
          ) : (
            <ProjectViews key={key} session={session} />
          )}
        </Suspense>
      );
    }
  }
}
