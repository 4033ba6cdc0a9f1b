import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const REPO = join(import.meta.dirname, '..', '..');
export const ATTUNE_BIN = join(REPO, 'bin', 'attune.mjs');

/** Run the real CLI as a user would (a child process), returning its exit status and output. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [ATTUNE_BIN, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  url: string;
  origin: string;
  token: string;
  call: (
    name: string,
    arg: unknown,
  ) => Promise<{ ok: boolean; value?: unknown; error?: { type: string; message: string } }>;
  stop: () => Promise<void>;
}

/** Start `attune serve` and wait for the first stdout line (the URL with its token). */
export function startServe(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ServeProcess> {
  const child = spawn(process.execPath, [ATTUNE_BIN, 'serve', ...args, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`attune serve printed no URL within 60 s: ${stderr}`)), 60_000);
    child.once('exit', (code) => reject(new Error(`attune serve exited (${code}): ${stderr}`)));
    createInterface({ input: child.stdout }).once('line', (url) => {
      clearTimeout(timer);
      const u = new URL(url);
      const token = u.searchParams.get('token') ?? '';
      const origin = u.origin;
      resolve({
        child,
        url,
        origin,
        token,
        call: async (name, arg) => {
          const res = await fetch(`${origin}/api/${name}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify(arg),
          });
          return (await res.json()) as { ok: boolean; value?: unknown; error?: { type: string; message: string } };
        },
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
