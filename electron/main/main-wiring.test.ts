import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { createFakeElectron, type FakeBrowserWindow, type FakeMenuItem } from './testing/fake-electron.ts';

/**
 * Runs the bundled main process (built exactly like scripts/build.mjs does) against a
 * recording stand-in for 'electron', with the real services, SQLite files and renderer
 * directory. Electron's binary is not installed here; the real window is covered by
 * tests/electron/electron-app.e2e.ts where it is.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-main-wiring-'));
const dataDir = path.join(tmp, 'user-data');
const argvProject = path.join(tmp, 'from command line.attune');
const { state, module: fakeElectron } = createFakeElectron(tmp);

type ModuleWithResolve = typeof Module & { _resolveFilename: (request: string, ...rest: unknown[]) => string };
const moduleInternals = Module as ModuleWithResolve;
const originalResolve = moduleInternals._resolveFilename;
const originalArgv = process.argv;
const originalDataDir = process.env['ATTUNE_DATA_DIR'];

let win: FakeBrowserWindow;
let invoke: (event: unknown, name: unknown, arg?: unknown) => Promise<unknown>;
let trusted: { sender: unknown; senderFrame: unknown };

function fileMenu(): FakeMenuItem[] {
  const file = state.menu?.find((m) => m.label === '&File' || m.label === 'File');
  return file?.submenu ?? [];
}
function recentLabels(): string[] {
  return (fileMenu().find((i) => i.label === 'Open Recent')?.submenu ?? []).map((i) => i.label ?? '');
}
async function until(what: string, cond: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !cond(); i += 1) await new Promise((r) => setTimeout(r, 10));
  if (!cond()) throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  const outDir = path.join(tmp, 'app', 'electron');
  await build({
    entryPoints: [path.join(here, 'main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron', 'better-sqlite3'],
    define: { __ATTUNE_VERSION__: JSON.stringify('9.9.9-test') },
    logLevel: 'silent',
  });
  const rendererDir = path.join(tmp, 'app', 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Attune</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(tmp, 'app', 'secret.txt'), 'outside the renderer');

  const stub = path.join(tmp, 'electron-stub.cjs');
  (globalThis as Record<string, unknown>)['__attuneFakeElectron'] = fakeElectron;
  fs.writeFileSync(stub, 'module.exports = globalThis.__attuneFakeElectron;\n');
  // The bundle sits in a temp dir: point its two externals at the stub and this repository's better-sqlite3.
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
    if (request === 'electron') return stub;
    if (request === 'better-sqlite3') return sqlite;
    return originalResolve.call(this, request, ...rest);
  };
  process.env['ATTUNE_DATA_DIR'] = dataDir;
  process.argv = [process.execPath, '.', '--some-chromium-switch', argvProject];

  createRequire(path.join(here, 'main.ts'))(path.join(outDir, 'main.cjs'));
  await until('the window', () => state.windows.length === 1);
  win = state.windows[0]!;
  const handler = state.ipcHandlers['attune:invoke'];
  if (!handler) throw new Error('no attune:invoke handler registered');
  invoke = (event, name, arg) => handler(event, name, arg);
  trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  await until('the command-line project', () => fs.existsSync(argvProject));
});

afterAll(() => {
  state.app.emit('will-quit');
  moduleInternals._resolveFilename = originalResolve;
  process.argv = originalArgv;
  if (originalDataDir === undefined) delete process.env['ATTUNE_DATA_DIR'];
  else process.env['ATTUNE_DATA_DIR'] = originalDataDir;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('main process wiring', () => {
  it('uses ATTUNE_DATA_DIR for user data and registers app:// as a standard, secure scheme', () => {
    expect(state.paths['userData']).toBe(dataDir);
    expect(state.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
  });

  it('opens one locked-down window on app://attune/', () => {
    expect(state.windows).toHaveLength(1);
    expect(win.loadedUrl).toBe('app://attune/index.html');
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(String(win.options.webPreferences['preload'])).toMatch(/preload\.cjs$/);
  });

  it('creates the project named on the command line', async () => {
    const current = await invoke(trusted, 'project-get-current', {});
    expect(current).toMatchObject({ ok: true, value: { path: argvProject, name: 'from command line' } });
  });

  it('serves the renderer with the CSP header and nothing outside it', async () => {
    const serve = state.protocolHandlers['app']!;
    const index = await serve(new Request('app://attune/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await index.text()).toContain('<title>Attune</title>');
    const js = await serve(new Request('app://attune/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serve(new Request('app://attune/../secret.txt'))).status).toBe(404);
    expect((await serve(new Request('app://attune/assets/..%2f..%2fsecret.txt'))).status).toBe(404);
    expect((await serve(new Request('app://attune/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('answers IPC only from the main frame on our origin', async () => {
    const frame = win.webContents.mainFrame;
    const refusals = [
      { sender: win.webContents, senderFrame: { ...frame, routingId: 2, parent: frame } },
      { sender: win.webContents, senderFrame: { ...frame, url: 'https://evil.example/' } },
      { sender: {}, senderFrame: frame },
      { sender: win.webContents, senderFrame: null },
    ];
    for (const event of refusals) {
      expect(await invoke(event, 'project-get-current', {})).toEqual({
        ok: false,
        error: {
          type: 'unauthorized',
          message: 'calls are accepted only from the Attune window',
          method: 'project-get-current',
        },
      });
    }
    expect(await invoke(trusted, 42, {})).toMatchObject({ ok: false, error: { type: 'validation' } });
    expect(await invoke(trusted, 'project-create', { path: 'notes.txt' })).toMatchObject({
      ok: false,
      error: { type: 'validation' },
    });
  });

  it('New Project… creates the file (adding .attune) and Open Recent follows every change', async () => {
    state.saveDialogResult = { canceled: false, filePath: path.join(tmp, 'via menu') };
    fileMenu().find((i) => i.label === 'New Project…')!.click!();
    await until('the new project', () => fs.existsSync(path.join(tmp, 'via menu.attune')));
    await until('the recent menu', () => recentLabels().some((l) => l.startsWith('via menu.attune')));

    // A project the UI creates itself (not through the menu) shows up as well.
    const uiProject = path.join(tmp, 'from ui.attune');
    expect(await invoke(trusted, 'project-create', { path: uiProject })).toMatchObject({ ok: true });
    await until('the recent menu after a UI create', () => recentLabels().some((l) => l.startsWith('from ui.attune')));
  });

  it('a second launch hands over its project path (created if missing, like attune serve)', async () => {
    state.app.emit('second-instance', {}, ['/opt/attune/attune', '--flag', 'second launch.attune'], tmp);
    await until('the second-launch project', () => fs.existsSync(path.join(tmp, 'second launch.attune')));
    await until('it to be current', () => recentLabels().some((l) => l.startsWith('second launch.attune')));
  });

  it('shows a plain message box when a project cannot be opened', async () => {
    const before = state.messageBoxes.length;
    // Files the OS hands over must exist and be projects: a broken one is refused with a message.
    const broken = path.join(tmp, 'broken.attune');
    fs.writeFileSync(broken, 'this is not a SQLite file');
    state.app.emit('open-file', { preventDefault: () => {} }, broken);
    await until('the error message', () => state.messageBoxes.length > before);
    const box = state.messageBoxes.at(-1)!;
    expect(box.message).toBe('Could not open the project');
    expect(box.detail).not.toMatch(/\n\s+at /);
  });

  it('menu commands reach the UI as events on the bus', async () => {
    const edit = state.menu!.find((m) => m.label === '&Edit' || m.label === 'Edit')!.submenu!;
    edit.find((i) => i.label === 'Find…')!.click!();
    const events: unknown[] = [];
    let after = 0;
    for (;;) {
      const r = (await invoke(trusted, 'app-wait-event', { after, timeoutMs: 0 })) as {
        value: { seq: number; event: unknown } | null;
      };
      if (!r.value) break;
      events.push(r.value.event);
      after = r.value.seq;
    }
    expect(events).toContainEqual({ type: 'menu', command: 'find' });
  });

  it('denies permissions, blocks the network and forces the CSP on every response', () => {
    let granted: boolean | undefined;
    state.permissionRequest!({}, 'media', (v) => (granted = v));
    expect(granted).toBe(false);
    expect(state.permissionCheck!()).toBe(false);
    expect(state.spellChecker).toBe(false);

    const decide = (url: string) => {
      let cancel: boolean | undefined;
      state.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.org/?q=transcript')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
    expect(decide('app://attune/assets/app.js')).toBe(false);

    let headers: Record<string, string[]> | undefined;
    state.headersReceived!(
      { responseHeaders: { 'content-security-policy': ['default-src *'] } },
      (r) => (headers = r.responseHeaders),
    );
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('blocks navigation, new windows and webviews', () => {
    let navigation = false;
    win.webContents.emit('will-navigate', { preventDefault: () => (navigation = true) }, 'https://example.org/');
    expect(navigation).toBe(true);
    expect(win.webContents.openHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    let webview = false;
    win.webContents.emit('will-attach-webview', { preventDefault: () => (webview = true) });
    expect(webview).toBe(true);
  });

  it('remembers the window bounds on close', () => {
    win.emit('close');
    const saved = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')) as unknown;
    expect(saved).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
  });
});
