import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { runCli } from '../../tests/support/cli.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

const TEXT = 'SYNTHETIC - NOT REAL DATA\nI: Describe your father.\nR: Quillfeather-Osprey-5521 was strict.';

describe('attune log, role, delete-transcript, delete-coder (real processes)', () => {
  let dir: ReturnType<typeof tempDir>;
  let project: string;
  let transcriptId: string;
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });
  const attune = (...args: string[]) => runCli(args, env());

  beforeAll(async () => {
    dir = tempDir();
    const h = await servicesWithProject('study.attune');
    const ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
    ]);
    transcriptId = (await h.call<TranscriptSummary>('transcript-import-text', { fileName: 'SYN-0007.txt', text: TEXT }))
      .id;
    await h.call('session-set-coder', { coderId: ids.Ada });
    await h.call('classification-set', { transcriptId, coderId: ids.Ada, primary: 'F' });
    h.services.close();
    project = dir.file('study.attune');
    writeFileSync(project, readFileSync(h.path));
    h.dir.remove();
  });
  afterAll(() => dir.remove());

  it('role: changes a role under the lead rules and logs it; refusals exit 2 with one line', () => {
    expect(attune('role', project, 'ada', 'trainer')).toMatchObject({ status: 0, stdout: 'Ada: coder → trainer\n' });
    for (const [args, message] of [
      [['Nobody', 'coder'], /^attune: no coder named "Nobody" in study\.attune \(coders: Ada, Lee\)\n$/],
      [['Ada', 'boss'], /^attune: "boss" is not a role: choose one of coder, lead, trainer, trainee\n$/],
      [['Ada', 'consensus'], /is not a role/],
      [['Lee', 'coder'], /^attune: Lee is the project's only lead: make another coder lead first/],
    ] as const) {
      const r = attune('role', project, ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('log --json: an array of {at, coder, action, target} exactly, newest first', () => {
    const r = attune('log', project, '--json');
    expect(r.status).toBe(0);
    const entries = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    expect(entries.map((e) => Object.keys(e))).toEqual(entries.map(() => ['at', 'coder', 'action', 'target']));
    expect(entries.map((e) => [e.coder, e.action, e.target])).toEqual([
      [null, 'role-changed', expect.any(String)],
      ['Ada', 'classification-set', transcriptId],
    ]);
    expect(String(entries[0]?.at)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const text = attune('log', project);
    expect(text.stdout.split('\n')[0]).toMatch(/^At \(UTC\) +Coder +Action +Target +Details$/);
    expect(text.stdout).toMatch(/Ada \(.+\) +from=coder to=trainer via=command line/);
  });

  it('delete-transcript: says what would go without --yes, deletes it for good with --yes', () => {
    const dry = attune('delete-transcript', project, 'SYN-0007');
    expect(dry.status).toBe(2);
    expect(dry.stderr).toMatch(
      /^attune: nothing was deleted: this would delete SYN-0007 and 1 classification by 1 coder; add --yes/,
    );
    expect(attune('info', project, '--json').stdout).toContain('"transcripts":1');
    const r = attune('delete-transcript', project, transcriptId, '--yes');
    expect(r).toMatchObject({ status: 0 });
    expect(r.stdout).toMatch(/^Deleted SYN-0007 and /);
    expect(readFileSync(project).includes('Quillfeather')).toBe(false);
    expect(attune('delete-transcript', project, 'SYN-0007', '--yes')).toMatchObject({ status: 2 });
    const log = JSON.parse(attune('log', project, '--json', '--action', 'transcript-deleted').stdout) as unknown[];
    expect(log).toEqual([expect.objectContaining({ coder: null, action: 'transcript-deleted', target: transcriptId })]);
  });

  it('delete-coder: the log names the coder afterwards', () => {
    expect(attune('delete-coder', project, 'Ada', '--yes')).toMatchObject({ status: 0 });
    expect(attune('delete-coder', project, 'Lee', '--yes').stderr).toMatch(/only lead/);
    const text = attune('log', project).stdout;
    expect(text).toMatch(/coder-deleted +Ada \(/);
    expect(text).toMatch(/Ada +classification-set/);
  });
});
