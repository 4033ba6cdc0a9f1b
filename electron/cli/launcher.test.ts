import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// bin/attune.mjs in a scratch copy of the repository layout, with a stub CLI in both forms.
const repo = fileURLToPath(new URL('../..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'attune-launcher-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'bin'));
mkdirSync(join(root, 'electron', 'cli'), { recursive: true });
copyFileSync(join(repo, 'bin', 'attune.mjs'), join(root, 'bin', 'attune.mjs'));
symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
writeFileSync(
  join(root, 'electron', 'cli', 'main.ts'),
  "export async function main(argv: string[]): Promise<number> { console.log(`sources ${argv.join(' ')}`); return 0; }\n",
);

function dist(builtAt: number | null): void {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  if (builtAt === null) return;
  mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
  writeFileSync(
    join(root, 'dist', 'cli', 'main.mjs'),
    "export async function main(argv) { console.log(`built ${argv.join(' ')}`); return 3; }\n",
  );
  writeFileSync(
    join(root, 'dist', 'cli', 'sources.json'),
    JSON.stringify({ builtAt, sources: ['electron/cli/main.ts'] }),
  );
}

function launch(): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'attune.mjs'), 'info', 'x'], {
    encoding: 'utf8',
    env: { ...process.env, ATTUNE_DEBUG: '1' },
  });
  return { status: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
}

describe('bin/attune.mjs runs the built CLI when it is up to date, the sources otherwise', () => {
  it('a build newer than every source runs, and its exit status is the command’s', () => {
    dist(Date.now() + 3_600_000);
    const r = launch();
    expect(r.stdout).toBe('built info x');
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/^attune: running the built CLI .*dist\/cli\/main\.mjs$/);
  });
  it('a source changed after the build: the sources run through tsx, and debug mode names the file', () => {
    dist(1);
    const r = launch();
    expect(r.stdout).toBe('sources info x');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'attune: running the TypeScript sources with tsx: electron/cli/main.ts changed after the build',
    );
  });
  it('no build: the sources run through tsx', () => {
    dist(null);
    const r = launch();
    expect(r.stdout).toBe('sources info x');
    expect(r.stderr).toMatch(/dist\/cli is missing/);
  });
  it('without ATTUNE_DEBUG nothing is said about it', () => {
    dist(Date.now() + 3_600_000);
    const r = spawnSync(process.execPath, [join(root, 'bin', 'attune.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, ATTUNE_DEBUG: '' },
    });
    expect(r.stderr).toBe('');
  });
});
