import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementFile, AgreementSummary } from '../../shared/api/agreement.ts';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { TranscriptStatus } from '../../shared/api/status.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

const TEXT = (i: number) => `SYNTHETIC - NOT REAL DATA ${i}\nI: Describe your mother.\nR: Loving. She was never there.`;

describe('trainees see nobody else’s coding until they submit, then only the key (issue 14, item 11)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let ids: Record<string, string>;
  const ts: string[] = [];
  beforeEach(async () => {
    h = await servicesWithProject();
    ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
    ]);
    ts.length = 0;
    for (let i = 0; i < 2; i++)
      ts.push(
        (await h.call<{ id: string }>('transcript-import-text', { fileName: `SYN-00${i}.txt`, text: TEXT(i) })).id,
      );
    for (const [who, primary] of [
      ['Ada', 'F'],
      ['Ben', 'Ds'],
    ] as const) {
      await h.call('session-set-coder', { coderId: ids[who] });
      for (const t of ts) {
        await h.call('classification-set', { transcriptId: t, coderId: ids[who], primary });
        await h.call('annotation-create', {
          transcriptId: t,
          coderId: ids[who],
          codeId: 'derogation',
          start: 40,
          end: 46,
        });
        await h.call('status-set', { transcriptId: t, coderId: ids[who], status: 'complete' });
      }
    }
    await h.call('session-set-coder', { coderId: ids.Lee });
    await h.call('settings-update', { blindMode: true });
    await h.call('settings-update', { revealed: true, trainerMode: true });
    for (const t of ts) await h.call('training-set-key', { transcriptId: t, coderId: ids.Ada });
    await h.call('consensus-accept', { transcriptId: ts[0], source: { kind: 'classification', coderId: ids.Ada } });
    ids.Tess = (await h.call<Coder>('coder-create', { name: 'Tess', role: 'trainee' })).id;
    await h.call('session-set-coder', { coderId: ids.Tess });
    await h.call('classification-set', { transcriptId: ts[0], coderId: ids.Tess, primary: 'E' });
  });
  afterEach(() => h.done());

  it('before submitting: no agreement figures, lists, records, statuses or counts of Ben, Ada or the consensus', async () => {
    const r = await h.call<AgreementSummary>('agreement-compute', {});
    const everyone = Object.values(ids);
    const seen = (await h.call<AgreementSummary>('agreement-compute', { coderIds: everyone })).classification;
    for (const l of [...r.classification, ...seen]) expect(l.n, l.level).toBe(0);
    for (const x of [r, await h.call<AgreementSummary>('agreement-compute', { coderIds: everyone })])
      for (const t of x.transcripts) expect(Object.keys(t.classifications)).toEqual(t.coders.length ? [ids.Tess] : []);
    expect(
      (await h.call<{ coderId: string }[]>('annotation-list', { transcriptId: ts[0] })).map((a) => a.coderId),
    ).toEqual([]);
    for (const who of ['Ada', 'Ben'])
      expect((await h.fail('classification-get', { transcriptId: ts[0], coderId: ids[who] })).type).toBe('refused');
    expect((await h.fail('consensus-get', { transcriptId: ts[0] })).type).toBe('refused');
    expect((await h.fail('status-list', { coderId: ids.Ben })).type).toBe('refused');
    const statuses = await h.call<TranscriptStatus[]>('status-list', {});
    expect(new Set(statuses.map((s) => s.coderId))).toEqual(new Set([ids.Tess]));
    expect((await h.call<TranscriptSummary[]>('transcript-list')).map((t) => t.annotations)).toEqual([0, 0]);
    const csv = await h.call<AgreementFile>('dataset-export', { layout: 'long', coderIds: everyone });
    expect(csv.content).not.toMatch(/,Ds,|Ben,|Ada,/);
  });

  it("after submitting one transcript: only the key's coding of that one, never Ben's nor the consensus", async () => {
    await h.call('status-submit', { transcriptId: ts[0], coderId: ids.Tess });
    expect(await h.call('classification-get', { transcriptId: ts[0], coderId: ids.Ada })).toMatchObject({
      primary: 'F',
    });
    expect((await h.fail('classification-get', { transcriptId: ts[1], coderId: ids.Ada })).type).toBe('refused');
    expect(await h.fail('classification-get', { transcriptId: ts[0], coderId: ids.Ben })).toEqual({
      type: 'refused',
      method: 'classification-get',
      message: "a trainee sees only their own coding, and a transcript's key once they have submitted it",
    });
    expect((await h.fail('consensus-get', { transcriptId: ts[0] })).type).toBe('refused');
    const r = await h.call<AgreementSummary>('agreement-compute', { coderIds: Object.values(ids) });
    const threeWay = r.classification.find((l) => l.level === '3-way')!;
    expect(threeWay.n).toBe(1);
    expect(threeWay.confusion.counts.flat().reduce((s, x) => s + x, 0)).toBe(1);
    expect(JSON.stringify(r.disagreements)).not.toContain(ids.Ben);
  });
});

describe('blind mode answers "someone else’s" exactly like "does not exist" (item 12)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let ids: Record<string, string>;
  let t: string;
  let bens: string;
  beforeEach(async () => {
    h = await servicesWithProject();
    ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
    ]);
    t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT(1) })).id;
    await h.call('session-set-coder', { coderId: ids.Ben });
    bens = (
      await h.call<{ id: string }>('annotation-create', {
        transcriptId: t,
        coderId: ids.Ben,
        codeId: 'derogation',
        start: 40,
        end: 46,
      })
    ).id;
    await h.call('status-set', { transcriptId: t, coderId: ids.Ben, status: 'complete' });
    await h.call('session-set-coder', { coderId: ids.Lee });
    await h.call('settings-update', { blindMode: true });
    await h.call('session-set-coder', { coderId: ids.Ada });
    await h.call('rating-set', {
      transcriptId: t,
      coderId: ids.Ada,
      scaleId: 'som.derogation_attachment',
      target: 'transcript',
      value: 3,
    });
  });
  afterEach(() => h.done());

  const without = (e: { message: string }, id: string) => e.message.replace(id, '<id>');

  it("status-list of Ben or of a made-up coder is refused alike; the list without a coder holds only Ada's", async () => {
    const ben = await h.fail('status-list', { coderId: ids.Ben });
    const made = await h.fail('status-list', { coderId: 'no-such-coder' });
    expect(ben).toEqual({
      type: 'refused',
      method: 'status-list',
      message: "blind coding is on: other coders' work stays hidden until the lead reveals it",
    });
    expect(made).toEqual(ben);
    const all = await h.call<TranscriptStatus[]>('status-list', {});
    expect(all.map((s) => s.coderId)).toEqual([ids.Ada]);
  });

  it("rating-link refuses Ben's highlight on Ada's rating with the answer a made-up id gets, and links nothing", async () => {
    const link = (annotationId: string) =>
      h.fail('rating-link', {
        transcriptId: t,
        coderId: ids.Ada,
        scaleId: 'som.derogation_attachment',
        target: 'transcript',
        annotationId,
        linked: true,
      });
    const ben = await link(bens);
    const made = await link('made-up-id');
    expect(ben.type).toBe('not-found');
    expect(made.type).toBe('not-found');
    expect(without(ben, bens)).toBe(without(made, 'made-up-id'));
    const [rating] = await h.call<{ links: string[] }[]>('rating-list', { transcriptId: t, coderId: ids.Ada });
    expect(rating!.links).toEqual([]);
  });

  it("updating or deleting Ben's highlight answers as for an id that does not exist, naming nobody", async () => {
    for (const [method, extra] of [
      ['annotation-delete', {}],
      ['annotation-update', { note: 'x' }],
    ] as const) {
      const ben = await h.fail(method, { id: bens, ...extra });
      const made = await h.fail(method, { id: 'made-up-id', ...extra });
      expect(ben.type).toBe('not-found');
      expect(without(ben, bens)).toBe(without(made, 'made-up-id'));
      expect(ben.message).not.toContain('Ben');
    }
  });
});

describe('trainees and the consensus are left out of agreement by default (item 13)', () => {
  it('agree over Ada and Ben only unless the trainee is chosen; the report says who was left out', async () => {
    const h = await servicesWithProject('study.attune');
    try {
      const ids = await h.addCoders([
        ['Lee', 'lead'],
        ['Ada', 'coder'],
        ['Ben', 'coder'],
        ['Tim', 'trainee'],
      ]);
      // Ada and Ben agree on 3 of 4; Tim, a trainee, disagrees with both on every transcript.
      const labels = { Ada: ['F', 'Ds', 'E', 'F'], Ben: ['F', 'Ds', 'E', 'E'], Tim: ['Ds', 'E', 'F', 'Ds'] };
      for (let i = 0; i < 4; i++) {
        const t = (await h.call<{ id: string }>('transcript-import-text', { fileName: `S${i}.txt`, text: TEXT(i) })).id;
        for (const [who, l] of Object.entries(labels)) {
          await h.call('session-set-coder', { coderId: ids[who] });
          await h.call('classification-set', { transcriptId: t, coderId: ids[who], primary: l[i] });
        }
      }
      await h.call('session-set-coder', { coderId: ids.Lee });
      const byDefault = await h.call<AgreementSummary>('agreement-compute', {});
      expect(byDefault.coders.map((c) => c.name)).not.toContain('Tim');
      const three = byDefault.classification.find((l) => l.level === '3-way')!;
      expect(three.percentAgreement.value).toBe(0.75);
      expect(three.kappa.statistic).toBe('cohen-kappa');
      const chosen = await h.call<AgreementSummary>('agreement-compute', { coderIds: [ids.Ada, ids.Ben, ids.Tim] });
      expect(chosen.classification.find((l) => l.level === '3-way')!.percentAgreement.value).toBeCloseTo(0.25, 12);
      const report = await h.call<AgreementFile>('report-create', { format: 'html' });
      expect(report.content).toContain('left out by default: Tim (trainee)');
      expect(report.content).not.toMatch(/Coders compared:[^.;]*Tim/);
    } finally {
      h.done();
    }
  });
});

describe('roles are changed by a lead only, and every change is recorded (item 14)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  beforeEach(async () => {
    h = await servicesWithProject();
  });
  afterEach(() => h.done());

  it("a project's first coder is its lead; a first coder of another role is refused", async () => {
    expect(await h.fail('coder-create', { name: 'Ada', role: 'coder' })).toEqual({
      type: 'validation',
      method: 'coder-create',
      message: 'a project\'s first coder is its lead: add the lead first (the role "coder" comes after)',
    });
    expect(await h.call('coder-list')).toEqual([]);
    expect(await h.call<Coder>('coder-create', { name: 'Ada' })).toMatchObject({ name: 'Ada', role: 'lead' });
    expect(await h.call<Coder>('coder-create', { name: 'Ben' })).toMatchObject({ role: 'coder' });
  });

  it('a coder, trainee or trainer cannot make anyone lead or trainer, nor change a role; nothing is written', async () => {
    const ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
      ['Tia', 'trainee'],
      ['Tom', 'trainer'],
    ]);
    for (const who of ['Ada', 'Tia', 'Tom', null]) {
      await h.call('session-set-coder', { coderId: who && ids[who] });
      expect((await h.fail('coder-set-role', { coderId: ids.Ada, role: 'lead' })).type).toBe('refused');
      if (who) expect((await h.fail('coder-set-role', { coderId: ids[who], role: 'lead' })).type).toBe('refused');
      expect((await h.fail('coder-create', { name: `New ${who}`, role: 'lead' })).type).toBe('refused');
      expect((await h.fail('coder-create', { name: `Tr ${who}`, role: 'trainer' })).type).toBe('refused');
    }
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(await h.fail('coder-set-role', { coderId: ids.Ada, role: 'lead' })).toEqual({
      type: 'refused',
      method: 'coder-set-role',
      message: 'only a lead changes roles; you are coding as Ada (coder)',
    });
    // Anyone may still add a coder or a trainee (the "Who is coding?" screen).
    expect(await h.call<Coder>('coder-create', { name: 'Cy', role: 'trainee' })).toMatchObject({ role: 'trainee' });
    const roles = (await h.call<Coder[]>('coder-list')).map((c) => [c.name, c.role]);
    expect(roles).toEqual([
      ['Ada', 'coder'],
      ['Cy', 'trainee'],
      ['Lee', 'lead'],
      ['Tia', 'trainee'],
      ['Tom', 'trainer'],
    ]);
    expect(await h.call('audit-list', {})).toEqual([]);
  });

  it('a lead changes roles; each change is recorded with who, when, from and to; the last lead stays', async () => {
    const ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
    ]);
    await h.call('session-set-coder', { coderId: ids.Lee });
    expect(await h.fail('coder-set-role', { coderId: ids.Lee, role: 'coder' })).toEqual({
      type: 'validation',
      method: 'coder-set-role',
      message: "Lee is the project's only lead: make another coder lead first, so the project keeps one",
    });
    expect((await h.fail('coder-set-role', { coderId: ids.Ada, role: 'consensus' })).type).toBe('validation');
    expect((await h.fail('coder-set-role', { coderId: 'nobody', role: 'coder' })).type).toBe('not-found');
    const before = new Date().toISOString();
    expect(await h.call('coder-set-role', { coderId: ids.Ada, role: 'trainer' })).toMatchObject({ role: 'trainer' });
    await h.call('coder-set-role', { coderId: ids.Ada, role: 'lead' });
    await h.call('coder-set-role', { coderId: ids.Ada, role: 'lead' }); // unchanged: not recorded
    await h.call('coder-set-role', { coderId: ids.Lee, role: 'coder' });
    const log = await h.call<AuditEntry[]>('audit-list', { action: 'role-changed' });
    expect(log.map((e) => [e.actorName, e.subjectName, e.detail.from, e.detail.to])).toEqual([
      ['Lee', 'Lee', 'lead', 'coder'],
      ['Lee', 'Ada', 'trainer', 'lead'],
      ['Lee', 'Ada', 'coder', 'trainer'],
    ]);
    for (const e of log) expect(e.at >= before && e.action === 'role-changed').toBe(true);
    // Lee is a coder now: the change holds for the very next call.
    expect((await h.fail('coder-set-role', { coderId: ids.Ada, role: 'coder' })).type).toBe('refused');
  });

  it('codebook versions are saved, imported and switched by leads and trainers only', async () => {
    const ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
      ['Tia', 'trainee'],
      ['Tom', 'trainer'],
    ]);
    const active = await h.call<{ key: string; codebook: { name: string } }>('codebook-get-active');
    const next = { ...active.codebook, name: 'Lab codebook' };
    for (const who of ['Ada', 'Tia']) {
      await h.call('session-set-coder', { coderId: ids[who] });
      expect(await h.fail('codebook-save', { codebook: next })).toEqual({
        type: 'refused',
        method: 'codebook-save',
        message: 'saving a codebook version needs a lead or trainer as the acting coder',
      });
      expect((await h.fail('codebook-import', { json: JSON.stringify(next) })).type).toBe('refused');
      expect((await h.fail('codebook-activate', { key: active.key })).type).toBe('refused');
      const qdc = Buffer.from(QDC_WITH_ONE_CODE).toString('base64');
      expect(await h.fail('qda-import-codebook', { fileName: 'lab.qdc', contentBase64: qdc })).toEqual({
        type: 'refused',
        method: 'qda-import-codebook',
        message: 'saving a codebook version needs a lead or trainer as the acting coder',
      });
    }
    expect((await h.call<unknown[]>('codebook-list')).length).toBe(1);
    for (const who of ['Tom', 'Lee']) {
      await h.call('session-set-coder', { coderId: ids[who] });
      await h.call('codebook-save', { codebook: next });
    }
    expect((await h.call<unknown[]>('codebook-list')).length).toBe(3);
  });
});

// A REFI-QDA codebook with one code the default codebook lacks, so importing it would save a new version.
const QDC_WITH_ONE_CODE = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="6f8a2c1e-0b7d-4e0a-9c55-1d2e3f4a5b6c" name="Lab anchor" isCodable="true"/>
</Codes></CodeBook>`;
