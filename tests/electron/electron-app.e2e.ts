import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { _electron as electron } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/csp.ts';
import { electronBinary, ensureElectronSqlite } from '../../scripts/electron-native.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SKIP_REASON = 'Electron binary not installed: Electron end-to-end test skipped';
const binary = electronBinary();

type Bridge = { invoke(name: string, arg: unknown): Promise<unknown> };
type Win = Window & { attune: Bridge };

test('the Electron window is locked down and reaches the services only through window.attune.invoke', async () => {
  if (!binary) console.log(SKIP_REASON);
  test.skip(!binary, SKIP_REASON);
  if (!binary) return; // narrows the type; test.skip has already ended the test

  expect(
    process.platform !== 'linux' || Boolean(process.env['DISPLAY'] || process.env['WAYLAND_DISPLAY']),
    'Electron needs a display on Linux: run this test under xvfb-run',
  ).toBe(true);

  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  await ensureElectronSqlite((m) => console.log(m));

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'attune-electron-e2e-'));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'ELECTRON_RUN_AS_NODE') env[k] = v;
  env['ATTUNE_DATA_DIR'] = dataDir;

  const app = await electron.launch({
    executablePath: binary,
    args: [path.join(root, 'dist', 'electron', 'main.cjs')],
    cwd: root,
    env,
  });
  try {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');

    // Loaded from the privileged app:// origin, titled Attune.
    expect(page.url()).toBe('app://attune/index.html');
    await expect.poll(() => page.title()).toMatch(/Attune/);
    const nativeTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(nativeTitle).toMatch(/Attune/);

    // The bridge is exactly one function; Node is nowhere in the page.
    const exposure = await page.evaluate(() => {
      const g = globalThis as unknown as Record<string, unknown>;
      const bridge = g['attune'] as Record<string, unknown> | undefined;
      return {
        bridgeKeys: bridge ? Object.keys(bridge) : null,
        invokeType: typeof bridge?.['invoke'],
        require: typeof g['require'],
        process: typeof g['process'],
        module: typeof g['module'],
        Buffer: typeof g['Buffer'],
        electron: typeof g['electron'],
        ipcRenderer: typeof g['ipcRenderer'],
      };
    });
    expect(exposure).toEqual({
      bridgeKeys: ['invoke'],
      invokeType: 'function',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      electron: 'undefined',
      ipcRenderer: 'undefined',
    });

    // The CSP arrives as a response header on our own pages.
    const csp = await page.evaluate(async () => (await fetch(location.href)).headers.get('content-security-policy'));
    expect(csp).toBe(CONTENT_SECURITY_POLICY);

    // Nothing leaves the machine, no popups, no permissions.
    const outbound = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'reached the network',
        () => 'blocked',
      ),
    );
    expect(outbound).toBe('blocked');
    expect(await page.evaluate(() => window.open('app://attune/index.html') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);
    // Permission requests are refused (geolocation would otherwise ask a network location service).
    const geolocation = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const timer = setTimeout(() => resolve('no answer'), 10_000);
          navigator.geolocation.getCurrentPosition(
            () => resolve('granted'),
            (e) => {
              clearTimeout(timer);
              resolve(e.code === e.PERMISSION_DENIED ? 'denied' : `error ${e.code}`);
            },
          );
        }),
    );
    expect(geolocation).toBe('denied');

    // The services, through the bridge: a real project file is created on disk.
    const projectPath = path.join(dataDir, 'e2e study.attune');
    const created = (await page.evaluate(
      ([p]) => (window as unknown as Win).attune.invoke('project-create', { path: p }),
      [projectPath],
    )) as {
      ok: boolean;
      value?: { path: string; name: string };
    };
    expect(created.ok).toBe(true);
    expect(created.value?.path).toBe(projectPath);
    expect(created.value?.name).toBe('e2e study');
    expect(fs.existsSync(projectPath)).toBe(true);

    const current = (await page.evaluate(() =>
      (window as unknown as Win).attune.invoke('project-get-current', {}),
    )) as {
      ok: boolean;
      value: { path: string } | null;
    };
    expect(current).toMatchObject({ ok: true, value: { path: projectPath } });
    const recent = (await page.evaluate(() => (window as unknown as Win).attune.invoke('project-list-recent', {}))) as {
      ok: boolean;
      value: string[];
    };
    expect(recent.value).toContain(projectPath);

    // Bad input comes back as a typed error, not an exception.
    const bad = (await page.evaluate(() =>
      (window as unknown as Win).attune.invoke('project-create', { path: 'notes.txt' }),
    )) as {
      ok: boolean;
      error?: { type: string };
    };
    expect(bad).toMatchObject({ ok: false, error: { type: 'validation' } });
    const unknown = (await page.evaluate(() => (window as unknown as Win).attune.invoke('no-such-method', {}))) as {
      ok: boolean;
      error?: { type: string };
    };
    expect(unknown).toMatchObject({ ok: false, error: { type: 'unknown-method' } });
  } finally {
    await app.close();
  }

  // Closing the window saved its size and position.
  const state = JSON.parse(fs.readFileSync(path.join(dataDir, 'window-state.json'), 'utf8')) as Record<string, unknown>;
  expect(state).toMatchObject({
    width: expect.any(Number),
    height: expect.any(Number),
    maximized: expect.any(Boolean),
  });
  fs.rmSync(dataDir, { recursive: true, force: true });
});
