import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/api/app.ts';
import { buildMenuTemplate, menuLabelForPath, type MenuActions } from './menu-template.ts';

function recorder() {
  const calls: string[] = [];
  const actions: MenuActions = {
    newProject: () => calls.push('new'),
    openProject: () => calls.push('open'),
    openRecent: (p) => calls.push(`recent:${p}`),
    command: (c: MenuCommand) => calls.push(`command:${c}`),
    about: () => calls.push('about'),
  };
  return { calls, actions };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const s = item?.submenu;
  if (!Array.isArray(s)) throw new Error(`no submenu on ${item?.label ?? item?.role}`);
  return s;
}

function find(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item "${label}" in ${items.map((i) => i.label ?? i.role).join(', ')}`);
  return found;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe('buildMenuTemplate (Windows/Linux)', () => {
  const { calls, actions } = recorder();
  const menu = buildMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    appName: 'Attune',
    recent: ['/d/a.attune', '/d/R&D.attune'],
    actions,
  });

  it('has File, Edit, View, Help with mnemonics', () => {
    expect(menu.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('File items carry the agreed accelerators and actions', () => {
    const file = submenu(menu[0]);
    const expected: [string, string | undefined, string][] = [
      ['New Project…', 'CmdOrCtrl+N', 'new'],
      ['Open Project…', 'CmdOrCtrl+O', 'open'],
      ['Close Project', 'CmdOrCtrl+W', 'command:close-project'],
    ];
    for (const [label, accelerator, call] of expected) {
      const item = find(file, label);
      expect(item.accelerator).toBe(accelerator);
      calls.length = 0;
      click(item);
      expect(calls).toEqual([call]);
    }
    expect(file.at(-1)?.role).toBe('quit');
  });

  it('File ▸ Import has Transcript… and REFI-QDA Project…; File ▸ Export has REFI-QDA Project…', () => {
    const file = submenu(menu[0]);
    const expected: [string, string, string | undefined, string][] = [
      ['Import', 'Transcript…', 'CmdOrCtrl+I', 'command:import-transcript'],
      ['Import', 'REFI-QDA Project…', undefined, 'command:import-qdpx'],
      ['Export', 'REFI-QDA Project…', undefined, 'command:export-qdpx'],
    ];
    for (const [menuLabel, label, accelerator, call] of expected) {
      const item = find(submenu(find(file, menuLabel)), label);
      expect(item.accelerator).toBe(accelerator);
      calls.length = 0;
      click(item);
      expect(calls).toEqual([call]);
    }
  });

  it('Open Recent lists the projects, escaping & so it is not read as a mnemonic', () => {
    const recent = submenu(find(submenu(menu[0]), 'Open Recent'));
    expect(recent.map((r) => r.label)).toEqual(['a.attune — /d', 'R&&D.attune — /d']);
    calls.length = 0;
    click(recent[1]!);
    expect(calls).toEqual(['recent:/d/R&D.attune']);
  });

  it('Edit has the clipboard roles; Undo, Redo and Find push commands the UI carries out', () => {
    const edit = submenu(menu[1]);
    expect(edit.filter((i) => i.role).map((i) => i.role)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    for (const [label, accelerator, command] of [
      ['Undo', 'CmdOrCtrl+Z', 'undo'],
      ['Redo', 'Shift+CmdOrCtrl+Z', 'redo'],
    ] as const) {
      const item = find(edit, label);
      expect(item.accelerator).toBe(accelerator);
      calls.length = 0;
      click(item);
      expect(calls).toEqual([`command:${command}`]);
    }
    const findItem = find(edit, 'Find…');
    expect(findItem.accelerator).toBe('CmdOrCtrl+F');
    calls.length = 0;
    click(findItem);
    expect(calls).toEqual(['command:find']);
  });

  it('packaged View has the palette, zoom and full screen but no reload or devtools', () => {
    const view = submenu(menu[2]);
    const palette = find(view, 'Command Palette…');
    expect(palette.accelerator).toBe('CmdOrCtrl+Shift+P');
    calls.length = 0;
    click(palette);
    expect(calls).toEqual(['command:command-palette']);
    const roles = view.filter((i) => i.role).map((i) => i.role);
    expect(roles).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
  });

  it('Help opens local things only: shortcuts and the about dialog', () => {
    const help = submenu(menu[3]);
    calls.length = 0;
    click(find(help, 'Keyboard Shortcuts'));
    click(find(help, 'About Attune'));
    expect(calls).toEqual(['command:shortcuts', 'about']);
    expect(JSON.stringify(help)).not.toMatch(/https?:/);
  });
});

describe('buildMenuTemplate variants', () => {
  it('development builds add reload and devtools', () => {
    const menu = buildMenuTemplate({
      platform: 'win32',
      isPackaged: false,
      appName: 'Attune',
      recent: [],
      actions: recorder().actions,
    });
    const roles = submenu(menu[2]).map((i) => i.role);
    expect(roles).toContain('reload');
    expect(roles).toContain('toggleDevTools');
  });

  it('an empty recent list shows one disabled item', () => {
    const menu = buildMenuTemplate({
      platform: 'win32',
      isPackaged: true,
      appName: 'Attune',
      recent: [],
      actions: recorder().actions,
    });
    expect(submenu(find(submenu(menu[0]), 'Open Recent'))).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('macOS gets an application menu with Quit, a Window menu, and no mnemonics', () => {
    const menu = buildMenuTemplate({
      platform: 'darwin',
      isPackaged: true,
      appName: 'Attune',
      recent: ['/d/R&D.attune'],
      actions: recorder().actions,
    });
    expect(menu.map((m) => m.label ?? m.role)).toEqual(['Attune', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
    expect(submenu(menu[0]).at(-1)?.role).toBe('quit');
    expect(submenu(menu[1]).some((i) => i.role === 'quit')).toBe(false);
    expect(submenu(find(submenu(menu[1]), 'Open Recent'))[0]?.label).toBe('R&D.attune — /d');
  });
});

describe('menuLabelForPath', () => {
  it('uses the platform path rules', () => {
    expect(menuLabelForPath('C:\\Users\\c\\pilot.attune', 'win32')).toBe('pilot.attune — C:\\Users\\c');
  });
});
