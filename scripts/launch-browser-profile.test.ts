import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../tests/support/cli.ts';
import { tempDir } from '../tests/support/temp-dir.ts';
import { browserArgs } from './launch-helpers.mjs';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Every file under dir that holds the token, as bytes (History, Sessions and caches are binary). */
function filesHolding(dir: string, token: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p, { throwIfNoEntry: false });
      if (!s) continue;
      if (s.isDirectory()) walk(p);
      else if (s.isFile() && readFileSync(p).includes(token)) found.push(p.slice(dir.length + 1));
    }
  };
  walk(dir);
  return found;
}

/** Open the URL as `npm start` does (its flags), headless, let the page load, then quit the browser gracefully. */
async function openAndQuit(args: string[]): Promise<void> {
  const child = spawn(CHROMIUM, ['--headless=new', '--no-sandbox', ...args], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 7000));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM'); // a graceful quit: the browser writes History and Sessions as it would when closed
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  child.kill('SIGKILL');
}

// Issue 14, item 10: the token in the launch URL reached the browser profile's History and Sessions files.
describe('the browser window npm start opens keeps the token out of its profile (real Chromium, real host)', () => {
  const dir = tempDir();
  let host: ServeProcess;
  beforeAll(async () => {
    host = await startServe([dir.file('p.attune'), '--create'], { ATTUNE_DATA_DIR: dir.file('data') });
  }, 60_000);
  afterAll(async () => {
    await host.stop();
    dir.remove();
  });

  it('finds the token in a normal profile (the check can see a leak), and in no file of the app window profile', async () => {
    const plain = dir.file('plain-profile');
    await openAndQuit(browserArgs(host.url, plain).filter((a: string) => a !== '--incognito'));
    expect(filesHolding(plain, host.token).length).toBeGreaterThan(0);

    const app = dir.file('app-profile');
    await openAndQuit(browserArgs(host.url, app));
    expect(filesHolding(app, host.token)).toEqual([]);
  }, 60_000);
});
