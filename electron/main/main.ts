/**
 * Electron main process. Everything here is wiring: the API lives in electron/services
 * (shared with the HTTP host and CLI), the pure rules in small Electron-free modules.
 * No network: no autoUpdater, no crashReporter (never started), no remote content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, session, type BrowserWindow } from 'electron';
import type { MenuCommand } from '../../shared/api/app.ts';
import { createServices, type Services } from '../services/services.ts';
import { setAboutPanel } from './about.ts';
import { registerAppSchemePrivileges, serveAppProtocol } from './app-protocol.ts';
import { projectPathFromArgv } from './argv.ts';
import { registerInvokeHandler } from './ipc.ts';
import { createAppMenu, type AppMenu } from './menu.ts';
import { createProjectActions, type ProjectActions } from './project-actions.ts';
import { hardenAllWebContents, hardenSession } from './security.ts';
import { createMainWindow, focusWindow } from './window.ts';
import { WINDOW_STATE_FILE } from './window-state-file.ts';

/** Replaced by scripts/build.mjs with package.json's version (app.getVersion() is Electron's own when launched on a bare file). */
declare const __ATTUNE_VERSION__: string | undefined;

function log(msg: string): void {
  console.error(`[attune] ${msg}`);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
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

function main(): void {
  // Stack traces in the log point at the TypeScript sources (dist/electron/main.cjs.map).
  process.setSourceMapsEnabled(true);
  // Before anything reads a path: the name decides userData (~/.config/Attune etc.).
  app.setName('Attune');
  const userDataOverride = process.env['ATTUNE_DATA_DIR'];
  // Same override as the CLI (electron/cli/data-dir.ts), so both shells share one folder in tests and portable use.
  if (userDataOverride) {
    const dir = path.resolve(userDataOverride);
    fs.mkdirSync(dir, { recursive: true }); // setPath throws for a folder that does not exist
    app.setPath('userData', dir);
  }

  registerAppSchemePrivileges();

  // One instance per user data folder: a second launch hands its file to us and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const version = typeof __ATTUNE_VERSION__ === 'string' ? __ATTUNE_VERSION__ : app.getVersion();
  const rendererDir = path.join(__dirname, '..', 'renderer');
  const preloadPath = path.join(__dirname, 'preload.cjs');
  const iconPath = path.join(__dirname, 'icon.png');

  let services: Services | null = null;
  let actions: ProjectActions | null = null;
  let menu: AppMenu | null = null;
  let win: BrowserWindow | null = null;
  // A path typed on a command line is created if missing (like `attune serve`); files the OS
  // hands us (double-click, Open Recent) must exist.
  let pendingProject: { path: string; createIfMissing: boolean } | null = null;
  const argvProject = projectPathFromArgv(process.argv, process.cwd());
  if (argvProject) pendingProject = { path: argvProject, createIfMissing: true };

  process.on('uncaughtException', (e) => {
    log(`uncaught exception: ${e.stack ?? e.message}`);
    if (app.isReady())
      dialog.showErrorBox('Attune ran into a problem', `${e.message}\n\nYour project data is saved as you work.`);
  });
  process.on('unhandledRejection', (reason) =>
    log(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
  );

  hardenAllWebContents(log);

  function currentWindow(): BrowserWindow | null {
    return win && !win.isDestroyed() ? win : null;
  }

  function ensureWindow(): BrowserWindow {
    const existing = currentWindow();
    if (existing) {
      focusWindow(existing);
      return existing;
    }
    const created = createMainWindow({
      preloadPath,
      stateFile: path.join(app.getPath('userData'), WINDOW_STATE_FILE),
      iconPath: process.platform === 'linux' ? iconPath : null,
      isPackaged: app.isPackaged,
      log,
    });
    created.on('closed', () => {
      if (win === created) win = null;
    });
    win = created;
    return created;
  }

  function openProjectPath(projectPath: string, createIfMissing = false): void {
    if (!actions) {
      pendingProject = { path: projectPath, createIfMissing }; // not ready yet: opened right after start-up
      return;
    }
    ensureWindow();
    void actions.openPath(projectPath, { createIfMissing });
  }

  // macOS delivers double-clicked files here, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openProjectPath(filePath);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const projectPath = projectPathFromArgv(argv, workingDirectory);
    if (projectPath) openProjectPath(projectPath, true);
    else if (app.isReady() && services) ensureWindow();
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('activate', () => {
    if (services && !currentWindow()) ensureWindow();
  });

  let stopWatching = (): void => {};
  app.on('will-quit', () => {
    stopWatching();
    services?.close();
    services = null;
  });

  async function start(): Promise<void> {
    if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
      dialog.showErrorBox(
        'Attune cannot start',
        'The user interface has not been built (dist/renderer/index.html is missing). Run "npm run build" and start Attune again.',
      );
      app.exit(1);
      return;
    }

    const svc = createServices({ dataDir: app.getPath('userData'), transport: 'electron', version, log });
    services = svc;
    setAboutPanel(version);

    const ses = session.defaultSession;
    hardenSession(ses, log);
    serveAppProtocol(ses, rendererDir);
    registerInvokeHandler(currentWindow, svc.dispatcher, log);

    const projectActions = createProjectActions({
      dispatcher: svc.dispatcher,
      window: currentWindow,
      afterChange: () => void menu?.rebuild(),
    });

    const pushMenuCommand = (command: MenuCommand) => {
      ensureWindow();
      svc.events.push({ type: 'menu', command });
    };
    menu = createAppMenu({
      dispatcher: svc.dispatcher,
      isPackaged: app.isPackaged,
      log,
      actions: {
        newProject: () => {
          ensureWindow();
          void projectActions.newProject();
        },
        openProject: () => {
          ensureWindow();
          void projectActions.openProject();
        },
        openRecent: (p) => openProjectPath(p),
        command: pushMenuCommand,
        // The UI's own About dialog (local, no links), same as in the browser UI.
        about: () => pushMenuCommand('about'),
      },
    });
    await menu.rebuild();
    stopWatching = onProjectChanges(svc, () => void menu?.rebuild());

    actions = projectActions;
    ensureWindow();
    if (pendingProject) {
      const p = pendingProject;
      pendingProject = null;
      await projectActions.openPath(p.path, { createIfMissing: p.createIfMissing });
    }
  }

  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      log(`start-up failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      dialog.showErrorBox('Attune cannot start', errorText(e));
      app.exit(1);
    });
}

main();
