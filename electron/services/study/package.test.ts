import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/api/audit.ts';
import type { CodingImportReport } from '../../../shared/api/coding.ts';
import type { PackageInfo, PackageWritten } from '../../../shared/api/package.ts';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import { servicesWithProject } from '../../../tests/support/services.ts';
import * as study from '../db/tables/study.ts';
import { decryptWithPassphrase } from './age-file.ts';

const HIDDEN_VALUE = 'Zebracontrolgroup';
const TEXT = (i: number) =>
  `SYNTHETIC - NOT REAL DATA ${i}\nGroup: ${HIDDEN_VALUE}\nI: Describe your mother.\nR: Loving. She was never there, interview ${i}.`;
const PEOPLE = [
  ['Lena', 'lead'],
  ['Ada', 'coder'],
  ['Ben', 'coder'],
  ['Cleo', 'coder'],
  ['Tess', 'trainee'],
] as const;
type Name = (typeof PEOPLE)[number][0];

/** A study of 6 transcripts: three coders, a trainee, the lead; everyone coded everything; consensus and key set. */
async function study6() {
  const h = await servicesWithProject('study.attune');
  const ids = (await h.addCoders(PEOPLE)) as Record<Name, string>;
  const ts: string[] = [];
  for (let i = 0; i < 6; i++)
    ts.push((await h.call<{ id: string }>('transcript-import-text', { fileName: `SYN-00${i}.txt`, text: TEXT(i) })).id);
  for (const [name] of PEOPLE) {
    await h.call('session-set-coder', { coderId: ids[name] });
    for (const t of ts) {
      const who = ids[name];
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: who,
        codeId: 'derogation',
        start: 60,
        end: 66,
        note: `note-of-${name}-${t.slice(0, 4)}`,
      });
      await h.call('classification-set', { transcriptId: t, coderId: who, primary: 'F', note: `class-of-${name}` });
      await h.call('memo-set', { transcriptId: t, coderId: who, text: `memo-of-${name}` });
      await h.call('event-create', { transcriptId: t, coderId: who, kind: 'loss', who: `event-of-${name}` });
      await h.call('rating-set', {
        transcriptId: t,
        coderId: who,
        scaleId: 'som.derogation_attachment',
        target: 'transcript',
        value: 3,
        note: `rating-of-${name}`,
      });
      await h.call('status-set', { transcriptId: t, coderId: who, status: 'complete' });
    }
  }
  await h.call('session-set-coder', { coderId: ids.Lena });
  await h.call('settings-update', { trainerMode: true, hiddenMetadataFields: ['Group'] });
  for (const t of ts) await h.call('training-set-key', { transcriptId: t, coderId: ids.Ada });
  await h.call('consensus-accept', { transcriptId: ts[0], source: { kind: 'classification', coderId: ids.Ben } });
  await h.call('settings-update', { blindMode: true });
  // The plan (part A draws it; here written as drawn): Ada 0,1,2 (+3 second), Ben 3,4 (+0), Cleo 5 (+1), Tess 2.
  const plan: [number, Name, number][] = [
    [0, 'Ada', 0],
    [1, 'Ada', 0],
    [2, 'Ada', 0],
    [3, 'Ben', 0],
    [4, 'Ben', 0],
    [5, 'Cleo', 0],
    [3, 'Ada', 1],
    [0, 'Ben', 1],
    [1, 'Cleo', 1],
    [2, 'Tess', 1],
  ];
  const db = h.services.current()!.db;
  db.transaction(() =>
    study.replaceStudyPlan(db, {
      plan: { seed: 1, overlap: 0.5, stratify: null, createdAt: new Date().toISOString(), createdBy: ids.Lena },
      assignments: plan.map(([t, who, position]) => ({ transcriptId: ts[t]!, coderId: ids[who], position })),
    }),
  );
  return { h, ids, ts };
}

const readAll = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return Object.fromEntries(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all() as Record<string, unknown>[]]),
    );
  } finally {
    db.close();
  }
};

describe('coder packages (issue 10: a coder’s file never holds anyone else’s coding)', () => {
  let s: Awaited<ReturnType<typeof study6>>;
  beforeEach(async () => {
    s = await study6();
  }, 60_000);
  afterEach(() => s.h.done());

  it('every package holds only its coder: no other coder by id, name or note, no key, consensus, plan or hidden value (table rows and raw bytes)', async () => {
    const { h, ids, ts } = s;
    const out = h.dir.file('out');
    (await import('node:fs')).mkdirSync(out);
    const written = await h.call<PackageWritten[]>('package-export', { folder: out });
    expect(written.map((w) => w.coderName).sort()).toEqual(['Ada', 'Ben', 'Cleo', 'Tess']);
    const expected: Record<string, number[]> = { Ada: [0, 1, 2, 3], Ben: [0, 3, 4], Cleo: [1, 5], Tess: [2] };
    for (const w of written) {
      const me = w.coderName as Name;
      const tables = readAll(w.path);
      const bytes = readFileSync(w.path).toString('latin1') + readFileSync(w.path).toString('utf16le');
      const utf8 = readFileSync(w.path).toString('utf8');
      for (const [other] of PEOPLE.filter(([n]) => n !== me)) {
        for (const needle of [
          ids[other],
          other,
          `note-of-${other}`,
          `memo-of-${other}`,
          `event-of-${other}`,
          `class-of-${other}`,
          `rating-of-${other}`,
        ])
          expect(utf8.includes(needle) || bytes.includes(needle), `${me}'s package holds "${needle}"`).toBe(false);
      }
      expect(utf8).not.toContain(HIDDEN_VALUE);
      expect(utf8).not.toContain('Consensus');
      expect(tables.coders).toEqual([
        expect.objectContaining({ id: ids[me], name: me, role: me === 'Tess' ? 'trainee' : 'coder' }),
      ]);
      expect(tables.transcript_keys).toEqual([]);
      expect(tables.study_plan).toEqual([]);
      expect(tables.study_assignments).toEqual([]);
      expect(tables.coding_returns).toEqual([]);
      expect(tables.audit_log).toEqual([]);
      expect(tables.codebooks).toHaveLength(1);
      expect((tables.transcripts ?? []).map((t) => t.id).sort()).toEqual(expected[me]!.map((i) => ts[i]).sort());
      for (const t of tables.transcripts ?? []) expect(JSON.parse(String(t.metadata))).not.toHaveProperty('Group');
      // Their own earlier work came along, for each of their transcripts.
      for (const table of ['annotations', 'classifications', 'memos', 'events', 'ratings', 'coding_status'])
        expect(tables[table], table).toHaveLength(expected[me]!.length);
      for (const row of tables.annotations ?? []) expect(row.coder_id).toBe(ids[me]);
      const marker = JSON.parse(String(tables.meta?.find((m) => m.key === 'package')?.value)) as PackageInfo;
      expect(marker).toMatchObject({ coderId: ids[me], coderName: me, originName: 'study' });
      const settings = JSON.parse(String(tables.meta?.find((m) => m.key === 'settings')?.value));
      expect(settings).toMatchObject({
        hiddenMetadataFields: [],
        trainerMode: false,
        revealed: false,
        blindMode: true,
      });
    }
    const log = await h.call<AuditEntry[]>('audit-list', { action: 'package-written' });
    expect(log.map((e) => e.subjectName).sort()).toEqual(['Ada', 'Ben', 'Cleo', 'Tess']);
    expect(log.every((e) => e.actorName === 'Lena')).toBe(true);
  }, 60_000);

  it('keeps the stored text and hash (offsets and returns hold); a hidden header value is masked to the same length', async () => {
    const { h, ts } = s;
    const [w] = await h.call<PackageWritten[]>('package-export', { folder: h.dir.path, coderIds: [s.ids.Cleo] });
    const lead = new Database(h.path, { readonly: true });
    const pkg = new Database(w!.path, { readonly: true });
    try {
      const q = 'SELECT id, hash, text, words, structure FROM transcripts WHERE id = ?';
      const a = lead.prepare(q).get(ts[5]) as Record<string, string>;
      const b = pkg.prepare(q).get(ts[5]) as Record<string, string>;
      expect(b.hash).toBe(a.hash);
      expect(b.structure).toBe(a.structure);
      expect(b.text).toHaveLength(a.text!.length);
      expect(b.text).toBe(a.text!.replace(HIDDEN_VALUE, '•'.repeat(HIDDEN_VALUE.length)));
      const sections = 'SELECT * FROM sections WHERE transcript_id = ? ORDER BY start_offset';
      expect(pkg.prepare(sections).all(ts[5])).toEqual(lead.prepare(sections).all(ts[5]));
    } finally {
      lead.close();
      pkg.close();
    }
  }, 60_000);

  it('is refused over an existing file (nothing replaced), by a coder who is not the lead, and without a plan naming `attune plan`', async () => {
    const { h, ids } = s;
    const [w] = await h.call<PackageWritten[]>('package-export', { folder: h.dir.path, coderIds: [ids.Ben] });
    const before = readFileSync(w!.path);
    const again = await h.fail('package-export', { folder: h.dir.path, coderIds: [ids.Ben] });
    expect(again).toMatchObject({ type: 'conflict' });
    expect(again.message).toContain('already exists');
    expect(readFileSync(w!.path).equals(before)).toBe(true);
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect((await h.fail('package-export', { folder: h.dir.path })).message).toMatch(/only a lead/);
    const bare = await servicesWithProject();
    try {
      await bare.addCoders([['Lee', 'lead']]);
      const e = await bare.fail('package-export', { folder: bare.dir.path });
      expect(e.message).toContain('attune plan');
    } finally {
      bare.done();
    }
    expect(readdirSync(h.dir.path).filter((f) => f.includes('.tmp'))).toEqual([]);
  }, 60_000);

  it('encrypted: an age file the passphrase opens; a wrong one is refused and writes nothing; the package opens as “Package for …”', async () => {
    const { h, ids } = s;
    const [w] = await h.call<PackageWritten[]>('package-export', {
      folder: h.dir.path,
      coderIds: [ids.Ada],
      passphrase: 'blue fox 77',
    });
    expect(w!.path.endsWith('study - Ada.attune.age')).toBe(true);
    const sealed = readFileSync(w!.path);
    expect(sealed.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    expect(sealed.toString('latin1')).not.toContain('Ada');
    const plain = await decryptWithPassphrase(sealed, 'blue fox 77', 'x');
    expect(Buffer.from(plain.subarray(0, 15)).toString()).toBe('SQLite format 3');
    const wrong = await h.fail('package-open', { path: w!.path, passphrase: 'red fox 77' });
    expect(wrong).toMatchObject({ type: 'passphrase' });
    expect(wrong.message).toContain('wrong passphrase');
    expect(existsSync(w!.path.replace(/\.age$/, ''))).toBe(false);
    expect((await h.fail('project-open', { path: w!.path.replace(/\.age$/, '.attune') })).type).toBe('not-found');
    // Renamed to .attune, the encrypted file is recognised and asks for its passphrase.
    writeFileSync(h.dir.file('renamed.attune'), sealed);
    const ask = await h.fail('project-open', { path: h.dir.file('renamed.attune') });
    expect(ask.type).toBe('passphrase');
    const opened = await h.call<ProjectSummary>('package-open', { path: w!.path, passphrase: 'blue fox 77' });
    expect(opened.path).toBe(w!.path.replace(/\.age$/, ''));
    expect(await h.call<PackageInfo>('package-get')).toMatchObject({
      coderName: 'Ada',
      originName: 'study',
      transcripts: 4,
    });
    const again = await h.fail('package-open', { path: w!.path, passphrase: 'blue fox 77' });
    expect(again.type).toBe('conflict');
    expect(
      (await h.call<ProjectSummary>('package-open', { path: w!.path, passphrase: 'x', existing: 'open-existing' }))
        .path,
    ).toBe(opened.path);
  }, 60_000);

  it('a package adds no transcript: importing text or a file, or previewing one, is refused with a clear message', async () => {
    const { h, ids } = s;
    const [w] = await h.call<PackageWritten[]>('package-export', { folder: h.dir.path, coderIds: [ids.Ada] });
    await h.call('project-open', { path: w!.path });
    const [ada] = await h.call<{ id: string }[]>('coder-list');
    await h.call('session-set-coder', { coderId: ada!.id });
    const before = await h.call<unknown[]>('transcript-list');
    const text = 'SYNTHETIC - NOT REAL DATA\nI: Tell me.\nR: A new one.';
    const contentBase64 = Buffer.from(text).toString('base64');
    for (const [method, arg] of [
      ['transcript-import-text', { fileName: 'SYN-new.txt', text }],
      ['transcript-import-file', { fileName: 'SYN-new.txt', contentBase64 }],
      ['transcript-preview', { fileName: 'SYN-new.txt', contentBase64 }],
    ] as const) {
      const e = await h.fail(method, arg);
      expect(e).toMatchObject({ type: 'refused' });
      expect(e.message).toContain(
        "Ada's coder package from study study: transcripts are imported in the lead's project",
      );
    }
    expect(await h.call<unknown[]>('transcript-list')).toHaveLength(before.length);
  }, 60_000);

  it('returns: a coder exports (encrypted) from the package, the lead imports it by hash, recorded as returned and audited', async () => {
    const { h, ids, ts } = s;
    const [w] = await h.call<PackageWritten[]>('package-export', { folder: h.dir.path, coderIds: [ids.Cleo] });
    const lead = h.path;
    await h.call('project-open', { path: w!.path });
    const [cleo] = await h.call<{ id: string }[]>('coder-list');
    await h.call('session-set-coder', { coderId: cleo!.id });
    await h.call('annotation-create', {
      transcriptId: ts[5],
      coderId: cleo!.id,
      codeId: 'derogation',
      start: 70,
      end: 80,
      note: 'new in package',
    });
    const file = await h.call<{ fileName: string; content: string }>('coding-export', {
      coderId: cleo!.id,
      passphrase: 'return pass',
    });
    expect(file.content.startsWith('-----BEGIN AGE ENCRYPTED FILE-----')).toBe(true);
    await h.call('project-open', { path: lead });
    await h.call('session-set-coder', { coderId: ids.Lena });
    const missing = await h.fail('coding-import', { fileName: file.fileName, content: file.content });
    expect(missing).toMatchObject({ type: 'passphrase' });
    const wrong = await h.fail('coding-import', { fileName: file.fileName, content: file.content, passphrase: 'nope' });
    expect(wrong.message).toContain('wrong passphrase');
    expect(study.listReturns(h.services.current()!.db)).toEqual([]);
    const report = await h.call<CodingImportReport>('coding-import', {
      fileName: file.fileName,
      content: file.content,
      passphrase: 'return pass',
    });
    expect(report).toMatchObject({ transcripts: 2, transcriptsAdded: 0, annotationsAdded: 1 });
    const returns = study.listReturns(h.services.current()!.db);
    expect(returns.map((r) => [r.transcriptId, r.coderId]).sort()).toEqual(
      [
        [ts[1], ids.Cleo],
        [ts[5], ids.Cleo],
      ].sort(),
    );
    expect(returns[0]!.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const log = await h.call<AuditEntry[]>('audit-list', { action: 'coding-imported' });
    expect(log[0]).toMatchObject({
      actorName: 'Lena',
      subjectName: 'Cleo',
      detail: { file: file.fileName, transcripts: '2' },
    });
  }, 60_000);
});
