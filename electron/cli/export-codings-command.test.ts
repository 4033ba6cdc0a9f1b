import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LONG_COLUMNS } from '../../shared/reliability/codings-long.ts';
import { runCli } from '../../tests/support/cli.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

// Two coders, two transcripts: notes (one formula-looking, one with an apostrophe and a comma), a
// severity, the same two losses recorded by both coders with different spellings of "who", a second
// loss of the same person, classification confidence and a forced one, memos of every kind, statuses.
const TEXT = (i: number) =>
  `SYNTHETIC - NOT REAL DATA ${i}\nI: Which parent were you closer to?\nR: Him? Waste of space, moving on. My gran died when I was nine.`;
const AT = TEXT(1).indexOf('Waste');
const GRAN = TEXT(1).indexOf('My gran');

const rows = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
const hasPspp = spawnSync('pspp', ['--version']).status === 0;

describe('attune export-codings: analyst columns, --include, --spss and the round trip (real CLI, real files)', () => {
  let dir: ReturnType<typeof tempDir>;
  let project: string;
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });

  beforeAll(async () => {
    dir = tempDir();
    const h = await servicesWithProject('study.attune');
    const ids = await h.addCoders([
      ['Lea', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
    ]);
    const ada = ids.Ada!;
    const ben = ids.Ben!;
    await h.call('session-set-coder', { coderId: ids.Lea });
    await h.call('memo-set-shared', { scope: 'project', text: "Lab rule: code what's said, not what's meant" });
    await h.call('memo-set-shared', { scope: 'code', codeId: 'derogation', text: 'Anchor: "waste of space"' });
    await h.call('session-set-coder', { coderId: null });
    for (let i = 1; i <= 2; i++) {
      const t = (await h.call<{ id: string }>('transcript-import-text', { fileName: `SYN-000${i}.txt`, text: TEXT(i) }))
        .id;
      await h.call('transcript-update-metadata', { id: t, metadata: { participantCode: `P-0${i}7` } });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ada,
        codeId: 'derogation',
        start: AT,
        end: AT + 14,
        note: '=HYPERLINK("x") — Ada\'s, with a comma',
        severity: 2,
      });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ben,
        codeId: 'derogation',
        start: AT,
        end: AT + 14,
      });
      const e1 = await h.call<{ id: string }>('event-create', {
        transcriptId: t,
        coderId: ada,
        kind: 'loss',
        who: 'My Grandmother',
        speakerAge: '9',
      });
      const e1b = await h.call<{ id: string }>('event-create', {
        transcriptId: t,
        coderId: ada,
        kind: 'loss',
        who: 'grandmother',
        speakerAge: '12',
      });
      const e2 = await h.call<{ id: string }>('event-create', {
        transcriptId: t,
        coderId: ben,
        kind: 'loss',
        who: 'grand-mother',
        speakerAge: 'nine',
      });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ada,
        codeId: 'unres.reasoning_lapse',
        start: GRAN,
        end: GRAN + 7,
        eventId: e1.id,
      });
      for (const [coderId, e, v] of [
        [ada, e1.id, 5],
        [ada, e1b.id, 2],
        [ben, e2.id, 5.5],
      ] as const)
        await h.call('rating-set', { transcriptId: t, coderId, scaleId: 'unres.loss', target: `event:${e}`, value: v });
      await h.call('classification-set', { transcriptId: t, coderId: ada, primary: 'F', confidence: 0.8 });
      await h.call('classification-set', { transcriptId: t, coderId: ben, primary: 'E', forced: true });
      await h.call('memo-set', { transcriptId: t, coderId: ada, text: 'Check the lapse on line 4' });
      await h.call('status-submit', { transcriptId: t, coderId: ada });
    }
    h.services.close();
    project = dir.file('study.attune');
    writeFileSync(project, readFileSync(h.path));
    h.dir.remove();
  });
  afterAll(() => dir.remove());

  it('long layout: participant, note, severity, event key/kind/who/age on event ratings and linked spans, confidence and forced', () => {
    const out = dir.file('long.csv');
    expect(runCli(['export-codings', project, '--layout', 'long', '--output', out], env())).toMatchObject({
      status: 0,
      stdout: `${out}\n`,
    });
    const r = rows(out);
    expect(Object.keys(r[0]!)).toEqual([...LONG_COLUMNS]);
    expect(new Set(r.map((x) => x.participant))).toEqual(new Set(['P-017', 'P-027']));
    const adaSpan = r.find((x) => x.coder === 'Ada' && x.kind === 'span' && x.item === 'derogation')!;
    // The formula guard's leading ' is there, so a spreadsheet shows the note as text.
    expect(adaSpan).toMatchObject({ note: `'=HYPERLINK("x") — Ada's, with a comma`, severity: '2', event_key: 'NA' });
    expect(r.find((x) => x.coder === 'Ben' && x.kind === 'span')).toMatchObject({ note: 'NA', severity: 'NA' });
    const events = r.filter((x) => x.kind === 'scale' && x.item === 'unres.loss' && x.transcript === 'SYN-0001');
    expect(events.map((x) => [x.coder, x.event_key, x.event_kind, x.event_who, x.event_age, x.numeric])).toEqual([
      ['Ada', 'loss:grandmother', 'loss', 'My Grandmother', '9', '5'],
      ['Ada', 'loss:grandmother#2', 'loss', 'grandmother', '12', '2'],
      ['Ben', 'loss:grand mother', 'loss', 'grand-mother', 'nine', '5.5'],
    ]);
    const lapse = r.find((x) => x.kind === 'span' && x.item === 'unres.reasoning_lapse')!;
    expect(lapse).toMatchObject({ event_key: 'loss:grandmother', event_who: 'My Grandmother' });
    const cls = r.filter((x) => x.kind === 'classification' && x.transcript === 'SYN-0001');
    expect(cls.filter((x) => x.coder === 'Ada').map((x) => [x.confidence, x.forced])).toEqual(
      Array(4).fill(['0.8', '0']),
    );
    expect(cls.filter((x) => x.coder === 'Ben').map((x) => [x.confidence, x.forced])).toEqual(
      Array(4).fill(['NA', '1']),
    );
    expect(r.some((x) => x.kind === 'memo' || x.kind === 'status')).toBe(false);
  });

  it('--include memos,status adds memo rows (transcript, code, project) and status rows; bad values exit 2', () => {
    const out = dir.file('with-memos.csv');
    expect(
      runCli(['export-codings', project, '--layout', 'long', '--include', 'memos,status', '-o', out], env()).status,
    ).toBe(0);
    const r = rows(out);
    const memos = r.filter((x) => x.kind === 'memo');
    expect(memos.map((x) => [x.transcript, x.coder, x.item, x.target, x.note])).toEqual([
      ['SYN-0001', 'Ada', 'transcript', 'NA', 'Check the lapse on line 4'],
      ['SYN-0002', 'Ada', 'transcript', 'NA', 'Check the lapse on line 4'],
      ['NA', 'NA', 'project', 'NA', "Lab rule: code what's said, not what's meant"],
      ['NA', 'NA', 'code', 'derogation', 'Anchor: "waste of space"'],
    ]);
    const status = r.filter((x) => x.kind === 'status');
    // Every chosen coder's status of every transcript, Lea's too (she has not started).
    expect(status).toHaveLength(6);
    expect(status.find((x) => x.coder === 'Lea')).toMatchObject({ value: 'not-started', submitted_at: 'NA' });
    expect(status.find((x) => x.coder === 'Ada')).toMatchObject({ value: 'complete' });
    expect(status.find((x) => x.coder === 'Ada')?.submitted_at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(status.find((x) => x.coder === 'Ben')).toMatchObject({ value: 'not-started', submitted_at: 'NA' });

    const bad = dir.file('bad.csv');
    expect(
      runCli(['export-codings', project, '--layout', 'long', '--include', 'memos,votes', '-o', bad], env()),
    ).toEqual({
      status: 2,
      stdout: '',
      stderr: 'attune: --include takes memos and status (got "votes")\n',
    });
    expect(runCli(['export-codings', project, '--layout', 'wide', '--include', 'memos', '-o', bad], env()).stderr).toBe(
      'attune: --include adds rows to the long layout only (use --layout long)\n',
    );
    expect(runCli(['export-codings', project, '--layout', 'long', '-o', dir.file('x.txt')], env()).status).toBe(2);
    expect(existsSync(bad)).toBe(false);
  });

  it('wide layout keeps participant and drops the columns that are NA on every row', () => {
    const out = dir.file('wide.csv');
    expect(runCli(['export-codings', project, '--layout', 'wide', '--output', out], env()).status).toBe(0);
    const r = rows(out);
    const cols = Object.keys(r[0]!);
    expect(cols.slice(0, 3)).toEqual(['transcript_id', 'transcript', 'participant']);
    expect(cols).toContain('Ada_n_derogation');
    expect(cols).toContain('Ben_unres_loss_max');
    // Nobody rated coherence of transcript or used the humour code: no empty columns for them.
    expect(cols.some((c) => c.includes('coh_transcript'))).toBe(false);
    expect(cols.every((c) => r.some((x) => x[c] !== 'NA'))).toBe(true);
  });

  it('--spss writes syntax beside the CSV declaring every column, with labels quoted and escaped', () => {
    const out = dir.file('spss-long.csv');
    expect(
      runCli(['export-codings', project, '--layout', 'long', '--include', 'memos', '--spss', '-o', out], env()),
    ).toMatchObject({
      status: 0,
      stdout: `${out}\n${dir.file('spss-long.sps')}\n`,
    });
    const sps = readFileSync(dir.file('spss-long.sps'), 'utf8');
    expect(sps).toContain('/TYPE=TXT');
    expect(sps).toContain("/ENCODING='UTF8'");
    expect(sps).toContain("/DELIMITERS=','");
    expect(sps).toContain(`/QUALIFIER='"'`);
    expect(sps).toContain(`/FILE='${out}'`);
    const declared = sps.slice(sps.indexOf('/VARIABLES='), sps.indexOf('.\n', sps.indexOf('/VARIABLES=')));
    for (const c of LONG_COLUMNS) expect(declared).toMatch(new RegExp(`\\n    ${c}(_s)? A\\d+`));
    expect(sps).toContain("/role 'Coder''s role'");
    expect(sps).toMatch(/VALUE LABELS value\n(.*\n)* {2}'F' 'F, secure-autonomous'/);
    expect(sps).toMatch(/VALUE LABELS item\n(.*\n)* {2}'unres\.loss' 'Unresolved loss \(1 to 9, step 0\.5\)'/);
    // Never over an existing file: the pair is refused before anything is written.
    expect(runCli(['export-codings', project, '--layout', 'long', '--spss', '-o', out], env())).toMatchObject({
      status: 2,
    });
  });

  it.runIf(hasPspp)('the SPSS syntax reads both layouts back in GNU PSPP with the values of the CSV', () => {
    for (const layout of ['long', 'wide']) {
      const out = dir.file(`pspp-${layout}.csv`);
      const include = layout === 'long' ? ['--include', 'memos,status'] : [];
      expect(
        runCli(['export-codings', project, '--layout', layout, ...include, '--spss', '-o', out], env()).status,
      ).toBe(0);
      const back = dir.file(`pspp-${layout}-back.csv`);
      const syntax = `${readFileSync(out.replace(/\.csv$/, '.sps'), 'utf8')}SAVE TRANSLATE /OUTFILE='${back}' /TYPE=CSV /FIELDNAMES /REPLACE.\nDISPLAY DICTIONARY.\n`;
      const run = dir.file(`pspp-${layout}-run.sps`);
      writeFileSync(run, syntax);
      const p = spawnSync('pspp', ['-O', 'format=txt', run], { encoding: 'utf8' });
      expect(p.stdout + p.stderr).not.toMatch(/error|warning/i);
      const orig = rows(out);
      const read = rows(back);
      expect(read).toHaveLength(orig.length);
      expect(Object.keys(read[0]!)).toEqual(Object.keys(orig[0]!));
      // Text comes back as written; numbers as numbers (NA is system-missing, written as a blank).
      read.forEach((row, i) =>
        Object.entries(row).forEach(([k, v]) => {
          const o = orig[i]![k]!;
          if (o === 'NA') expect(v.trim()).toMatch(/^(NA|)$/);
          else if (/^-?\d+(\.\d+)?$/.test(o)) expect(Number(v)).toBe(Number(o));
          else expect(v.trimEnd()).toBe(o);
        }),
      );
      if (layout === 'long') expect(p.stdout).toMatch(/role\s*\|\s*\d+\s*\|Coder's role/);
    }
  });

  it('round trip: the long export imports back unchanged (0 added), other rows skipped and counted; the database is unchanged', () => {
    const out = dir.file('round.csv');
    expect(
      runCli(['export-codings', project, '--layout', 'long', '--include', 'memos,status', '-o', out], env()).status,
    ).toBe(0);
    const dump = () => spawnSync(process.execPath, ['-e', DUMP, project], { encoding: 'utf8' }).stdout;
    const tablesBefore = dump();
    const r = runCli(['import-coding', project, out, '--json'], env());
    expect(r.status).toBe(0);
    const [report] = JSON.parse(r.stdout);
    const spans = rows(out).filter((x) => x.kind === 'span').length;
    expect(report).toMatchObject({ ok: true, annotationsAdded: 0, annotationsUpdated: 0, unchanged: true });
    expect(report.rowsSkipped).toBe(rows(out).length - spans);
    expect(dump()).toBe(tablesBefore);
    expect(runCli(['import-coding', project, out], env()).stdout).toMatch(
      /round\.csv: already imported, nothing changed; \d+ row\(s\) that are not highlights skipped/,
    );
  });
});

/** Every row of every table, in a stable order (run in a child so the test never holds the file open). */
const DUMP = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1], { readonly: true });
const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all().map((t) => t.name);
for (const t of tables) console.log(t, db.prepare('SELECT * FROM "' + t + '"').all().map((r) => JSON.stringify(r)).sort().join('\\n'));
`;
