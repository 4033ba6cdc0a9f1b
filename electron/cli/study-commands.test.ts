import { copyFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../services/services.ts';
import { runCli } from '../../tests/support/cli.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

const TEXT = (i: number) => `SYNTHETIC - NOT REAL DATA ${i}\nI: Describe your mother.\nR: Loving. She was never there.`;

describe('attune plan / progress / reveal (real processes, real files)', () => {
  let dir: ReturnType<typeof tempDir>;
  let base: string;
  let n = 0;
  const titles = new Map<string, string>();
  let adaId = '';
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });
  /** A fresh copy of the prepared project for one test. */
  const project = () => {
    const p = dir.file(`study-${++n}.attune`);
    copyFileSync(base, p);
    return p;
  };
  const info = (p: string) => JSON.parse(runCli(['info', p, '--json'], env()).stdout) as { coderNames: string[] };

  beforeAll(async () => {
    dir = tempDir();
    const h = await servicesWithProject('base.attune');
    const ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
    ]);
    adaId = ids.Ada!;
    for (let i = 1; i <= 8; i++) {
      const t = await h.call<{ id: string; title: string }>('transcript-import-text', {
        fileName: `SYN-000${i}.txt`,
        text: TEXT(i),
      });
      titles.set(t.id, t.title);
      await h.call('session-set-coder', { coderId: ids.Lee });
      await h.call('transcript-update-metadata', { id: t.id, metadata: { fields: { group: i % 2 ? 'A' : 'B' } } });
    }
    await h.call('settings-update', { blindMode: true });
    base = dir.file('base.attune');
    h.services.close(); // checkpoints the WAL, so the file alone is complete to copy
    copyFileSync(h.path, base);
    h.dir.remove();
  });
  afterAll(() => dir.remove());

  it('plan --json prints exactly the contract: assignments in title order, primary first, 2 of 8 double-coded', () => {
    const p = project();
    const r = runCli(['plan', p, '--coders', 'Ada,Ben,Cy', '--overlap', '0.25', '--seed', '11', '--json'], env());
    expect(r).toMatchObject({ status: 0, stderr: '' });
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['assignments', 'double_coded', 'pairs']);
    expect(out.assignments.map((a: { transcript: string }) => titles.get(a.transcript))).toEqual([
      'SYN-0001',
      'SYN-0002',
      'SYN-0003',
      'SYN-0004',
      'SYN-0005',
      'SYN-0006',
      'SYN-0007',
      'SYN-0008',
    ]);
    for (const a of out.assignments) {
      expect(Object.keys(a)).toEqual(['transcript', 'coders']);
      expect(a.coders.length === 1 || (a.coders.length === 2 && a.coders[0] !== a.coders[1])).toBe(true);
    }
    expect(out.double_coded).toBe(2);
    expect(out.assignments.filter((a: { coders: string[] }) => a.coders.length === 2)).toHaveLength(2);
    expect(Object.keys(out.pairs)).toEqual(['Ada+Ben', 'Ada+Cy', 'Ben+Cy']);
    expect(Object.values(out.pairs).reduce((s: number, x) => s + (x as number), 0)).toBe(2);
    const loads = ['Ada', 'Ben', 'Cy'].map(
      (c) => out.assignments.filter((a: { coders: string[] }) => a.coders[0] === c).length,
    );
    expect(loads.sort()).toEqual([2, 3, 3]);
    expect(info(p).coderNames).toEqual(['Ada', 'Ben', 'Cy', 'Lee']);
    // The same seed redraws the same plan; the text form says what was done.
    expect(runCli(['plan', p, '--coders', 'ada,Ben,Cy', '--seed', '11', '--json'], env()).stdout).toBe(r.stdout);
    const text = runCli(['plan', p, '--coders', 'Ada,Ben,Cy', '--seed', '11'], env());
    expect(text.stdout).toContain('Planned 8 transcript(s) over 3 coder(s)');
    expect(text.stdout).toMatch(/SYN-0001 +\w+ \(primary\)/);
  });

  it('plan --stratify draws the subset from each group; --transcripts plans only those', () => {
    const p = project();
    const r = runCli(
      ['plan', p, '--coders', 'Ada,Ben', '--overlap', '0.5', '--seed', '3', '--stratify', 'group', '--json'],
      env(),
    );
    expect(r.status).toBe(0);
    const doubled = JSON.parse(r.stdout).assignments.filter((a: { coders: string[] }) => a.coders.length === 2);
    const odd = doubled.filter((a: { transcript: string }) => Number(titles.get(a.transcript)!.slice(-1)) % 2 === 1);
    expect([doubled.length, odd.length]).toEqual([4, 2]);
    const some = runCli(
      ['plan', p, '--coders', 'Ada,Ben', '--transcripts', 'SYN-0002,SYN-0005', '--seed', '1', '--json'],
      env(),
    );
    const out = JSON.parse(some.stdout);
    expect(out.assignments.map((a: { transcript: string }) => titles.get(a.transcript))).toEqual([
      'SYN-0002',
      'SYN-0005',
    ]);
    expect(out.double_coded).toBe(1); // Math.round(0.25 × 2) = Math.round(0.5) = 1
  });

  it('refuses bad input with exit 2 and one line, writing nothing', () => {
    const p = project();
    const cases: [string[], string][] = [
      [
        ['--coders', 'Ada,Zed', '--overlap', '1.5'],
        'attune: --overlap is a share from 0 to 1, such as 0.25 (got "1.5")',
      ],
      [
        ['--coders', 'Ada,Zed', '--overlap', 'lots'],
        'attune: --overlap is a share from 0 to 1, such as 0.25 (got "lots")',
      ],
      [['--coders', 'Ada,Zed', '--seed=-1'], 'attune: --seed is a whole number from 0 to 4294967295 (got "-1")'],
      [
        ['--coders', 'Ada,Zed', '--stratify', 'site'],
        'attune: no transcript has the metadata field "site" (fields: group)',
      ],
      [
        ['--coders', 'Ada,Zed', '--transcripts', 'SYN-0001,SYN-9999'],
        'attune: no transcript "SYN-9999" (give its id, title or hash)',
      ],
      [['--coders', 'Zed'], 'attune: double coding needs at least two coders (or an overlap of 0)'],
      [['--overlap', '0.2'], 'attune: --coders names the coders, separated by commas'],
    ];
    for (const [args, message] of cases) {
      const r = runCli(['plan', p, ...args], env());
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(message);
    }
    expect(info(p).coderNames).toEqual(['Ada', 'Lee']);
    // Still no plan: progress counts every coder for every transcript.
    const none = JSON.parse(runCli(['progress', p, '--json'], env()).stdout);
    expect(none.coders).toEqual({
      Ada: { assigned: 8, returned: 0, complete: 0 },
      Lee: { assigned: 8, returned: 0, complete: 0 },
    });
  });

  /** Ada codes as a coder would, in the lead's file (the app's services over the real file). */
  async function adaCodes(p: string, transcriptId: string, status: 'in-progress' | 'complete') {
    const services = createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test' });
    const call = async (name: string, arg: unknown) => {
      const r = await services.dispatcher.dispatch(name, arg);
      if (!r.ok) throw new Error(r.error.message);
    };
    await call('project-open', { path: p });
    await call('session-set-coder', { coderId: adaId });
    await call('annotation-create', { transcriptId, coderId: adaId, codeId: 'derogation', start: 40, end: 46 });
    await call('status-set', { transcriptId, coderId: adaId, status });
    services.close();
  }

  it('progress --json follows the plan; reveal refuses until the coders are done, then reveals', async () => {
    const p = project();
    const plan = JSON.parse(
      runCli(['plan', p, '--coders', 'Ada,Ben', '--overlap', '0', '--seed', '5', '--json'], env()).stdout,
    );
    const progress = JSON.parse(runCli(['progress', p, '--json'], env()).stdout);
    expect(Object.keys(progress)).toEqual(['coders', 'transcripts']);
    expect(progress.coders).toEqual({
      Ada: { assigned: 4, returned: 0, complete: 0 },
      Ben: { assigned: 4, returned: 0, complete: 0 },
    });
    for (const a of plan.assignments)
      expect(progress.transcripts[a.transcript]).toEqual({ [a.coders[0]]: 'not-started' });
    const adas = plan.assignments.find((a: { coders: string[] }) => a.coders[0] === 'Ada').transcript as string;
    const refused = runCli(['reveal', p, '--transcripts', titles.get(adas)!], env());
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(
      `attune: nothing was revealed: ${titles.get(adas)}: waiting for Ada: every coder the plan assigns to it must have returned (or completed) it\n`,
    );
    const [first, second] = plan.assignments.filter((a: { coders: string[] }) => a.coders[0] === 'Ada');
    await adaCodes(p, first.transcript, 'in-progress');
    await adaCodes(p, second.transcript, 'complete');
    const now = JSON.parse(runCli(['progress', p, '--json'], env()).stdout);
    expect(now.coders.Ada).toEqual({ assigned: 4, returned: 0, complete: 1 });
    expect(now.transcripts[first.transcript]).toEqual({ Ada: 'in-progress' });
    expect(now.transcripts[second.transcript]).toEqual({ Ada: 'complete' });
    const one = runCli(['reveal', p, '--transcripts', second.transcript], env());
    expect(one).toMatchObject({ status: 0, stdout: `Revealed ${titles.get(second.transcript)}\n` });
    expect(runCli(['progress', p], env()).stdout).toMatch(
      new RegExp(`${titles.get(second.transcript)} +Ada complete  \\[revealed\\]`),
    );
    const whole = runCli(['reveal', p], env());
    expect(whole).toMatchObject({ status: 0, stdout: `${p.split('/').pop()}: revealed every transcript\n` });
    expect(runCli(['reveal', p], env()).stdout).toContain('already revealed');
  });

  it('reveal without blind coding says there is nothing to reveal (exit 2)', () => {
    const p = dir.file('open.attune');
    expect(runCli(['init', p], env()).status).toBe(0);
    const r = runCli(['reveal', p], env());
    expect(r).toMatchObject({
      status: 2,
      stderr: "attune: blind coding is off in open.attune: every coder's work is already visible\n",
    });
  });
});
