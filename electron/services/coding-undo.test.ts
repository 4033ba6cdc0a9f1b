import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { StoredCodebook } from '../../shared/api/codebook.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Rating } from '../../shared/api/rating.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

/** What the UI's undo and the codebook editor rely on from the services. */
describe('services behind undo and the codebook editor', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  let ada: string;
  beforeEach(async () => {
    h = await servicesWithProject();
    ada = (await h.call<{ id: string }>('coder-create', { name: 'Ada' })).id;
    t = (
      await h.call<{ id: string }>('transcript-import-text', {
        fileName: 'SYN-0001.txt',
        text: 'I: Five words for mother?\nR: Loving. Strict.',
      })
    ).id;
    await h.call('session-set-coder', { coderId: ada });
  });
  afterEach(() => h.done());

  it('puts a deleted event back under its own id, so its ratings can be restored, and refuses a duplicate id', async () => {
    const ev = await h.call<LossEvent>('event-create', {
      transcriptId: t,
      coderId: ada,
      kind: 'loss',
      who: 'grandmother',
      speakerAge: '9',
    });
    await h.call('rating-set', {
      transcriptId: t,
      coderId: ada,
      scaleId: 'unres.loss',
      target: `event:${ev.id}`,
      value: 6,
    });
    await h.call('event-delete', { id: ev.id });
    expect(await h.call<Rating[]>('rating-list', { transcriptId: t, coderId: ada })).toEqual([]);

    const back = await h.call<LossEvent>('event-create', {
      transcriptId: t,
      coderId: ada,
      id: ev.id,
      kind: 'loss',
      who: 'grandmother',
      speakerAge: '9',
    });
    expect(back.id).toBe(ev.id);
    await h.call('rating-set', {
      transcriptId: t,
      coderId: ada,
      scaleId: 'unres.loss',
      target: `event:${ev.id}`,
      value: 6,
    });
    expect(
      (await h.call<Rating[]>('rating-list', { transcriptId: t, coderId: ada })).map((r) => [r.target, r.value]),
    ).toEqual([[`event:${ev.id}`, 6]]);
    expect((await h.fail('event-create', { transcriptId: t, coderId: ada, id: ev.id, kind: 'trauma' })).type).toBe(
      'conflict',
    );
  });

  it('refuses to apply an archived code to a new passage but keeps (and restores) highlights that already have it', async () => {
    const made = await h.call<Annotation>('annotation-create', {
      transcriptId: t,
      coderId: ada,
      codeId: 'humour',
      start: 3,
      end: 8,
    });
    const { codebook } = await h.call<StoredCodebook>('codebook-get-active');
    const saved = await h.call<StoredCodebook>('codebook-save', {
      codebook: { ...codebook, codes: codebook.codes.map((c) => (c.id === 'humour' ? { ...c, archived: true } : c)) },
    });
    expect(saved.key).toBe('aai-default@2');

    const refused = await h.fail('annotation-create', {
      transcriptId: t,
      coderId: ada,
      codeId: 'humour',
      start: 10,
      end: 14,
    });
    expect(refused).toEqual({
      type: 'validation',
      method: 'annotation-create',
      message: '"Humour" is archived: it stays on existing highlights but cannot be applied',
    });
    // The old highlight keeps its code and the version it was made with; undo of its deletion puts it back.
    await h.call('annotation-delete', { id: made.id });
    const restored = await h.call<Annotation>('annotation-restore', { ...made });
    expect(restored).toMatchObject({ codeId: 'humour', codebookKey: 'aai-default@1' });
  });

  it('refuses a new rating on an archived scale but lets a rating already made be corrected', async () => {
    await h.call('rating-set', {
      transcriptId: t,
      coderId: ada,
      scaleId: 'coh.transcript',
      target: 'transcript',
      value: 5,
    });
    const { codebook } = await h.call<StoredCodebook>('codebook-get-active');
    await h.call<StoredCodebook>('codebook-save', {
      codebook: {
        ...codebook,
        scales: codebook.scales.map((s) =>
          s.id === 'coh.transcript' || s.id === 'coh.mind' ? { ...s, archived: true } : s,
        ),
      },
    });
    expect(
      await h.call('rating-set', {
        transcriptId: t,
        coderId: ada,
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: 5.5,
      }),
    ).toMatchObject({ value: 5.5 });
    const refused = await h.fail('rating-set', {
      transcriptId: t,
      coderId: ada,
      scaleId: 'coh.mind',
      target: 'transcript',
      value: 4,
    });
    expect(refused.type).toBe('validation');
    expect(refused.message).toMatch(/is archived: it keeps the ratings already made but takes no new ones$/);
  });
});
