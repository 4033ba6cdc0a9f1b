/**
 * Electron main process. Everything here is wiring: the API lives in electron/services
 * (shared with the HTTP host and CLI), the pure rules in small Electron-free modules, and the
 * window, project and lifecycle state in app-shell.ts.
 * No network: no autoUpdater, no crashReporter (never started), no remote content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog } from 'electron';
import { AppShell } from './app-shell.ts';
import { registerAppSchemePrivileges } from './app-protocol.ts';
import { projectPathFromArgv } from './argv.ts';
import { hardenAllWebContents } from './security.ts';

/** Replaced by scripts/build.mjs with package.json's version (app.getVersion() is Electron's own when launched on a bare file). */
declare const __ATTUNE_VERSION__: string | undefined;

function log(msg: string): void {
  console.error(`[attune] ${msg}`);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Source maps for the log, then the app's name and data folder, before anything reads a path. */
function prepareProcess(): void {
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
}

/** Errors nothing else caught: logged, and shown once the app can show a dialog. */
function reportUncaughtErrors(): void {
  process.on('uncaughtException', (e) => {
    log(`uncaught exception: ${e.stack ?? e.message}`);
    if (app.isReady())
      dialog.showErrorBox('Attune ran into a problem', `${e.message}\n\nYour project data is saved as you work.`);
  });
  process.on('unhandledRejection', (reason) =>
    log(`unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`),
  );
}

function main(): void {
  prepareProcess();
  registerAppSchemePrivileges();

  // One instance per user data folder: a second launch hands its file to us and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const shell = new AppShell(
    {
      version: typeof __ATTUNE_VERSION__ === 'string' ? __ATTUNE_VERSION__ : app.getVersion(),
      rendererDir: path.join(__dirname, '..', 'renderer'),
      preloadPath: path.join(__dirname, 'preload.cjs'),
      iconPath: path.join(__dirname, 'icon.png'),
      csvWorkerPath: path.join(__dirname, 'import-worker.cjs'),
      agreementWorkerPath: path.join(__dirname, 'agreement-reader.cjs'),
      log,
    },
    projectPathFromArgv(process.argv, process.cwd()),
  );
  reportUncaughtErrors();
  hardenAllWebContents(log);
  shell.registerLifecycle();

  app
    .whenReady()
    .then(() => shell.start())
    .catch((e: unknown) => {
      log(`start-up failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      dialog.showErrorBox('Attune cannot start', errorText(e));
      app.exit(1);
    });
}

main();
