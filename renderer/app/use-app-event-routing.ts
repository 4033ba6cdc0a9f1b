import type { AppEvent, MenuCommand } from '../../shared/api/app.ts';
import { send } from '../api/client.ts';
import { openPackagesDialog } from '../features/packages/index.ts';
import { reportProgress } from '../state/progress.ts';
import { requestEditHistory } from '../state/use-undo-shortcuts.ts';
import { useAppEvents } from './use-app-events.ts';
import type { ProjectSessionState } from './use-project-session.ts';

interface Routes {
  showDialog: (dialog: 'shortcuts' | 'about') => void;
  /** A menu command for the open view (the Coding view acts on import, find and the palette). */
  sendToView: (command: MenuCommand) => void;
  /** The open project changed under the views (another window, the CLI, a coding import): read it again. */
  refresh: () => void;
}

/** Where the host's events go: project changes, progress of long computations, and the menus. */
export function useAppEventRouting(s: ProjectSessionState, routes: Routes): void {
  const { phase, load, enterProject, closeProject, setPhase } = s;
  const shownProject = phase.kind === 'views' || phase.kind === 'coder' ? phase.project : null;

  const onProjectChanged = async () => {
    // Another window, the CLI or our own open/close changed what is open: re-read it, and
    // change screens only if the open project is not the one shown (by then, not this render's).
    const project = await send('project-get-current', {}).catch(() => undefined);
    if (project === undefined) return;
    const now = s.currentPhase();
    const shown = now.kind === 'views' || now.kind === 'coder' ? now.project.path : null;
    if (project?.path === shown && now.kind === 'views') routes.refresh();
    else if ((project?.path ?? null) !== shown && now.kind !== 'start') await load();
    else if (project && now.kind === 'start' && !now.returnTo) await enterProject(project);
  };

  const onMenu = (command: MenuCommand) => {
    switch (command) {
      case 'new-project':
      case 'open-project':
        setPhase({ kind: 'start', focus: command === 'new-project' ? 'create' : 'open', returnTo: shownProject });
        return;
      case 'close-project':
        if (shownProject) void closeProject();
        return;
      case 'shortcuts':
        routes.showDialog('shortcuts');
        return;
      case 'command-palette':
        // The palette lives in the coding view (it runs the open transcript's commands); elsewhere, the sheet.
        if (phase.kind === 'views') routes.sendToView(command);
        else routes.showDialog('shortcuts');
        return;
      case 'about':
        routes.showDialog('about');
        return;
      case 'import-qdpx':
      case 'export-qdpx':
        // REFI-QDA exchange works on the open project from any view.
        // The QDA feature is not part of the start screen's code: fetched on first use (cached after).
        if (phase.kind === 'views')
          void import('../features/qda/index.ts').then((m) =>
            m.openQdaDialog(command === 'import-qdpx' ? 'import' : 'export'),
          );
        return;
      case 'write-packages':
      case 'export-coding':
        // Packages and a coder's export work on the open project from any view (the host checks the role).
        if (phase.kind === 'views') openPackagesDialog(command === 'write-packages' ? 'write' : 'export-coding');
        return;
      case 'undo':
      case 'redo':
        requestEditHistory(command);
        return;
      default:
        routes.sendToView(command);
    }
  };

  useAppEvents((event: AppEvent) => {
    if (event.type === 'project-changed') void onProjectChanged();
    // Progress of long computations is shown by the screens that start them (state/progress.ts).
    else if (event.type === 'progress') reportProgress(event.task, event.done, event.total);
    else if (event.type === 'menu') onMenu(event.command);
    else if (event.type === 'open-encrypted')
      setPhase({ kind: 'start', focus: 'open', returnTo: shownProject, encrypted: event.path });
  });
}
