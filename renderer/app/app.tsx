import { lazy, Suspense, useEffect, useState } from 'react';
import type { MenuCommand } from '../../shared/api/app.ts';
import { PackageDialogs } from '../features/packages/index.ts';
import { loadPrefs } from '../state/prefs.ts';
import { AboutDialog } from './about-dialog.tsx';
import { PhaseScreen } from './phase-screen.tsx';
import { ShortcutsDialog } from './shortcuts-dialog.tsx';
import { useAppEventRouting } from './use-app-event-routing.ts';
import { useProjectSession } from './use-project-session.ts';

// The QDA exchange dialogs are not part of the start screen's code (the packages feature is: the start screen
// opens encrypted packages).
const QdaDialogs = lazy(() => import('../features/qda/index.ts').then((m) => ({ default: m.QdaDialogs })));

/** The app shell: the screen for the current phase, the host's events and menus, and the app-wide dialogs. */
export function App() {
  const s = useProjectSession();
  const [dialog, setDialog] = useState<'shortcuts' | 'about' | null>(null);
  const [menuCommand, setMenuCommand] = useState<{ command: MenuCommand; seq: number } | null>(null);
  const [refreshSeq, setRefreshSeq] = useState(0);
  useEffect(() => void loadPrefs(), []);
  useAppEventRouting(s, {
    showDialog: setDialog,
    sendToView: (command) => setMenuCommand((m) => ({ command, seq: (m?.seq ?? 0) + 1 })),
    refresh: () => setRefreshSeq((n) => n + 1),
  });

  // The window title names the open project, as desktop apps do (Electron shows it in the title bar).
  const { phase } = s;
  const projectName = phase.kind === 'views' || phase.kind === 'coder' ? phase.project.name : null;
  useEffect(() => {
    document.title = projectName ? `${projectName} — Attune` : 'Attune';
  }, [projectName]);

  return (
    <>
      <PhaseScreen
        s={s}
        refreshSeq={refreshSeq}
        menuCommand={menuCommand}
        onShowShortcuts={() => setDialog('shortcuts')}
      />
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={() => setDialog(null)} />}
      {dialog === 'about' && <AboutDialog onClose={() => setDialog(null)} />}
      {phase.kind === 'views' && (
        <Suspense fallback={null}>
          <QdaDialogs />
        </Suspense>
      )}
      {phase.kind === 'views' && <PackageDialogs />}
    </>
  );
}
