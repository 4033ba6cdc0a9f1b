import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { StudyGrid, StudyProgress, StudyRevealResult } from '../../shared/api/study.ts';
import type { ProjectAgreement } from '../../shared/reliability/types.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { upsertReturn } from './db/tables/study.ts';

const TEXT = (i: number) => `SYNTHETIC - NOT REAL DATA ${i}\nI: Describe your mother.\nR: Loving. She was never there.`;

describe('the study plan, progress and per-transcript reveal (API)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let ids: Record<string, string>;
  const ts: string[] = [];
  const as = (who: string | null) => h.call('session-set-coder', { coderId: who === null ? null : ids[who] });
  const grid = () => h.call<StudyGrid>('study-get');
  const progress = () => h.call<StudyProgress>('study-get-progress');

  beforeEach(async () => {
    h = await servicesWithProject();
    ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
    ]);
    ts.length = 0;
    for (let i = 1; i <= 8; i++) {
      const t = await h.call<{ id: string }>('transcript-import-text', { fileName: `SYN-000${i}.txt`, text: TEXT(i) });
      ts.push(t.id);
      await h.call('transcript-update-metadata', {
        id: t.id,
        metadata: { fields: { group: i <= 4 ? 'clinical' : 'control' } },
      });
    }
    await as('Lee');
    await h.call('settings-update', { blindMode: true });
  });
  afterEach(() => h.done());

  const plan8 = (extra: object = {}) =>
    h.call<StudyGrid>('study-plan', { coders: ['Ada', 'Ben', 'Cy'], overlap: 0.25, seed: 7, ...extra });

  it('a lead plans: new names become coders, 2 of 8 double-coded, workloads within one, audit "plan-made"', async () => {
    const g = await plan8();
    const coders = await h.call<Coder[]>('coder-list');
    expect(coders.filter((c) => ['Ben', 'Cy'].includes(c.name)).map((c) => c.role)).toEqual(['coder', 'coder']);
    expect(g.transcripts).toHaveLength(8);
    expect(g.doubleCoded).toBe(2);
    const planned = g.coders.filter((c) => c.primary > 0);
    expect(planned.map((c) => c.name)).toEqual(['Ada', 'Ben', 'Cy']);
    const primaries = planned.map((c) => c.primary);
    expect(Math.max(...primaries) - Math.min(...primaries)).toBeLessThanOrEqual(1);
    expect(Object.values(g.pairs).reduce((s, n) => s + n, 0)).toBe(2);
    expect(g.plan).toMatchObject({ seed: 7, overlap: 0.25, stratify: null, createdBy: 'Lee' });
    // Same seed, same plan.
    expect((await plan8()).transcripts).toEqual(g.transcripts);
    const log = await h.call<AuditEntry[]>('audit-list', { action: 'plan-made' });
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ actorName: 'Lee', detail: { transcripts: '8', doubleCoded: '2', seed: '7' } });
  });

  it('stratifies by a metadata field, and names the fields when the field is unknown', async () => {
    const g = await plan8({ stratify: 'Group', overlap: 0.5 });
    const doubled = g.transcripts.filter((t) => t.coders.length === 2);
    expect(doubled.filter((t) => t.stratum === 'clinical')).toHaveLength(2);
    expect(doubled.filter((t) => t.stratum === 'control')).toHaveLength(2);
    const err = await h.fail('study-plan', { coders: ['Ada', 'Ben'], overlap: 0.25, seed: 1, stratify: 'site' });
    expect(err).toMatchObject({
      type: 'validation',
      message: 'no transcript has the metadata field "site" (fields: group)',
    });
  });

  it('refuses a plan from a coder, a trainee in the plan and bad values, writing nothing', async () => {
    await as('Ada');
    expect(await h.fail('study-plan', { coders: ['Ada', 'Ben'], overlap: 0.25, seed: 1 })).toMatchObject({
      type: 'refused',
      message: 'only a lead makes the study plan; you are coding as Ada (coder)',
    });
    await as('Lee');
    await h.call('coder-create', { name: 'Tia', role: 'trainee' });
    expect((await h.fail('study-plan', { coders: ['Ada', 'Tia'], overlap: 0.25, seed: 1 })).message).toContain(
      'Tia is a trainee',
    );
    expect((await h.fail('study-plan', { coders: ['Ada'], overlap: 0.25, seed: 1 })).message).toBe(
      'double coding needs at least two coders (or an overlap of 0)',
    );
    expect(
      (await h.fail('study-plan', { coders: ['Ada', 'Zed'], overlap: 0.25, seed: 1, transcriptIds: ['nope'] })).message,
    ).toBe('no transcript with id nope');
    expect((await h.fail('study-plan', { coders: ['Ada', 'Zed'], overlap: 1.2, seed: 1 })).type).toBe('validation');
    expect((await h.call<Coder[]>('coder-list')).map((c) => c.name)).not.toContain('Zed');
    expect((await grid()).plan).toBeNull();
  });

  it('edits one cell, keeping one primary per transcript', async () => {
    const g = await plan8({ overlap: 0 });
    const t = g.transcripts[0]!;
    const [primary] = t.coders;
    const other = g.coders.find((c) => c.id !== primary && c.name !== 'Lee')!;
    const after = await h.call<StudyGrid>('study-assign', { transcriptId: t.id, coderId: other.id, role: 'second' });
    expect(after.transcripts[0]!.coders).toEqual([primary, other.id]);
    expect(after.doubleCoded).toBe(1);
    const swapped = await h.call<StudyGrid>('study-assign', { transcriptId: t.id, coderId: other.id, role: 'primary' });
    expect(swapped.transcripts[0]!.coders).toEqual([other.id, primary]);
    const removed = await h.call<StudyGrid>('study-assign', { transcriptId: t.id, coderId: other.id, role: 'none' });
    expect(removed.transcripts[0]!.coders).toEqual([primary]);
    expect(await h.fail('study-assign', { transcriptId: t.id, coderId: primary!, role: 'none' })).toMatchObject({
      type: 'validation',
    });
    await as('Ada');
    expect((await h.fail('study-assign', { transcriptId: t.id, coderId: other.id, role: 'second' })).type).toBe(
      'refused',
    );
  });

  it('progress: not started, in progress, complete, returned; a coder sees only their own row', async () => {
    const g = await plan8();
    const adaT = g.transcripts.filter((t) => t.coders.includes(ids.Ada!)).map((t) => t.id);
    expect(adaT.length).toBeGreaterThanOrEqual(2);
    const [first, second, third] = adaT;
    await as('Ada');
    await h.call('annotation-create', {
      transcriptId: first,
      coderId: ids.Ada,
      codeId: 'derogation',
      start: 40,
      end: 46,
    });
    await h.call('status-set', { transcriptId: second, coderId: ids.Ada, status: 'complete' });
    if (third)
      upsertReturn(h.services.current()!.db, {
        transcriptId: third,
        coderId: ids.Ada!,
        returnedAt: 'now',
        fileSha256: 'f'.repeat(64),
      });
    const mine = await progress();
    expect(mine.coders.map((c) => c.name)).toEqual(['Ada']);
    expect(mine.transcripts.every((t) => Object.keys(t.states).join() === ids.Ada)).toBe(true);
    const state = (p: StudyProgress, t: string | undefined) => p.transcripts.find((x) => x.id === t)?.states[ids.Ada!];
    expect(state(mine, first)).toBe('in-progress');
    expect(state(mine, second)).toBe('complete');
    if (third) expect(state(mine, third)).toBe('returned');
    await as('Lee');
    const all = await progress();
    expect(all.coders.map((c) => c.name).sort()).toEqual(['Ada', 'Ben', 'Cy']);
    expect(all.coders.find((c) => c.name === 'Ada')).toMatchObject({
      assigned: adaT.length,
      complete: 1,
      returned: third ? 1 : 0,
    });
    const untouched = all.transcripts.find((t) => !adaT.includes(t.id))!;
    expect(Object.values(untouched.states).every((s) => s === 'not-started')).toBe(true);
  });

  it('reveals one double-coded transcript once both coders are done; a non-lead then sees it, and only it', async () => {
    const g = await plan8();
    const doubled = g.transcripts.find((t) => t.coders.length === 2)!;
    const single = g.transcripts.find((t) => t.coders.length === 1)!;
    const [p, s] = doubled.coders as [string, string];
    const name = (id: string) => g.coders.find((c) => c.id === id)!.name;
    for (const who of [p, s]) {
      await h.call('session-set-coder', { coderId: who });
      await h.call('annotation-create', {
        transcriptId: doubled.id,
        coderId: who,
        codeId: 'derogation',
        start: 40,
        end: 46,
      });
      await h.call('classification-set', { transcriptId: doubled.id, coderId: who, primary: 'F' });
    }
    await h.call('session-set-coder', { coderId: p });
    await h.call('status-set', { transcriptId: doubled.id, coderId: p, status: 'complete' });
    await as('Lee');
    const before = (await progress()).transcripts.find((t) => t.id === doubled.id)!;
    expect(before.revealBlocked).toContain(`waiting for ${name(s)}`);
    expect(await h.fail('study-reveal', { transcriptIds: [doubled.id] })).toMatchObject({
      type: 'refused',
      message: expect.stringContaining(`nothing was revealed: SYN-000`),
    });
    expect((await h.fail('agreement-compute', {})).type).toBe('refused');
    upsertReturn(h.services.current()!.db, {
      transcriptId: doubled.id,
      coderId: s,
      returnedAt: 'now',
      fileSha256: 'a'.repeat(64),
    });
    await h.call('session-set-coder', { coderId: p });
    expect((await h.fail('study-reveal', { transcriptIds: [doubled.id] })).message).toContain(
      'only a lead reveals coding',
    );
    await as('Lee');
    expect(await h.call<StudyRevealResult>('study-reveal', { transcriptIds: [doubled.id] })).toEqual({
      revealed: [doubled.id],
      alreadyRevealed: [],
    });
    expect(await h.call<StudyRevealResult>('study-reveal', { transcriptIds: [doubled.id] })).toEqual({
      revealed: [],
      alreadyRevealed: [doubled.id],
    });
    const log = await h.call<AuditEntry[]>('audit-list', { action: 'reveal' });
    expect(log).toMatchObject([{ actorName: 'Lee', subjectId: doubled.id, detail: { scope: 'transcript' } }]);
    // The primary now sees the second coder's highlight on the revealed transcript, and nobody's elsewhere.
    await h.call('session-set-coder', { coderId: p });
    const seen = await h.call<Annotation[]>('annotation-list', { transcriptId: doubled.id });
    expect(new Set(seen.map((a) => a.coderId))).toEqual(new Set([p, s]));
    await h.call('session-set-coder', { coderId: s });
    await h.call('annotation-create', {
      transcriptId: single.id,
      coderId: s,
      codeId: 'derogation',
      start: 40,
      end: 46,
    });
    await h.call('session-set-coder', { coderId: p });
    expect(await h.call<Annotation[]>('annotation-list', { transcriptId: single.id })).toEqual([]);
    // Agreement now runs, over the revealed transcript only.
    await as('Lee');
    const r = await h.call<ProjectAgreement>('agreement-compute', {});
    expect(r.transcripts.map((t) => t.transcriptId)).toEqual([doubled.id]);
  });

  it('without a plan, a transcript is revealed once two coders marked it complete; the project-wide reveal is logged', async () => {
    await h.call('coder-create', { name: 'Ben' });
    const ben = (await h.call<Coder[]>('coder-list')).find((c) => c.name === 'Ben')!.id;
    for (const who of [ids.Ada!, ben]) {
      await h.call('session-set-coder', { coderId: who });
      await h.call('status-set', {
        transcriptId: ts[0],
        coderId: who,
        status: who === ben ? 'in-progress' : 'complete',
      });
    }
    await as('Lee');
    expect((await h.fail('study-reveal', { transcriptIds: [ts[0]] })).message).toContain(
      'there is no study plan, so two coders must have marked it complete (1 has)',
    );
    await h.call('session-set-coder', { coderId: ben });
    await h.call('status-set', { transcriptId: ts[0], coderId: ben, status: 'complete' });
    await as('Lee');
    expect((await h.call<StudyRevealResult>('study-reveal', { transcriptIds: [ts[0]] })).revealed).toEqual([ts[0]]);
    await h.call('settings-update', { revealed: true });
    const log = await h.call<AuditEntry[]>('audit-list', { action: 'reveal' });
    expect(log.map((e) => e.detail.scope)).toEqual(['project', 'transcript']);
    // settings-update cannot set per-transcript reveals, bypassing the rule.
    expect((await h.fail('settings-update', { revealedTranscripts: [ts[1]] })).type).toBe('validation');
  });
});
