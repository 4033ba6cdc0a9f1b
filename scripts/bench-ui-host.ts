// The UI benchmark's setup (scripts/bench-ui.ts): a current production renderer, and a real
// `attune serve` host in a temp dir, filled through its HTTP API.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../tests/support/chromium.ts';
import { firstWords, syntheticSpans } from './bench-ui-lib.ts';

export const ROOT = resolve(import.meta.dirname, '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    newest = Math.max(newest, e.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/** Builds the renderer when it is missing, older than renderer/, or --build is given. */
export function ensureBuild(): void {
  const index = join(ROOT, 'dist', 'renderer', 'index.html');
  if (
    existsSync(index) &&
    statSync(index).mtimeMs >= newestMtime(join(ROOT, 'renderer')) &&
    !process.argv.includes('--build')
  )
    return;
  console.log('building the production renderer…');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--renderer-only'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('renderer build failed');
}

export interface Host {
  origin: string;
  token: string;
  url: string;
  child: ChildProcess;
}

/**
 * Starts `attune serve` on a free port; resolves with the URL it prints (origin and token). Without a
 * project the page opens on the start screen.
 */
export async function startHost(dataDir: string, project?: string): Promise<Host> {
  const child = spawn(process.execPath, ['bin/attune.mjs', 'serve', ...(project ? [project] : []), '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ATTUNE_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL from attune serve: ${err}`)), 60_000);
    createInterface({ input: child.stdout! }).once('line', (l) => {
      clearTimeout(timer);
      ok(l.trim());
    });
    child.once('exit', (c) => fail(new Error(`attune serve exited ${c}: ${err}`)));
  });
  const u = new URL(url);
  return { origin: u.origin, token: u.searchParams.get('token') ?? '', url, child };
}

/** One API call over HTTP; a failed call throws with its message. */
export async function api<T>(h: Host, name: string, arg: unknown = {}): Promise<T> {
  const res = await fetch(`${h.origin}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${h.token}` },
    body: JSON.stringify(arg),
  });
  const body = (await res.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${name}: ${body.error.message}`);
  return body.value;
}

export interface Code {
  id: string;
  hotkey?: string;
  archived?: boolean;
}

/**
 * A coder, a 300-word warm-up transcript and the two bench transcripts, each with `n` synthetic
 * highlights (seeded, so every run codes the same passages). Returns the coder and the live codes.
 */
export async function seedProject(
  host: Host,
  stress: string,
  bench: ReadonlyArray<{ title: string; fileName: string; text: string; highlights: number; seed: number }>,
): Promise<{ coderId: string; codes: Code[] }> {
  const coder = await api<{ id: string }>(host, 'coder-create', { name: 'Bench' });
  await api(host, 'session-set-coder', { coderId: coder.id });
  const cb = await api<{ codebook: { codes: Code[] } }>(host, 'codebook-get-active');
  const codes = cb.codebook.codes.filter((c) => !c.archived);
  await api<{ id: string }>(host, 'transcript-import-text', {
    title: 'A warm-up',
    fileName: 'warm.txt',
    text: firstWords(stress, 300),
  });
  const imported: Array<{ id: string; highlights: number; seed: number }> = [];
  for (const b of bench) {
    const t = await api<{ id: string }>(host, 'transcript-import-text', {
      title: b.title,
      fileName: b.fileName,
      text: b.text,
    });
    imported.push({ id: t.id, highlights: b.highlights, seed: b.seed });
  }
  for (const t of imported) {
    const stored = await api<{ text: string }>(host, 'transcript-get', { id: t.id });
    for (const s of syntheticSpans(stored.text, t.highlights, codes.length, t.seed))
      await api(host, 'annotation-create', {
        transcriptId: t.id,
        coderId: coder.id,
        codeId: codes[s.codeIndex]!.id,
        start: s.start,
        end: s.end,
      });
  }
  return { coderId: coder.id, codes };
}

/** Headless Chromium (Debian's by default) for the benchmarks. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
}
