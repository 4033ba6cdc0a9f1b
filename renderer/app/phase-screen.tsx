import { Suspense, useEffect } from 'react';
import type { MenuCommand } from '../../shared/api/app.ts';
import { StartScreen } from '../features/start/index.ts';
import { agreementAheadKey, useAgreementAheadOnOpen } from '../state/agreement-ahead.ts';
import { useView } from '../state/view.ts';
import { CoderPicker } from './coder-picker.tsx';
import { preloadable } from '../ui/preloadable.ts';
import type { ProjectSessionState } from './use-project-session.ts';

// The Coding screen (Slate, the transcript view, the score sheet) is not needed to paint the start screen:
// it is its own chunk, fetched once the first screen is painted and the page is idle, so opening a
// project rarely waits for it. The other views' frame is fetched once a project's screen is idle.
const codingScreen = preloadable(() => import('./coding-screen.tsx').then((m) => m.CodingScreen));
const projectViews = preloadable(() => import('./project-views.tsx').then((m) => m.ProjectViews));

/** Runs fn when the page is idle after painting (Electron's Chromium and every current browser have it). */
function whenIdle(fn: () => void): () => void {
  if (!window.requestIdleCallback) {
    const t = window.setTimeout(fn, 200);
    return () => window.clearTimeout(t);
  }
  const handle = window.requestIdleCallback(fn);
  return () => window.cancelIdleCallback(handle);
}

function usePreloadCodingScreen(): void {
  useEffect(() => {
    if (codingScreen.loaded()) return;
    return whenIdle(() => void codingScreen.preload().catch(() => undefined));
  }, []);
}

/**
 * Once a project's screen is shown and the page is idle, the other views' frame and the dashboard (the view
 * opened most after Coding) are fetched as well: the first click on Agreement then waits only for its figures.
 */
function usePreloadViews(inProject: boolean): void {
  useEffect(() => {
    if (!inProject) return;
    return whenIdle(
      () =>
        void projectViews
          .preload()
          .then(() => import('./project-views.tsx'))
          .then((m) => m.preloadDashboard())
          .catch(() => undefined),
    );
  }, [inProject]);
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
  usePreloadViews(phase.kind === 'views');
  useAgreementAheadOnOpen(phase.kind === 'views' ? agreementAheadKey(phase.project.path, phase.coder.id) : null);
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
      const CodingScreen = codingScreen.type();
      const ProjectViews = projectViews.type();
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
