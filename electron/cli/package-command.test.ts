import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ageDecrypt, ageEncrypt } from '../../tests/support/age-tool.ts';
import { runCli } from '../../tests/support/cli.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';
import * as study from '../services/db/tables/study.ts';

const TEXT = (i: number) =>
  `SYNTHETIC - NOT REAL DATA ${i}\nI: Describe your father.\nR: Strict. Fair, I suppose, in study ${i}.`;

describe('attune package, --passphrase-file and returns (real processes, real files, Debian’s age)', () => {
  let dir: ReturnType<typeof tempDir>;
  let lead: string;
  let bare: string;
  let ts: string[];
  const env = () => ({ ATTUNE_DATA_DIR: dir.file('data') });
  const f = (name: string) => dir.file(name);
  const files = () => readdirSync(dir.path).sort();

  beforeAll(async () => {
    dir = tempDir();
    const h = await servicesWithProject('lead.attune');
    const ids = await h.addCoders([
      ['Lena', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
    ]);
    ts = [];
    for (let i = 0; i < 3; i++)
      ts.push(
        (await h.call<{ id: string }>('transcript-import-text', { fileName: `SYN-10${i}.txt`, text: TEXT(i) })).id,
      );
    await h.call('session-set-coder', { coderId: ids.Ben });
    await h.call('annotation-create', {
      transcriptId: ts[0],
      coderId: ids.Ben,
      codeId: 'derogation',
      start: 50,
      end: 56,
      note: 'Ben was here',
    });
    bare = f('bare.attune');
    h.services.current()!.db.checkpoint();
    writeFileSync(bare, readFileSync(h.path));
    const db = h.services.current()!.db;
    db.transaction(() =>
      study.replaceStudyPlan(db, {
        plan: { seed: 7, overlap: 0.34, stratify: null, createdAt: new Date().toISOString(), createdBy: ids.Lena! },
        assignments: [
          { transcriptId: ts[0]!, coderId: ids.Ben!, position: 0 },
          { transcriptId: ts[1]!, coderId: ids.Ada!, position: 0 },
          { transcriptId: ts[2]!, coderId: ids.Ada!, position: 0 },
          { transcriptId: ts[0]!, coderId: ids.Ada!, position: 1 },
        ],
      }),
    );
    h.services.close();
    lead = f('lead.attune');
    writeFileSync(lead, readFileSync(h.path));
    h.dir.remove();
    writeFileSync(f('pass.txt'), 'correct horse battery\n');
    writeFileSync(f('wrong.txt'), 'incorrect horse\n');
  }, 60_000);
  afterAll(() => dir.remove());

  it('without a plan: exit 2, one line naming `attune plan`, nothing written', () => {
    const r = runCli(['package', bare, '--coder', 'Ada', '--output', f('x.attune')], env());
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('attune plan');
    expect(existsSync(f('x.attune'))).toBe(false);
  });

  it('writes an encrypted package that Debian’s `age -d` opens; refuses to write over it', () => {
    const out = f('Ada.attune.age');
    const r = runCli(['package', lead, '--coder', 'ada', '--output', out, '--passphrase-file', f('pass.txt')], env());
    expect(r).toMatchObject({ status: 0 });
    expect(r.stdout).toContain('package for Ada, 3 transcript(s), encrypted');
    expect(readFileSync(out).subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(ageDecrypt(out, f('by-age.attune'), 'correct horse battery').status).toBe(0);
    const db = new Database(f('by-age.attune'), { readonly: true });
    try {
      expect(db.prepare('SELECT name FROM coders').all()).toEqual([{ name: 'Ada' }]);
      expect(db.prepare('SELECT count(*) AS n FROM transcripts').get()).toEqual({ n: 3 });
      expect(db.prepare("SELECT count(*) AS n FROM annotations WHERE note = 'Ben was here'").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    const again = runCli(
      ['package', lead, '--coder', 'Ada', '--output', out, '--passphrase-file', f('pass.txt')],
      env(),
    );
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists.*--force/);
  }, 120_000);

  it('any command given the encrypted package without its passphrase, or with a wrong one: exit 2, one line, nothing written', () => {
    const before = files();
    for (const cmd of [
      ['info', f('Ada.attune.age')],
      ['export-coding', f('Ada.attune.age'), '--coder', 'Ada'],
      ['agree-project', f('Ada.attune.age'), '--json'],
    ]) {
      const none = runCli(cmd, env());
      expect(none.status, cmd.join(' ')).toBe(2);
      expect(none.stderr).toBe(
        'attune: Ada.attune.age is encrypted with a passphrase: give it with --passphrase-file FILE\n',
      );
    }
    const wrong = runCli(['info', f('Ada.attune.age'), '--passphrase-file', f('wrong.txt')], env());
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toBe('attune: wrong passphrase for Ada.attune.age: nothing was opened or written\n');
    expect(wrong.stderr).not.toContain('incorrect horse');
    expect(files()).toEqual(before);
  }, 120_000);

  it('with the passphrase: decrypted beside it once; the coder exports an encrypted coding the lead imports as returned', () => {
    const info = runCli(['info', f('Ada.attune.age'), '--passphrase-file', f('pass.txt'), '--json'], env());
    expect(info.status).toBe(0);
    expect(JSON.parse(info.stdout)).toMatchObject({ transcripts: 3, coders: 1, coderNames: ['Ada'] });
    expect(existsSync(f('Ada.attune'))).toBe(true);
    const twice = runCli(['info', f('Ada.attune.age'), '--passphrase-file', f('pass.txt')], env());
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('Ada.attune (the decrypted copy of Ada.attune.age) already exists');
    const out = f('ada-return.attune-coding');
    const exp = runCli(
      [
        'export-coding',
        f('Ada.attune'),
        '--coder',
        'Ada',
        '--transcripts',
        ts.join(','),
        '--output',
        out,
        '--passphrase-file',
        f('pass.txt'),
      ],
      env(),
    );
    expect(exp.status, exp.stderr).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('-----BEGIN AGE ENCRYPTED FILE-----')).toBe(true);
    const none = runCli(['import-coding', lead, out], env());
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(`attune: ${out} is encrypted with a passphrase: give it with --passphrase-file FILE\n`);
    const wrong = runCli(['import-coding', lead, out, '--passphrase-file', f('wrong.txt')], env());
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('wrong passphrase for ada-return.attune-coding');
    const ok = runCli(['import-coding', lead, out, '--passphrase-file', f('pass.txt'), '--json'], env());
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject([{ ok: true, coders: ['Ada'], transcripts: 3, transcriptsAdded: 0 }]);
    const db = new Database(lead, { readonly: true });
    try {
      const rows = db.prepare('SELECT transcript_id AS t FROM coding_returns ORDER BY t').all();
      expect(rows).toEqual([...ts].sort().map((t) => ({ t })));
      expect(db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'coding-imported'").get()).toEqual({
        n: 1,
      });
    } finally {
      db.close();
    }
  }, 180_000);

  it('a coding file encrypted by Debian’s `age -p` (binary) is imported with --passphrase-file', () => {
    const plain = f('plain.attune-coding');
    expect(
      runCli(['export-coding', f('Ada.attune'), '--coder', 'Ada', '--transcripts', ts[1]!, '--output', plain], env())
        .status,
    ).toBe(0);
    const sealed = f('by-age.attune-coding');
    expect(ageEncrypt(plain, sealed, 'typed at a prompt').status).toBe(0);
    writeFileSync(f('prompt.txt'), 'typed at a prompt');
    const r = runCli(['import-coding', lead, sealed, '--passphrase-file', f('prompt.txt'), '--json'], env());
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ ok: true, transcripts: 1 }]);
  }, 120_000);
});
