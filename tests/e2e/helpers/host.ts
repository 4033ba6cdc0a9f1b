import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..', '..');

/** A real `attune serve` process on a free port. */
export interface Host {
  /** Full URL with ?token=…, as printed by the CLI. */
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
  /** Everything the host wrote to stderr (shown when a test fails). */
  stderr: () => string;
  /** Graceful stop (SIGTERM), waits for exit. */
  stop: () => Promise<void>;
  /** SIGKILL, as if the machine lost power: no shutdown code runs. */
  kill: () => Promise<void>;
}

export interface HostOptions {
  /** Project to open at start; omit to serve no project (the UI creates or opens one). */
  project?: string;
  /** Per-test user data dir (recent projects list), so tests never touch the real one. */
  dataDir: string;
  /** The home folder the host sees (the browser file picker is confined to it); the user's own by default. */
  home?: string;
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

export async function startHost({ project, dataDir, home }: HostOptions): Promise<Host> {
  const args = ['bin/attune.mjs', 'serve', ...(project ? [project] : []), '--port', '0'];
  const child = spawn(process.execPath, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ATTUNE_DATA_DIR: dataDir, ...(home ? { HOME: home } : {}) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (d: string) => (err += d));

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`attune serve printed no URL within 60 s. stderr:\n${err}`)),
      60_000,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolveUrl(line.trim());
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`attune serve exited (${code ?? signal}) before printing its URL. stderr:\n${err}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token');
  if (!token) throw new Error(`the first line of attune serve is not a URL with a token: ${url}`);

  return {
    url,
    origin: parsed.origin,
    token,
    child,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await waitForExit(child);
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await waitForExit(child);
    },
  };
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix: string): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

/** Call the API the way the UI does (token from the host URL), for cross-checking what was stored. */
export async function api<T>(host: Pick<Host, 'origin' | 'token'>, name: string, arg: unknown = {}): Promise<T> {
  const res = await fetch(`${host.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${host.token}` },
    body: JSON.stringify(arg),
  });
  const body = (await res.json()) as { ok: true; value: T } | { ok: false; error: { type: string; message: string } };
  if (!body.ok) throw new Error(`${name} failed: ${body.error.type}: ${body.error.message}`);
  return body.value;
}
