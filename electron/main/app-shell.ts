// The window, the project it shows and the app's lifecycle events, for the Electron main process.
// State lives here (the services once started, the menu, the window, a project handed over before
// start-up finished); main.ts prepares the process and hands over to start() when Electron is ready.
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../../shared/api/app.ts';
import { createServices, type Services } from '../services/services.ts';
import { setAboutPanel } from './about.ts';
import { serveAppProtocol } from './app-protocol.ts';
import { projectPathFromArgv } from './argv.ts';
import { registerInvokeHandler } from './ipc.ts';
import { createAppMenu, type AppMenu } from './menu.ts';
import { createProjectActions, type ProjectActions } from './project-actions.ts';
import { hardenSession } from './security.ts';
import { createMainWindow, focusWindow } from './window.ts';
import { WINDOW_STATE_FILE } from './window-state-file.ts';

export interface ShellOptions {
  version: string;
  /** The built renderer (index.html and assets), served on app://. */
  rendererDir: string;
  preloadPath: string;
  iconPath: string;
  /** The bundled CSV import worker (import-worker.cjs beside main.cjs); absent: imports run in-thread. */
  csvWorkerPath?: string;
  /** The bundled agreement reader (agreement-reader.cjs beside main.cjs); absent: agreement reads in-thread. */
  agreementWorkerPath?: string;
  log: (msg: string) => void;
}

/**
 * Rebuilds the menu's Open Recent whenever a project opens or closes, however that happened
 * (native menu, the UI's own start screen, a second launch). Stops when `stop` is called.
 */
function onProjectChanges(svc: Services, onChange: () => void): () => void {
  let stopped = false;
  void (async () => {
    let after = svc.events.lastSeq;
    while (!stopped) {
      const next = await svc.events.next(after, 60_000);
      if (stopped) break;
      if (!next) continue;
      after = next.seq;
      if (next.event.type === 'project-changed') onChange();
    }
  })();
  return () => {
    stopped = true;
  };
}

export class AppShell {
  private services: Services | null = null;
  private actions: ProjectActions | null = null;
  private menu: AppMenu | null = null;
  private win: BrowserWindow | null = null;
  // A path typed on a command line is created if missing (like `attune serve`); files the OS
  // hands us (double-click, Open Recent) must exist.
  private pendingProject: { path: string; createIfMissing: boolean } | null = null;
  private stopWatching = (): void => {};

  constructor(
    private readonly o: ShellOptions,
    argvProject: string | null,
  ) {
    if (argvProject) this.pendingProject = { path: argvProject, createIfMissing: true };
  }

  /** The main window while it exists (the IPC sender check compares against it). */
  readonly currentWindow = (): BrowserWindow | null => (this.win && !this.win.isDestroyed() ? this.win : null);

  /** Focuses the window, or opens a fresh one when there is none. */
  ensureWindow(): BrowserWindow {
    const existing = this.currentWindow();
    if (existing) {
      focusWindow(existing);
      return existing;
    }
    const created = createMainWindow({
      preloadPath: this.o.preloadPath,
      stateFile: path.join(app.getPath('userData'), WINDOW_STATE_FILE),
      iconPath: process.platform === 'linux' ? this.o.iconPath : null,
      isPackaged: app.isPackaged,
      log: this.o.log,
    });
    created.on('closed', () => {
      if (this.win === created) this.win = null;
    });
    this.win = created;
    return created;
  }

  openProjectPath(projectPath: string, createIfMissing = false): void {
    if (!this.actions) {
      this.pendingProject = { path: projectPath, createIfMissing }; // not ready yet: opened right after start-up
      return;
    }
    this.ensureWindow();
    void this.actions.openPath(projectPath, { createIfMissing });
  }

  /** Files handed over by the OS or a second launch, windows closing, reactivation, quitting. */
  registerLifecycle(): void {
    // macOS delivers double-clicked files here, possibly before 'ready'.
    app.on('open-file', (event, filePath) => {
      event.preventDefault();
      this.openProjectPath(filePath);
    });

    app.on('second-instance', (_event, argv, workingDirectory) => {
      const projectPath = projectPathFromArgv(argv, workingDirectory);
      if (projectPath) this.openProjectPath(projectPath, true);
      else if (app.isReady() && this.services) this.ensureWindow();
    });

    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });

    app.on('activate', () => {
      if (this.services && !this.currentWindow()) this.ensureWindow();
    });

    app.on('will-quit', () => {
      this.stopWatching();
      this.services?.close();
      this.services = null;
    });
  }

  /** After 'ready': services, the locked-down session serving the renderer, IPC, menu, window, project. */
  async start(): Promise<void> {
    if (!this.rendererBuilt()) return;
    const { version, rendererDir, log } = this.o;
    const svc = createServices({
      dataDir: app.getPath('userData'),
      transport: 'electron',
      version,
      log,
      ...(this.o.csvWorkerPath ? { csvWorker: { kind: 'bundle', path: this.o.csvWorkerPath } as const } : {}),
      ...(this.o.agreementWorkerPath
        ? { agreementWorker: { kind: 'bundle', path: this.o.agreementWorkerPath } as const }
        : {}),
    });
    this.services = svc;
    setAboutPanel(version);

    const ses = session.defaultSession;
    hardenSession(ses, log);
    serveAppProtocol(ses, rendererDir);
    registerInvokeHandler(this.currentWindow, svc.dispatcher, log);

    const projectActions = createProjectActions({
      dispatcher: svc.dispatcher,
      window: this.currentWindow,
      afterChange: () => void this.menu?.rebuild(),
      askPassphrase: (path) => svc.events.push({ type: 'open-encrypted', path }),
    });
    this.menu = this.createMenu(svc, projectActions);
    await this.menu.rebuild();
    this.stopWatching = onProjectChanges(svc, () => void this.menu?.rebuild());

    this.actions = projectActions;
    this.ensureWindow();
    if (this.pendingProject) {
      const p = this.pendingProject;
      this.pendingProject = null;
      await projectActions.openPath(p.path, { createIfMissing: p.createIfMissing });
    }
  }

  /** Without a built renderer there is nothing to show: say so and exit. */
  private rendererBuilt(): boolean {
    if (fs.existsSync(path.join(this.o.rendererDir, 'index.html'))) return true;
    dialog.showErrorBox(
      'Attune cannot start',
      'The user interface has not been built (dist/renderer/index.html is missing). Run "npm run build" and start Attune again.',
    );
    app.exit(1);
    return false;
  }

  private createMenu(svc: Services, projectActions: ProjectActions): AppMenu {
    const pushMenuCommand = (command: MenuCommand) => {
      this.ensureWindow();
      svc.events.push({ type: 'menu', command });
    };
    return createAppMenu({
      dispatcher: svc.dispatcher,
      isPackaged: app.isPackaged,
      log: this.o.log,
      actions: {
        newProject: () => {
          this.ensureWindow();
          void projectActions.newProject();
        },
        openProject: () => {
          this.ensureWindow();
          void projectActions.openProject();
        },
        openRecent: (p) => this.openProjectPath(p),
        command: pushMenuCommand,
        // The UI's own About dialog (local, no links), same as in the browser UI.
        about: () => pushMenuCommand('about'),
      },
    });
  }
}
