import fs from 'node:fs';
import { BrowserWindow, screen } from 'electron';
import { APP_INDEX_URL } from './app-origin.ts';
import { MIN_WINDOW_SIZE, restoreWindowBounds, toWindowState } from './window-state.ts';
import { readWindowState, writeWindowState } from './window-state-file.ts';

export interface MainWindowOptions {
  preloadPath: string;
  stateFile: string;
  /** Window icon for Linux (Windows and macOS take it from the executable/bundle). */
  iconPath: string | null;
  isPackaged: boolean;
  log: (msg: string) => void;
}

export function createMainWindow(o: MainWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = restoreWindowBounds(readWindowState(o.stateFile), displays, screen.getPrimaryDisplay().workArea);

  const win = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Attune',
    show: false,
    backgroundColor: '#ffffff',
    ...(o.iconPath && fs.existsSync(o.iconPath) ? { icon: o.iconPath } : {}),
    webPreferences: {
      preload: o.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Spell-check would download dictionaries (Linux) or hand text to the OS service.
      spellcheck: false,
      devTools: !o.isPackaged,
    },
  });

  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    win.show();
  });

  // Save on close (not on every move): getNormalBounds gives the un-maximised size to return to.
  win.on('close', () => {
    try {
      writeWindowState(o.stateFile, toWindowState(win.getNormalBounds(), win.isMaximized() || win.isFullScreen()));
    } catch (e) {
      o.log(`could not save window state: ${e instanceof Error ? e.message : String(e)}`);
    }
  });

  win.webContents.on('render-process-gone', (_event, details) => {
    o.log(`renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
  });

  void win.loadURL(APP_INDEX_URL).catch((e: unknown) => {
    o.log(`could not load the user interface: ${e instanceof Error ? e.message : String(e)}`);
  });
  return win;
}

/** Bring the window to the front, restoring it if minimised (second launch, open-file). */
export function focusWindow(win: BrowserWindow): void {
  if (win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
