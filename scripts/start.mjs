#!/usr/bin/env node
// `npm start [-- PROJECT.attune]`: the Electron app when Electron's binary is installed;
// otherwise the local HTTP host (`attune serve`) in a Chromium/Chrome app window.
// Ctrl+C stops everything this script started.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { electronBinary, ensureElectronSqlite } from './electron-native.mjs';
import {
  BROWSER_PROFILE_PREFERENCES,
  browserArgs,
  browserProfileDir,
  findBrowser,
  hasDisplay,
  splitStartArgs,
} from './launch-helpers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const forwarded = process.argv.slice(2);
const { project } = splitStartArgs(forwarded);

/** Newest modification time under the given paths (skipping node_modules). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') visit(path.join(p, name));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return newest;
}

/** True when an output is missing or older than any source that goes into it. */
function isStale(outputs, sources) {
  let oldest = Infinity;
  for (const o of outputs) {
    const p = path.join(root, o);
    if (!existsSync(p)) return true;
    oldest = Math.min(oldest, statSync(p).mtimeMs);
  }
  return newestMtime(sources) > oldest;
}

function run(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

const children = new Set();
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  // Give the host a moment to close its database cleanly, then leave.
  const deadline = setTimeout(() => process.exit(code), 3000);
  deadline.unref();
  const check = setInterval(() => {
    if ([...children].every((c) => c.exitCode !== null || c.signalCode !== null)) {
      clearInterval(check);
      process.exit(code);
    }
  }, 50);
}
process.on('SIGINT', () => stopAll(130));
process.on('SIGTERM', () => stopAll(143));

function track(child) {
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

const uiSources = ['renderer', 'shared', 'package.json'];

async function startElectron(binary) {
  const mainSources = [
    'electron/main',
    'electron/preload',
    'electron/services',
    'shared',
    'package.json',
    'scripts/build.mjs',
  ];
  if (
    isStale(['dist/renderer/index.html'], uiSources) ||
    isStale(['dist/electron/main.cjs', 'dist/electron/preload.cjs'], mainSources)
  ) {
    await run(process.execPath, [path.join(root, 'scripts', 'build.mjs')]);
  }
  try {
    await ensureElectronSqlite();
  } catch (e) {
    console.error(
      `attune: could not build better-sqlite3 for Electron (${e instanceof Error ? e.message : String(e)}).`,
    );
    console.error('attune: the browser UI still works: ATTUNE_NO_ELECTRON=1 npm start');
    process.exit(1);
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would make Electron behave as plain Node
  const app = track(
    spawn(binary, ['.', ...(project ? [path.resolve(project)] : [])], { cwd: root, stdio: 'inherit', env }),
  );
  app.on('exit', (code) => stopAll(code ?? 0));
}

/** Resolves with the first stdout line (the URL); later lines are passed through. */
function firstLine(stream) {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: stream });
    let first = true;
    lines.on('line', (line) => {
      if (first) {
        first = false;
        resolve(line.trim());
      } else console.log(line);
    });
    lines.on('close', () => {
      if (first) reject(new Error('the local host exited before printing its address'));
    });
  });
}

function seedBrowserProfile(profileDir) {
  const prefs = path.join(profileDir, 'Default', 'Preferences');
  if (existsSync(prefs)) return;
  mkdirSync(path.dirname(prefs), { recursive: true, mode: 0o700 });
  writeFileSync(prefs, JSON.stringify(BROWSER_PROFILE_PREFERENCES));
}

async function startBrowserUi() {
  console.log('Electron is not installed, so Attune opens in the browser UI (a local host on 127.0.0.1).');
  if (isStale(['dist/renderer/index.html'], uiSources)) {
    await run(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--renderer-only']).catch(() => {
      console.error('attune: the user interface did not build (see above); serving what dist/renderer has.');
    });
  }
  const server = track(
    spawn(process.execPath, [path.join(root, 'bin', 'attune.mjs'), 'serve', ...forwarded], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  server.on('exit', (code) => {
    if (!stopping) stopAll(code ?? 1);
  });
  let url;
  try {
    url = await firstLine(server.stdout);
  } catch (e) {
    console.error(`attune: ${e instanceof Error ? e.message : String(e)}`);
    return stopAll(1);
  }
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) {
    console.error(`attune: unexpected first line from the local host: ${url.slice(0, 200)}`);
    return stopAll(1);
  }

  const browser = hasDisplay(process.platform, process.env)
    ? findBrowser(process.platform, process.env, os.homedir(), existsSync)
    : null;
  if (!browser) {
    console.log(`Open this address in a browser on this computer: ${url}`);
    console.log('Press Ctrl+C to stop.');
    return;
  }
  const profileDir = browserProfileDir(process.platform, process.env, os.homedir(), os.tmpdir());
  seedBrowserProfile(profileDir);
  console.log(`Opening ${url} in ${path.basename(browser)}. Press Ctrl+C to stop.`);
  const args = browserArgs(url, profileDir);
  if (process.platform === 'linux' && process.getuid?.() === 0) {
    // Chromium refuses to start as root with its sandbox on (containers, CI).
    console.log('Running as root: starting the browser without its sandbox. Run as a normal user to keep it.');
    args.push('--no-sandbox');
  }
  const started = Date.now();
  const win = track(spawn(browser, args, { stdio: 'ignore' }));
  win.on('error', (e) => console.error(`attune: could not start ${browser}: ${e.message}. Open ${url} yourself.`));
  win.on('exit', (code) => {
    if (stopping) return;
    if (Date.now() - started >= 3000) return stopAll(0); // the user closed the window
    // A quick exit either handed the window to a running browser (0) or failed: keep serving.
    if (code === 0) console.log(`The window opened in an already-running browser. Attune keeps serving until Ctrl+C.`);
    else
      console.log(
        `${path.basename(browser)} exited straight away (code ${code}). Open ${url} yourself; Ctrl+C stops Attune.`,
      );
  });
}

const binary = process.env.ATTUNE_NO_ELECTRON ? null : electronBinary();
try {
  if (binary) await startElectron(binary);
  else await startBrowserUi();
} catch (e) {
  console.error(`attune: ${e instanceof Error ? e.message : String(e)}`);
  stopAll(1);
}
