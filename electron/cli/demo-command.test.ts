import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../tests/support/cli.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g;

/**
 * Every row of every table in insertion order, with each id replaced by the order it first appears in
 * (so links between rows still have to match) and every time by a placeholder.
 */
function dump(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((t) => t.name);
    const ids = new Map<string, string>();
    const rows: string[] = [];
    for (const t of tables)
      for (const row of db.prepare(`SELECT * FROM "${t}" ORDER BY rowid`).all())
        rows.push(
          `${t} ${JSON.stringify(row, (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v))}`
            .replace(UUID, (id) => {
              if (!ids.has(id)) ids.set(id, `<id ${ids.size}>`);
              return ids.get(id)!;
            })
            .replace(TIME, '<time>'),
        );
    return rows;
  } finally {
    db.close();
  }
}

describe('attune demo (real processes)', () => {
  let dir: ReturnType<typeof tempDir>;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = tempDir();
    env = { ATTUNE_DATA_DIR: dir.file('data') };
  });
  afterAll(() => dir.remove());

  it('writes the same project twice, byte for byte but for ids and times', { timeout: 120_000 }, () => {
    const [a, b] = [dir.file('a.attune'), dir.file('b.attune')];
    const first = runCli(['demo', a], env);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^Created .*a\.attune: the demo study \(SYNTHETIC – NOT REAL DATA\), 4 transcripts/);
    const second = runCli(['demo', b, '--json'], env);
    expect(second.status).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({
      path: b,
      notice: 'SYNTHETIC – NOT REAL DATA',
      transcripts: 4,
      coders: 4,
    });
    const [rowsA, rowsB] = [dump(a), dump(b)];
    expect(rowsA.length).toBeGreaterThan(200);
    expect(rowsA.some((r) => r.startsWith('meta ') && r.includes('SYNTHETIC – NOT REAL DATA'))).toBe(true);
    expect(rowsB).toEqual(rowsA);
    // The study plan and its audit row are part of what is reproduced.
    const alex = /^coders \{"id":"(<id \d+>)","name":"Alex"/.exec(rowsA.find((r) => r.includes('"name":"Alex"'))!)![1];
    expect(rowsA.filter((r) => r.startsWith('study_plan '))).toEqual([
      `study_plan {"id":1,"seed":28,"overlap":0.5,"stratify":null,"created_at":"<time>","created_by":"${alex}"}`,
    ]);
    expect(rowsA.filter((r) => r.startsWith('study_assignments '))).toHaveLength(6);
    expect(rowsA.filter((r) => r.startsWith('audit_log ') && r.includes('"plan-made"'))).toHaveLength(1);
    // The ids really differ: the comparison above is not of one file with itself.
    const rawIds = (p: string) => {
      const db = new Database(p, { readonly: true });
      try {
        return db.prepare('SELECT id FROM coders').pluck().all();
      } finally {
        db.close();
      }
    };
    expect(rawIds(a)).not.toEqual(rawIds(b));
  });

  it('gives attune progress and attune plan the figures of its plan', { timeout: 120_000 }, () => {
    const p = dir.file('study.attune');
    expect(runCli(['demo', p], env).status).toBe(0);
    const db = new Database(p, { readonly: true });
    const ids = Object.fromEntries(
      db
        .prepare<[], { id: string; title: string }>('SELECT id, title FROM transcripts')
        .all()
        .map((t) => [t.title, t.id]),
    );
    db.close();
    const progress = runCli(['progress', p, '--json'], env);
    expect(progress.status).toBe(0);
    expect(JSON.parse(progress.stdout)).toEqual({
      coders: { Alex: { assigned: 3, returned: 0, complete: 3 }, Sam: { assigned: 3, returned: 0, complete: 3 } },
      transcripts: {
        [ids['SYN-0201']!]: { Alex: 'complete', Sam: 'complete' },
        [ids['SYN-0202']!]: { Sam: 'complete', Alex: 'complete' },
        [ids['SYN-0203']!]: { Alex: 'complete' },
        [ids['SYN-0204']!]: { Sam: 'complete' },
      },
    });
    // Drawn again from the same inputs, the plan is the one the demo holds.
    const plan = runCli(['plan', p, '--coders', 'Alex,Sam', '--overlap', '0.5', '--seed', '28', '--json'], env);
    expect(plan.status).toBe(0);
    expect(JSON.parse(plan.stdout)).toEqual({
      assignments: [
        { transcript: ids['SYN-0201'], coders: ['Alex', 'Sam'] },
        { transcript: ids['SYN-0202'], coders: ['Sam', 'Alex'] },
        { transcript: ids['SYN-0203'], coders: ['Alex'] },
        { transcript: ids['SYN-0204'], coders: ['Sam'] },
      ],
      double_coded: 2,
      pairs: { 'Alex+Sam': 2 },
    });
    expect(JSON.parse(runCli(['progress', p, '--json'], env).stdout)).toEqual(JSON.parse(progress.stdout));
  });

  it('refuses an existing file unless --force, and leaves it untouched', { timeout: 90_000 }, () => {
    const p = dir.file('taken.attune');
    writeFileSync(p, 'not a project');
    const r = runCli(['demo', p], env);
    expect(r).toMatchObject({ status: 2, stdout: '' });
    expect(r.stderr).toBe(`attune: ${p} already exists (--force replaces it)\n`);
    expect(readFileSync(p, 'utf8')).toBe('not a project');
    const forced = runCli(['demo', p, '--force'], env);
    expect(forced.status).toBe(0);
    expect(JSON.parse(runCli(['info', p, '--json'], env).stdout)).toMatchObject({ transcripts: 4, coders: 4 });
  });

  it.each([
    [['demo'], 'attune: missing PROJECT.attune (usage: attune demo PROJECT.attune [--force] [--json])\n'],
    [['demo', 'demo.db'], 'attune: demo.db: a project file name ends in .attune\n'],
  ])('bad arguments %j exit with status 2 and one line', (args, message) => {
    expect(runCli(args, env)).toMatchObject({ status: 2, stderr: message });
  });
});
