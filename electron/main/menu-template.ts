import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api/app.ts';

/** What the menu items do; main wires these to dialogs, the dispatcher and the event bus. */
export interface MenuActions {
  newProject(): void;
  openProject(): void;
  openRecent(projectPath: string): void;
  /** Commands the UI carries out: pushed as {type:'menu', command}. */
  command(command: MenuCommand): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development-only items (reload, devtools) are left out of packaged builds. */
  isPackaged: boolean;
  appName: string;
  recent: readonly string[];
  actions: MenuActions;
}

/** Windows and Linux read '&' in a label as a mnemonic marker; a file name must show it literally. */
export function menuLabelForPath(projectPath: string, platform: NodeJS.Platform): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  const label = `${p.basename(projectPath)} — ${p.dirname(projectPath)}`;
  return platform === 'darwin' ? label : label.replaceAll('&', '&&');
}

/** Pure: only types come from Electron, so the structure is unit-tested without it. */
export function buildMenuTemplate(o: MenuOptions): MenuItemConstructorOptions[] {
  const mac = o.platform === 'darwin';
  const { actions } = o;
  // '&' marks the Alt-key mnemonic on Windows/Linux; macOS menus have none.
  const top = (label: string) => (mac ? label : `&${label}`);

  const recentItems: MenuItemConstructorOptions[] = o.recent.length
    ? o.recent.map((p) => ({ label: menuLabelForPath(p, o.platform), click: () => actions.openRecent(p) }))
    : [{ label: 'No Recent Projects', enabled: false }];

  const file: MenuItemConstructorOptions = {
    label: top('File'),
    submenu: [
      { label: 'New Project…', accelerator: 'CmdOrCtrl+N', click: () => actions.newProject() },
      { label: 'Open Project…', accelerator: 'CmdOrCtrl+O', click: () => actions.openProject() },
      { label: 'Open Recent', submenu: recentItems },
      { type: 'separator' },
      {
        label: 'Import',
        submenu: [
          { label: 'Transcript…', accelerator: 'CmdOrCtrl+I', click: () => actions.command('import-transcript') },
          { label: 'REFI-QDA Project…', click: () => actions.command('import-qdpx') },
        ],
      },
      { label: 'Export', submenu: [{ label: 'REFI-QDA Project…', click: () => actions.command('export-qdpx') }] },
      { label: 'Export Coding…', click: () => actions.command('export-coding') },
      { label: 'Write Coder Packages…', click: () => actions.command('write-packages') },
      { type: 'separator' },
      { label: 'Close Project', accelerator: 'CmdOrCtrl+W', click: () => actions.command('close-project') },
      // On macOS Quit lives in the application menu.
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: 'Quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: top('Edit'),
    submenu: [
      // Not the 'undo'/'redo' roles: those reach only a focused text field, so with focus on a
      // button they did nothing. The UI decides: a text field's own undo, or the coding history.
      { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => actions.command('undo') },
      { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: () => actions.command('redo') },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.command('find') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: top('View'),
    submenu: [
      { label: 'Command Palette…', accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.command('command-palette') },
      { type: 'separator' },
      ...(o.isPackaged
        ? []
        : [
            { role: 'reload' } as const,
            { role: 'forceReload' } as const,
            { role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: top('Help'),
    role: 'help',
    submenu: [
      { label: 'Keyboard Shortcuts', click: () => actions.command('shortcuts') },
      { type: 'separator' },
      { label: `About ${o.appName}`, click: () => actions.about() },
    ],
  };

  if (!mac) return [file, edit, view, help];

  const appMenu: MenuItemConstructorOptions = {
    label: o.appName,
    submenu: [
      { label: `About ${o.appName}`, click: () => actions.about() },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [appMenu, file, edit, view, { role: 'windowMenu' }, help];
}
