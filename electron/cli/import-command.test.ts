import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../../scripts/make-fixtures.ts';
import { runCli } from '../../tests/support/cli.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { ProjectStore, textHash } from '../services/project-store.ts';
import { normalizeTranscriptText } from '../../shared/transcript/normalize.ts';

type Row =
  | { file: string; ok: true; transcript: string; words: number; turns: number; sections: number }
  | { file: string; ok: false; error: string };

describe('attune import / attune text (real processes)', () => {
  let dir: ReturnType<typeof tempDir>;
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });
  const project = () => dir.file('study.attune');
  const fx = (f: string) => join(FIXTURE_DIR, f);

  beforeAll(() => {
    dir = tempDir();
    expect(runCli(['init', project()], env()).status).toBe(0);
  });
  afterAll(() => dir.remove());

  it('imports a batch, reporting each file as given in the JSON contract, exit 2 when any failed', () => {
    const r = runCli(
      [
        'import',
        project(),
        fx('syn-0018-mini.docx'),
        fx('bad/pdf-named.docx'),
        fx('syn-0008-crlf.txt'),
        fx('syn-0018-mini.docx'),
        dir.file('missing.txt'),
        '--json',
      ],
      env(),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('');
    const rows = JSON.parse(r.stdout) as Row[];
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual({
      file: fx('syn-0018-mini.docx'),
      ok: true,
      transcript: expect.any(String),
      words: expect.any(Number),
      turns: 29,
      sections: 6,
    });
    expect(Object.keys(rows[0]!)).toEqual(['file', 'ok', 'transcript', 'words', 'turns', 'sections']);
    expect(rows[1]).toEqual({
      file: fx('bad/pdf-named.docx'),
      ok: false,
      error: 'pdf-named.docx: this is a PDF file, not a Word document. Save it as .docx or .txt and import again.',
    });
    expect(rows[2]).toMatchObject({ file: fx('syn-0008-crlf.txt'), ok: true, turns: 30 });
    expect(rows[3]).toEqual({
      file: fx('syn-0018-mini.docx'),
      ok: false,
      error:
        'syn-0018-mini.docx: duplicate: this text is already in the project as "syn-0018-mini", so it was not imported again.',
    });
    expect(rows[4]).toEqual({
      file: dir.file('missing.txt'),
      ok: false,
      error: `${dir.file('missing.txt')}: cannot read: no such file`,
    });
    expect(JSON.parse(runCli(['info', project(), '--json'], env()).stdout)).toMatchObject({ transcripts: 2 });
  });

  it('prints the stored text exactly: CRLF became LF, non-ASCII intact, no added newline, hash matches', () => {
    const crlf = readFileSync(fx('syn-0009-non-ascii.txt'), 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(dir.file('non-ascii-crlf.txt'), crlf);
    const r = runCli(['import', project(), dir.file('non-ascii-crlf.txt'), '--json'], env());
    expect(r.status).toBe(0);
    const [row] = JSON.parse(r.stdout) as Row[];
    if (!row?.ok) throw new Error(JSON.stringify(row));
    const out = runCli(['text', project(), row.transcript], env());
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(normalizeTranscriptText(crlf));
    expect(out.stdout).toContain('Zoë');
    expect(out.stdout).not.toContain('\r');
    expect(out.stdout.endsWith('\n')).toBe(false);
    const info = JSON.parse(runCli(['info', project(), '--json'], env()).stdout) as { transcripts: number };
    expect(info.transcripts).toBe(3);
    // By title too; the printed bytes hash to the transcript's stored hash.
    expect(runCli(['text', project(), 'non-ascii-crlf'], env()).stdout).toBe(out.stdout);
    const store = ProjectStore.open(project());
    try {
      expect(textHash(out.stdout)).toBe(store.getTranscript(row.transcript).hash);
    } finally {
      store.close();
    }
  });

  it('applies --speaker and --replace/--replacements, with plain-text output', () => {
    const src = dir.file('qa.txt');
    writeFileSync(
      src,
      'Q: 1. Tell me about Margaret.\nA: Margaret was kind; so was Tom.\nQ: 2. And your father?\nA: Tom, you mean.',
    );
    const csv = dir.file('names.csv');
    writeFileSync(csv, '\uFEFFname,replacement\nTom,[FATHER]\n');
    const r = runCli(
      [
        'import',
        project(),
        src,
        '--speaker',
        'Q=interviewer',
        '--speaker',
        'A=respondent',
        '--replace',
        'Margaret=[MOTHER]',
        '--replacements',
        csv,
      ],
      env(),
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `^${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: imported as [0-9a-f-]{36} \\(\\d+ words, 4 turns, 2 sections\\)\\n$`,
      ),
    );
    const text = runCli(['text', project(), 'qa'], env()).stdout;
    expect(text).toBe(
      'Q: 1. Tell me about [MOTHER].\nA: [MOTHER] was kind; so was [FATHER].\nQ: 2. And your father?\nA: [FATHER], you mean.',
    );
  });

  it('refuses bad arguments with one line and exit 2', () => {
    expect(runCli(['import', project()], env())).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^attune: name at least one transcript file/),
    });
    expect(runCli(['import', project(), fx('syn-0008-crlf.txt'), '--speaker', 'Q'], env())).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('write LABEL=ROLE'),
    });
    expect(
      runCli(['import', project(), fx('syn-0008-crlf.txt'), '--replacements', dir.file('none.csv')], env()),
    ).toMatchObject({ status: 2, stderr: expect.stringContaining('none.csv: no such file') });
    expect(runCli(['text', project(), 'no-such'], env())).toMatchObject({
      status: 2,
      stderr: 'attune: no transcript "no-such" in study.attune; `attune import` prints the ids\n',
    });
    const bad = runCli(['import', project(), fx('bad/empty.txt')], env());
    expect(bad).toMatchObject({ status: 2, stdout: '', stderr: 'attune: empty.txt: the file is empty.\n' });
  });
});
