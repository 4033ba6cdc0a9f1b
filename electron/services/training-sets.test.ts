import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { TrainingSet, TrainingSetReport } from '../../shared/api/training.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { trainingTranscriptsOf } from './training-sets.ts';

const TEXT = (i: number) => `SYNTHETIC - NOT REAL DATA ${i}\nI: Describe your mother.\nR: Loving. She was never there.`;

describe('training sets: practice transcripts with keys, trainees compared after submitting', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let ids: Record<string, string>;
  let ts: string[];
  let set: TrainingSet;

  beforeEach(async () => {
    h = await servicesWithProject();
    ids = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
      ['Tom', 'trainer'],
      ['Tia', 'trainee'],
      ['Tim', 'trainee'],
    ]);
    ts = [];
    for (let i = 0; i < 3; i++)
      ts.push(
        (await h.call<TranscriptSummary>('transcript-import-text', { fileName: `SYN-01${i}.txt`, text: TEXT(i) })).id,
      );
    await h.call('session-set-coder', { coderId: ids.Ada });
    for (const t of ts) await h.call('classification-set', { transcriptId: t, coderId: ids.Ada, primary: 'F' });
    await h.call('session-set-coder', { coderId: ids.Tom });
    set = await h.call<TrainingSet>('training-create-set', {
      name: 'Autumn practice',
      items: [
        { transcriptId: ts[0], keyCoderId: ids.Ada },
        { transcriptId: ts[1], keyCoderId: ids.Ada },
      ],
      traineeIds: [ids.Tia, ids.Tim],
    });
  });
  afterEach(() => h.done());

  it('a trainer defines a set; each key is recorded in the audit log; names are unique', async () => {
    expect(set).toMatchObject({
      name: 'Autumn practice',
      items: [
        { transcriptId: ts[0], title: 'SYN-010', keyCoderId: ids.Ada, keyCoderName: 'Ada' },
        { transcriptId: ts[1], title: 'SYN-011', keyCoderId: ids.Ada, keyCoderName: 'Ada' },
      ],
      trainees: [
        { id: ids.Tia, name: 'Tia' },
        { id: ids.Tim, name: 'Tim' },
      ],
    });
    const keys = await h.call<AuditEntry[]>('audit-list', { action: 'key-set' });
    expect(keys.map((e) => [e.actorName, e.subjectId, e.detail])).toEqual(
      expect.arrayContaining([
        ['Tom', ts[0], { setId: set.id, keyCoderId: ids.Ada }],
        ['Tom', ts[1], { setId: set.id, keyCoderId: ids.Ada }],
      ]),
    );
    expect(await h.fail('training-create-set', { name: 'autumn PRACTICE', items: [], traineeIds: [] })).toMatchObject({
      type: 'conflict',
    });
    expect(
      await h.fail('training-create-set', {
        name: 'X',
        items: [{ transcriptId: ts[0], keyCoderId: ids.Tia }],
        traineeIds: [],
      }),
    ).toMatchObject({ type: 'validation', message: expect.stringMatching(/Tia is a trainee/) });
    expect(await h.fail('training-create-set', { name: 'Y', items: [], traineeIds: [ids.Ada] })).toMatchObject({
      type: 'validation',
      message: expect.stringMatching(/Ada is a coder, not a trainee/),
    });
  });

  it('only leads and trainers define sets; a trainee lists only their own set, without keys or other trainees', async () => {
    for (const who of [ids.Ada, ids.Tia])
      for (const [m, arg] of [
        ['training-create-set', { name: 'Z', items: [], traineeIds: [] }],
        ['training-update-set', { id: set.id, name: 'Z' }],
        ['training-delete-set', { id: set.id }],
      ] as const) {
        await h.call('session-set-coder', { coderId: who });
        expect(await h.fail(m, arg), m).toMatchObject({ type: 'refused' });
      }
    await h.call('session-set-coder', { coderId: ids.Tia });
    const mine = await h.call<TrainingSet[]>('training-list-sets');
    expect(mine).toEqual([expect.objectContaining({ id: set.id, trainees: [{ id: ids.Tia, name: 'Tia' }] })]);
    expect(mine[0]?.items.every((i) => i.keyCoderId === null && i.keyCoderName === null)).toBe(true);
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(await h.call('training-list-sets')).toEqual([]);
    expect(await h.fail('training-report-set', { id: set.id })).toMatchObject({ type: 'not-found' });
  });

  it('a trainee never sees the key before submitting, then sees it for that transcript only', async () => {
    await h.call('session-set-coder', { coderId: ids.Tia });
    const owner = (t: string | undefined) => ({ transcriptId: t, coderId: ids.Ada });
    expect(await h.fail('classification-get', owner(ts[0]))).toMatchObject({ type: 'refused' });
    let r = await h.call<TrainingSetReport>('training-report-set', { id: set.id });
    expect(r.reports.map((x) => x.traineeName)).toEqual(['Tia']);
    expect(r.reports[0]?.transcripts).toEqual([]);
    expect(r.reports[0]?.pending.map((p) => p.title).sort()).toEqual(['SYN-010', 'SYN-011']);
    await h.call('classification-set', { transcriptId: ts[0], coderId: ids.Tia, primary: 'Ds' });
    await h.call('status-submit', { transcriptId: ts[0], coderId: ids.Tia });
    expect(await h.call('classification-get', owner(ts[0]))).toMatchObject({ primary: 'F' });
    expect(await h.fail('classification-get', owner(ts[1]))).toMatchObject({ type: 'refused' });
    // Not in the set: Ada's coding of the third transcript stays hidden even after submitting it.
    await h.call('status-submit', { transcriptId: ts[2], coderId: ids.Tia });
    expect(await h.fail('classification-get', owner(ts[2]))).toMatchObject({ type: 'refused' });
    r = await h.call<TrainingSetReport>('training-report-set', { id: set.id });
    expect(r.reports[0]?.transcripts.map((x) => [x.title, x.traineeLabel, x.keyLabel, x.match])).toEqual([
      ['SYN-010', 'Ds', 'F', false],
    ]);
    // Tim, in the same set, has submitted nothing: Ada's coding stays hidden from him.
    await h.call('session-set-coder', { coderId: ids.Tim });
    expect(await h.fail('classification-get', owner(ts[0]))).toMatchObject({ type: 'refused' });
  });

  it('the trainer sees a table of every trainee against the keys; a consensus record can be the key', async () => {
    for (const [who, primary] of [
      ['Tia', 'F'],
      ['Tim', 'E'],
    ] as const) {
      await h.call('session-set-coder', { coderId: ids[who] });
      for (const t of ts.slice(0, 2)) {
        await h.call('classification-set', { transcriptId: t, coderId: ids[who], primary });
        await h.call('status-submit', { transcriptId: t, coderId: ids[who] });
      }
    }
    await h.call('session-set-coder', { coderId: ids.Lee });
    await h.call('consensus-accept', { transcriptId: ts[1], source: { kind: 'classification', coderId: ids.Ada } });
    const consensus = (await h.call<Coder[]>('coder-list')).find((c) => c.role === 'consensus');
    await h.call('training-update-set', {
      id: set.id,
      items: [
        { transcriptId: ts[0], keyCoderId: ids.Ada },
        { transcriptId: ts[1], keyCoderId: consensus?.id },
        { transcriptId: ts[2], keyCoderId: null },
      ],
    });
    const r = await h.call<TrainingSetReport>('training-report-set', { id: set.id });
    expect(r.set.items.map((i) => i.keyCoderName)).toEqual(['Ada', 'Consensus', null]);
    expect(
      r.reports.map((x) => [x.traineeName, x.final.n, x.final.percentAgreement.value, x.pending.map((p) => p.reason)]),
    ).toEqual([
      ['Tia', 2, 1, ['no key chosen yet']],
      ['Tim', 2, 0, ['no key chosen yet']],
    ]);
  });

  it("lists a trainee's set transcripts for their package, never the key's", async () => {
    await h.call('session-set-coder', { coderId: ids.Tom });
    await h.call('training-create-set', {
      name: 'Second',
      items: [
        { transcriptId: ts[2], keyCoderId: ids.Ada },
        { transcriptId: ts[0], keyCoderId: ids.Ada },
      ],
      traineeIds: [ids.Tia],
    });
    const store = h.services.current();
    if (!store) throw new Error('no project open');
    expect(trainingTranscriptsOf(store, ids.Tia ?? '')).toEqual([ts[0], ts[1], ts[2]]);
    expect(trainingTranscriptsOf(store, ids.Tim ?? '')).toEqual([ts[0], ts[1]]);
    expect(trainingTranscriptsOf(store, ids.Ada ?? '')).toEqual([]);
  });

  it('withdrawing a transcript or a trainee removes them from sets; deleting a set keeps its transcripts', async () => {
    await h.call('session-set-coder', { coderId: ids.Lee });
    await h.call('transcript-delete', { id: ts[0], confirm: 'SYN-010' });
    await h.call('coder-delete', { id: ids.Tim, confirm: 'Tim' });
    await h.call('coder-delete', { id: ids.Ada, confirm: 'Ada' });
    const [after] = await h.call<TrainingSet[]>('training-list-sets');
    expect(after?.items).toEqual([{ transcriptId: ts[1], title: 'SYN-011', keyCoderId: null, keyCoderName: null }]);
    expect(after?.trainees).toEqual([{ id: ids.Tia, name: 'Tia' }]);
    await h.call('training-delete-set', { id: set.id });
    expect(await h.call('training-list-sets')).toEqual([]);
    expect(await h.call<TranscriptSummary[]>('transcript-list')).toHaveLength(2);
  });
});
