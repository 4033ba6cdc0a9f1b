import { connect } from 'node:net';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTUNE_BIN, REPO, runCli, startServe } from '../../tests/support/cli.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

describe('attune CLI (real processes)', () => {
  let dir: ReturnType<typeof tempDir>;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = tempDir();
    env = { ATTUNE_DATA_DIR: dir.file('data') };
  });
  afterAll(() => dir.remove());

  it('agree and agree-units as a lab scripts them: R-style NA, JSON on stdout, exit 0; a bad cell exits 2 naming it', () => {
    const ratings = dir.file('r.csv');
    writeFileSync(ratings, 'unit,A,B,C\n1,1,1,1\n2,2,2,NA\n3,1,2,1\n4,3,3,3\n');
    const r = runCli(['agree', ratings, '--metric', 'fleiss-kappa', '--json'], env);
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(o).toMatchObject({ metric: 'fleiss-kappa', units: 4, coders: ['A', 'B', 'C'], missing: 1 });
    writeFileSync(ratings, 'unit,A,B\n1,1,2\n2,x,2\n');
    const bad = runCli(['agree', ratings, '--metric', 'icc', '--form', '2,1'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/line 3, column "A": "x" is not a number/);
    const spans = dir.file('s.csv');
    writeFileSync(spans, 'coder,start,end,category\na,10,20,X\nb,10,20,X\na,50,60,X\nb,52,60,X\nc,,,\n');
    const u = runCli(['agree-units', spans, '--length', '100', '--json'], env);
    expect(JSON.parse(u.stdout)).toMatchObject({ coders: ['a', 'b', 'c'] });
    expect((JSON.parse(u.stdout) as { value: number }).value).toBeCloseTo(0.3088, 4);
  });

  it('init creates a project and info --json reports its counts', () => {
    const p = dir.file('new.attune');
    const init = runCli(['init', p], env);
    expect(init).toMatchObject({ status: 0, stdout: `Created ${p}\n` });
    const info = runCli(['info', p, '--json'], env);
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ transcripts: 0, coders: 0, annotations: 0 });
    expect(runCli(['info', p], env).stdout).toMatch(/^Project {6}new /);
  });

  it.each([
    [['frobnicate'], 'attune: unknown command "frobnicate"; run `attune --help` for the list\n'],
    [['init'], 'attune: missing PROJECT.attune (usage: attune init PROJECT.attune)\n'],
    [['init', 'study.db'], 'attune: study.db: a project file name ends in .attune\n'],
    [
      ['info', 'x.attune', '--bogus'],
      "attune: Unknown option '--bogus' (usage: attune info PROJECT.attune [--json])\n",
    ],
    [['serve', 'x.attune', '--port', 'eighty'], 'attune: --port takes a number from 0 to 65535, not "eighty"\n'],
    [[], null],
  ])('bad arguments %j exit with status 2 and one line, no stack trace', (args, message) => {
    const r = runCli(args, env);
    expect(r.status).toBe(2);
    if (message) expect(r.stderr).toBe(message);
    expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
  });

  // Fourteen real processes: under a loaded machine that takes longer than one call's default timeout.
  it(
    'every command answers --help with its usage and status 0; agree also lists its metrics and JSON keys',
    {
      timeout: 120_000,
    },
    () => {
      for (const cmd of [
        'init',
        'info',
        'demo',
        'serve',
        'import',
        'text',
        'export-coding',
        'import-coding',
        'agree',
        'agree-units',
        'agree-project',
        'export-codings',
        'report',
      ]) {
        const r = runCli([cmd, '--help'], env);
        expect(r.status, cmd).toBe(0);
        expect(r.stdout, cmd).toMatch(new RegExp(`^Usage: attune ${cmd} `));
      }
      const agree = runCli(['agree', '-h'], env).stdout;
      for (const m of [
        'percent-agreement',
        'cohen-kappa',
        'weighted-kappa',
        'scott-pi',
        'fleiss-kappa',
        'krippendorff-alpha',
        'brennan-prediger',
        'gwet-ac1',
        'icc',
      ])
        expect(agree).toContain(m);
      expect(agree).toContain('header unit,<coder>,<coder>');
      expect(runCli(['agree-units', '--help'], env).stdout).toContain('header coder,start,end,category');
    },
  );

  it('info on a file that is not a project says so in one line with status 2', () => {
    writeFileSync(dir.file('notes.attune'), 'just text');
    const r = runCli(['info', dir.file('notes.attune')], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'attune: Cannot open notes.attune: it is not an Attune project (there is no such file, it cannot be read, or it is not a project)\n',
    );
  });

  it('serve refuses a project path that does not exist unless --create is given, and --create an existing one', () => {
    const missing = dir.file('typo.attune');
    const r = runCli(['serve', missing], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      `attune: ${missing}: no such project (create it with \`attune init ${missing}\` or \`attune serve ${missing} --create\`)\n`,
    );
    expect(existsSync(missing)).toBe(false);
    expect(runCli(['init', missing], env).status).toBe(0);
    const again = runCli(['serve', missing, '--create'], env);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`attune: ${missing}: already exists; --create makes a new project only\n`);
  });

  it('serve prints the URL with its token first, and a tag survives killing the process right after it was saved', async () => {
    const p = dir.file('crash.attune');
    const host = await startServe([p, '--create'], env);
    try {
      expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{40,}$/);
      const coder = (await host.call('coder-create', { name: 'Ada' })).value as { id: string };
      const t = (
        await host.call('transcript-import-text', { fileName: 'SYN.txt', text: 'I: How was it?\nR: Fine, I suppose.' })
      ).value as { id: string };
      const saved = await host.call('annotation-create', {
        transcriptId: t.id,
        coderId: coder.id,
        codeId: 'quantity.too_little',
        start: 18,
        end: 22,
      });
      expect(saved.ok).toBe(true);
    } finally {
      // No goodbye: SIGKILL right after the API said "saved".
      host.child.kill('SIGKILL');
      await new Promise((r) => host.child.once('exit', r));
    }
    const info = runCli(['info', p, '--json'], env);
    expect(JSON.parse(info.stdout)).toMatchObject({ transcripts: 1, coders: 1, annotations: 1 });
  });

  it('attune serve answers 400 to a malformed target from any page (no token) and keeps serving', async () => {
    const host = await startServe([dir.file('fuzz.attune'), '--create'], env);
    try {
      // What <img src="http://127.0.0.1:PORT/%"> on any web page sends.
      for (const path of ['/%', '/%c0%af', '/assets/%ff'])
        expect((await fetch(`${host.origin}${path}`)).status, path).toBe(400);
      const raw = await new Promise<string>((resolve) => {
        const socket = connect(Number(new URL(host.origin).port), '127.0.0.1');
        let answer = '';
        socket.on('data', (d) => (answer += d.toString()));
        socket.on('close', () => resolve(answer));
        socket.write(`GET //[ HTTP/1.1\r\nHost: ${new URL(host.origin).host}\r\nConnection: close\r\n\r\n`);
      });
      expect(raw).toMatch(/^HTTP\/1\.1 404/);
      expect(host.child.exitCode).toBeNull();
      expect((await host.call('project-get-current', {})).ok).toBe(true);
    } finally {
      await host.stop();
    }
  });

  it('stops quietly when the reader closes the pipe early (attune text … | head)', async () => {
    const p = dir.file('pipe.attune');
    expect(runCli(['init', p], env).status).toBe(0);
    const big = Array.from({ length: 40_000 }, (_, i) => (i % 2 ? 'R: fine, I suppose.' : 'I: and then?')).join('\n');
    writeFileSync(dir.file('big.txt'), big);
    expect(runCli(['import', p, dir.file('big.txt')], env).status).toBe(0);
    const child = spawn(process.execPath, [ATTUNE_BIN, 'text', p, 'big'], {
      cwd: REPO,
      env: { ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first chunk, then hang up like `head` does.
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
