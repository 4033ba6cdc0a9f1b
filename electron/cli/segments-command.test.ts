import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/cli.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

const TEXT = [
  'SYNTHETIC - NOT REAL DATA',
  'I: Could you describe your relationship with your parents?',
  'R: My mother was loving. Very loving. I can’t remember — café 😀 days.',
  'I: Did you experience the loss of someone close?',
  'R: My grandfather died when I was seven. He is still watching.',
].join('\n');
const at = (s: string) => TEXT.indexOf(s);

describe('attune segments (real processes)', () => {
  let dir: ReturnType<typeof tempDir>;
  let project: string;
  let blind: string;
  let t = '';
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });

  beforeAll(async () => {
    dir = tempDir();
    const h = await servicesWithProject('study.attune');
    // The first coder is the lead (only a lead gives roles); Ada and Ben are coders.
    const { Ada: ada = '', Ben: ben = '' } = await h.addCoders([
      ['Lea', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
    ]);
    t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT })).id;
    h.services
      .current()!
      .db.run('UPDATE transcripts SET metadata = ? WHERE id = ?', [JSON.stringify({ participantCode: 'P-17' }), t]);
    await h.call('section-create', { transcriptId: t, start: at('I: Could'), end: at('I: Did'), number: 1 });
    await h.call('section-create', { transcriptId: t, start: at('I: Did'), end: TEXT.length, number: 2 });
    const mark = (coderId: string, codeId: string, phrase: string, extra: object = {}) =>
      h.call('annotation-create', {
        transcriptId: t,
        coderId,
        codeId,
        start: at(phrase),
        end: at(phrase) + phrase.length,
        ...extra,
      });
    await mark(ada, 'idealization.unsupported_adjective', 'Very loving', { note: 'no "memory", given' });
    await mark(ben, 'idealization.unsupported_adjective', 'Very loving');
    await mark(ada, 'lack_of_recall.insistence', 'I can’t remember — café 😀 days', { severity: 2 });
    await mark(ben, 'unres.reasoning_lapse', 'He is still watching', { severity: 3 });
    await mark(ada, 'derogation', 'SYNTHETIC');
    project = h.path;
    h.services.close();
    const b = await servicesWithProject('blind.attune');
    const lea = (await b.call<{ id: string }>('coder-create', { name: 'Lea', role: 'lead' })).id;
    await b.call('session-set-coder', { coderId: lea });
    await b.call('settings-update', { blindMode: true });
    blind = b.path;
    b.services.close();
  });
  afterAll(() => dir.remove());

  it('--json: the stated keys in order, exact text, 1-based line, section or null', () => {
    const r = runCli(['segments', project, '--json'], env());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(rows).toHaveLength(5);
    for (const row of rows)
      expect(Object.keys(row)).toEqual([
        'transcript',
        'title',
        'participant',
        'coder',
        'code',
        'start',
        'end',
        'line',
        'section',
        'text',
        'note',
        'severity',
      ]);
    expect(rows[0]).toEqual({
      transcript: t,
      title: 'SYN-0001',
      participant: 'P-17',
      coder: 'Ada',
      code: 'derogation',
      start: 0,
      end: 9,
      line: 1,
      section: null,
      text: 'SYNTHETIC',
      note: '',
      severity: null,
    });
    const recall = rows.find((x) => x.code === 'lack_of_recall.insistence')!;
    expect(recall.text).toBe('I can’t remember — café 😀 days');
    expect(recall.text).toBe(TEXT.slice(recall.start as number, recall.end as number));
    expect(recall).toMatchObject({ line: 3, section: 1, severity: 2 });
    expect(rows.find((x) => x.code === 'unres.reasoning_lapse')).toMatchObject({ line: 5, section: 2, coder: 'Ben' });
  });

  it('filters by codes, groups, coders, sections and transcripts', () => {
    const codes = (args: string[]) =>
      (
        JSON.parse(runCli(['segments', project, '--json', ...args], env()).stdout) as { coder: string; code: string }[]
      ).map((x) => `${x.coder}:${x.code}`);
    expect(codes(['--codes', 'derogation,unres.reasoning_lapse'])).toEqual([
      'Ada:derogation',
      'Ben:unres.reasoning_lapse',
    ]);
    expect(codes(['--groups', 'consistency'])).toEqual([
      'Ada:idealization.unsupported_adjective',
      'Ben:idealization.unsupported_adjective',
      'Ada:lack_of_recall.insistence',
    ]);
    expect(codes(['--coders', 'ben'])).toEqual(['Ben:idealization.unsupported_adjective', 'Ben:unres.reasoning_lapse']);
    expect(codes(['--sections', '2,none'])).toEqual(['Ada:derogation', 'Ben:unres.reasoning_lapse']);
    expect(codes(['--transcripts', t, '--coders', 'Ada', '--sections', '1'])).toHaveLength(2);
  });

  it('prints a readable list without --json', () => {
    const r = runCli(['segments', project, '--codes', 'idealization.unsupported_adjective'], env());
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('SYN-0001 line 3, Q1  Ada  idealization.unsupported_adjective');
    expect(r.stdout).toContain('note: no "memory", given');
    expect(r.stdout.trim().endsWith('2 segment(s)')).toBe(true);
  });

  it('names what is wrong: unknown coder, code, group, section; blind project refused', () => {
    const bad = (args: string[], message: string) => {
      const r = runCli(['segments', ...args], env());
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stdout).toBe('');
    };
    bad([project, '--coders', 'Zed'], 'no coder "Zed" in study.attune (coders: Ada, Ben, Lea)');
    bad([project, '--codes', 'nope'], 'no code "nope" in the active codebook');
    bad([project, '--groups', 'nope'], 'no code group "nope" in the active codebook');
    bad([project, '--sections', 'two'], '--sections takes question numbers or "none" (got "two")');
    bad([project, '--transcripts', 'nope'], 'no transcript "nope"');
    bad([blind, '--json'], 'blind coding is on: choose your coder identity first');
  });
});
