import { existsSync, readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import type { WithdrawalPreview, WithdrawalResult } from '../../shared/api/withdrawal.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

// Distinctive strings that occur only in the withdrawn transcript and in coding written about it.
const SECRET_TEXT = 'Zanzibar-Quokka-4417 told me about the orchard';
const SECRET_NOTE = 'Marmalade-Heron-8812 note';
const SECRET_MEMO = 'Tungsten-Pelican-3301 memo';
const KEPT_TEXT = 'Kept-Transcript-Lobelia stays';

const body = (line: string) => `SYNTHETIC - NOT REAL DATA\nI: Tell me about your childhood.\nR: ${line}. Yes.`;

/** Every table with a transcript or coder column, for orphan checks. */
const OWNED = [
  'annotations',
  'ratings',
  'events',
  'classifications',
  'memos',
  'coding_status',
  'transcript_keys',
  'study_assignments',
  'coding_returns',
  'training_set_items',
  'sections',
];

describe('withdrawal: deleting a transcript or a coder with everything attached', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let ids: Record<string, string>;
  let gone: TranscriptSummary;
  let kept: TranscriptSummary;

  beforeEach(async () => {
    h = await servicesWithProject();
    ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
      ['Tia', 'trainer'],
    ]);
    gone = await h.call<TranscriptSummary>('transcript-import-text', {
      fileName: 'SYN-0003.txt',
      text: body(SECRET_TEXT),
    });
    kept = await h.call<TranscriptSummary>('transcript-import-text', {
      fileName: 'SYN-0004.txt',
      text: body(KEPT_TEXT),
    });
    for (const who of ['Ada', 'Ben'] as const) {
      await h.call('session-set-coder', { coderId: ids[who] });
      for (const t of [gone.id, kept.id]) {
        const owner = { transcriptId: t, coderId: ids[who] };
        // Coding of the withdrawn transcript carries its own distinctive notes; the kept one plain ones.
        const note = t === gone.id ? SECRET_NOTE : 'plain note';
        const memo = t === gone.id ? SECRET_MEMO : 'plain memo';
        await h.call('annotation-create', { ...owner, codeId: 'derogation', start: 60, end: 70, note });
        await h.call('classification-set', { ...owner, primary: 'F' });
        await h.call('memo-set', { ...owner, text: memo });
        await h.call('event-create', { ...owner, kind: 'loss', who: 'grandmother', note });
        await h.call('status-set', { ...owner, status: 'complete' });
      }
    }
    await h.call('session-set-coder', { coderId: ids.Lee });
    await h.call('training-set-key', { transcriptId: gone.id, coderId: ids.Ada });
    await h.call('consensus-accept', { transcriptId: gone.id, source: { kind: 'classification', coderId: ids.Ada } });
    await h.call('consensus-accept', { transcriptId: kept.id, source: { kind: 'classification', coderId: ids.Ben } });
  });
  afterEach(() => h.done());

  const raw = () => {
    const db = new Database(h.path, { readonly: true });
    return {
      count: (sql: string, ...p: unknown[]) => (db.prepare(sql).get(...p) as { n: number }).n,
      close: () => db.close(),
    };
  };

  it('names what goes before anything is deleted, and deletes nothing until confirmed with the title', async () => {
    const p = await h.call<WithdrawalPreview>('transcript-get-withdrawal', { id: gone.id });
    expect(p).toMatchObject({
      kind: 'transcript',
      name: 'SYN-0003',
      spread: 2,
      counts: { annotations: 2, classifications: 2, memos: 2, events: 2, statuses: 2, keys: 1, consensusItems: 1 },
    });
    expect(p.summary).toBe(
      'SYN-0003 and 2 highlights, 2 loss or trauma events, 2 classifications, 2 memos, 2 coding statuses, 1 consensus item and 1 trainer key by 2 coders',
    );
    const wrong = await h.fail('transcript-delete', { id: gone.id, confirm: 'SYN-0004' });
    expect(wrong).toMatchObject({ type: 'validation' });
    expect(wrong.message).toMatch(/confirm with exactly that title; nothing was deleted/);
    expect((await h.call<TranscriptSummary[]>('transcript-list')).map((t) => t.title)).toEqual([
      'SYN-0003',
      'SYN-0004',
    ]);
  });

  it('removes the transcript and every row about it, leaving other transcripts and no orphans', async () => {
    const done = await h.call<WithdrawalResult>('transcript-delete', { id: gone.id, confirm: 'SYN-0003' });
    expect(done.journalEmptied).toBe(true);
    expect((await h.call<TranscriptSummary[]>('transcript-list')).map((t) => t.title)).toEqual(['SYN-0004']);
    expect(await h.fail('transcript-get', { id: gone.id })).toMatchObject({ type: 'not-found' });
    const db = raw();
    for (const t of OWNED)
      expect(db.count(`SELECT count(*) AS n FROM ${t} WHERE transcript_id = ?`, gone.id), t).toBe(0);
    expect(db.count('SELECT count(*) AS n FROM annotations WHERE transcript_id = ?', kept.id)).toBe(2);
    expect(db.count('SELECT count(*) AS n FROM classifications WHERE transcript_id = ?', kept.id)).toBe(3);
    expect(db.count('SELECT count(*) AS n FROM pragma_foreign_key_check')).toBe(0);
    db.close();
    const [entry] = await h.call<AuditEntry[]>('audit-list', { action: 'transcript-deleted' });
    expect(entry).toMatchObject({ actorName: 'Lee', subjectId: gone.id, subjectName: null });
    expect(entry?.detail).toMatchObject({ annotations: '2', classifications: '2', spread: '2' });
    expect(JSON.stringify(entry)).not.toContain('SYN-0003');
  });

  it('leaves none of the deleted text in the project file, its -wal or -shm, and erases the pre-upgrade backups', async () => {
    const backup = `${h.path}.bak-v3-20261207T000000`;
    // A backup as opening an older file makes one: a full copy, transcript included.
    const copy = new Database(h.path, { readonly: true });
    await copy.backup(backup);
    copy.close();
    expect(readFileSync(backup).includes(SECRET_TEXT)).toBe(true);
    const p = await h.call<WithdrawalPreview>('transcript-get-withdrawal', { id: gone.id });
    expect(p.backups).toEqual(['p.attune.bak-v3-20261207T000000']);
    expect(p.summary).toMatch(/1 backup copy erased$/);
    await h.call('transcript-delete', { id: gone.id, confirm: 'SYN-0003' });
    // Still open: the journal on disk right after the deletion holds none of it either.
    for (const f of [h.path, `${h.path}-wal`, `${h.path}-shm`].filter(existsSync)) {
      const bytes = readFileSync(f);
      for (const s of [SECRET_TEXT, 'Zanzibar', 'Marmalade-Heron', 'Tungsten-Pelican'])
        expect(bytes.includes(Buffer.from(s, 'utf8')), `${s} in ${f}`).toBe(false);
    }
    expect(existsSync(backup)).toBe(false);
    h.services.close();
    for (const f of [h.path, `${h.path}-wal`, `${h.path}-shm`].filter(existsSync)) {
      const bytes = readFileSync(f);
      for (const s of ['Zanzibar-Quokka', 'Marmalade-Heron', 'Tungsten-Pelican'])
        expect(bytes.includes(Buffer.from(s, 'utf8')), `${s} in ${f}`).toBe(false);
    }
    expect(readFileSync(h.path).includes(Buffer.from(KEPT_TEXT, 'utf8'))).toBe(true);
  });

  it('is refused, with nothing deleted, to coders, trainers and callers with no identity', async () => {
    for (const who of [ids.Ada, ids.Tia, null]) {
      await h.call('session-set-coder', { coderId: who });
      for (const [method, arg] of [
        ['transcript-get-withdrawal', { id: gone.id }],
        ['transcript-delete', { id: gone.id, confirm: 'SYN-0003' }],
        ['coder-get-withdrawal', { id: ids.Ben }],
        ['coder-delete', { id: ids.Ben, confirm: 'Ben' }],
      ] as const)
        expect(await h.fail(method, arg), `${method} as ${who}`).toMatchObject({
          type: 'refused',
          message: expect.stringMatching(/only a lead deletes|needs a lead as the acting coder/),
        });
    }
    await h.call('session-set-coder', { coderId: ids.Lee });
    expect(await h.call<TranscriptSummary[]>('transcript-list')).toHaveLength(2);
    expect(await h.call<Coder[]>('coder-list')).toHaveLength(5);
  });

  it('deletes a coder with their coding and the consensus items accepted from it; the log still names them', async () => {
    const p = await h.call<WithdrawalPreview>('coder-get-withdrawal', { id: ids.Ada });
    expect(p).toMatchObject({ name: 'Ada', spread: 2, counts: { annotations: 2, keys: 1, consensusItems: 1 } });
    expect(p.summary).toMatch(/^Ada and 2 highlights, .* on 2 transcripts$/);
    await h.call('coder-delete', { id: ids.Ada, confirm: 'Ada' });
    const names = (await h.call<Coder[]>('coder-list')).map((c) => c.name);
    expect(names).toEqual(['Ben', 'Consensus', 'Lee', 'Tia']);
    const db = raw();
    for (const t of [
      'annotations',
      'ratings',
      'events',
      'classifications',
      'memos',
      'coding_status',
      'transcript_keys',
    ])
      expect(db.count(`SELECT count(*) AS n FROM ${t} WHERE coder_id = ?`, ids.Ada), t).toBe(0);
    expect(
      db.count("SELECT count(*) AS n FROM classifications WHERE json_extract(origin, '$.coderId') = ?", ids.Ada),
    ).toBe(0);
    // Ben's accepted classification stays in the consensus.
    expect(
      db.count("SELECT count(*) AS n FROM classifications WHERE json_extract(origin, '$.coderId') = ?", ids.Ben),
    ).toBe(1);
    expect(db.count('SELECT count(*) AS n FROM pragma_foreign_key_check')).toBe(0);
    db.close();
    const log = await h.call<AuditEntry[]>('audit-list', {});
    expect(log[0]).toMatchObject({ action: 'coder-deleted', actorName: 'Lee', subjectId: ids.Ada, subjectName: 'Ada' });
    // Ada's own earlier entries (her classifications) still name her.
    expect(log.filter((e) => e.actorId === ids.Ada && e.actorName === 'Ada').length).toBeGreaterThan(0);
  });

  it('refuses deleting yourself or the only lead, and a wrong name, deleting nothing', async () => {
    expect(await h.fail('coder-delete', { id: ids.Lee, confirm: 'Lee' })).toMatchObject({ type: 'refused' });
    expect(await h.fail('coder-delete', { id: ids.Ben, confirm: 'ben ' })).toMatchObject({ type: 'validation' });
    expect(await h.fail('coder-delete', { id: 'nobody', confirm: 'x' })).toMatchObject({ type: 'not-found' });
    await h.call('coder-set-role', { coderId: ids.Tia, role: 'lead' });
    await h.call('session-set-coder', { coderId: ids.Tia });
    await h.call('coder-delete', { id: ids.Lee, confirm: 'Lee' });
    await h.call('coder-set-role', { coderId: ids.Ben, role: 'trainer' });
    expect(await h.call<Coder[]>('coder-list')).toHaveLength(4);
  });

  it('keeps the audit log append-only: an update or delete of an entry is refused by the file itself', async () => {
    await h.call('transcript-delete', { id: gone.id, confirm: 'SYN-0003' });
    h.services.close();
    const db = new Database(h.path);
    expect(() => db.prepare("UPDATE audit_log SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    db.close();
  });
});
