import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Classification } from '../../shared/api/classification.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Rating } from '../../shared/api/rating.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

describe('transcript-level coding (scales, classification, events, memos, status, search)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  let ada: string;
  beforeEach(async () => {
    h = await servicesWithProject();
    ada = (await h.call<{ id: string }>('coder-create', { name: 'Ada' })).id;
    t = (
      await h.call<{ id: string }>('transcript-import-text', {
        fileName: 'SYN-0001.txt',
        text: "I: Five words for mother?\nR: Loving. Strict.\nI: A memory?\nR: I don't remember, I just don't.",
      })
    ).id;
    await h.call('session-set-coder', { coderId: ada });
  });
  afterEach(() => h.done());

  it('accepts ratings on the 1-9 half-point grid and "not rateable", refusing values off the grid or scale', async () => {
    const r = await h.call<Rating>('rating-set', {
      transcriptId: t,
      coderId: ada,
      scaleId: 'coh.transcript',
      target: 'transcript',
      value: 4.5,
    });
    expect(r).toMatchObject({ value: 4.5, notRateable: false, links: [] });
    await h.call('rating-set', {
      transcriptId: t,
      coderId: ada,
      scaleId: 'exp.loving',
      target: 'father',
      value: null,
      notRateable: true,
    });
    expect(
      (
        await h.fail('rating-set', {
          transcriptId: t,
          coderId: ada,
          scaleId: 'coh.transcript',
          target: 'transcript',
          value: 4.25,
        })
      ).message,
    ).toBe('Coherence of transcript moves in steps of 0.5; 4.25 is between steps');
    expect(
      (
        await h.fail('rating-set', {
          transcriptId: t,
          coderId: ada,
          scaleId: 'coh.transcript',
          target: 'transcript',
          value: 10,
        })
      ).message,
    ).toBe('Coherence of transcript runs from 1 to 9; 10 is outside');
    expect(
      (
        await h.fail('rating-set', {
          transcriptId: t,
          coderId: ada,
          scaleId: 'coh.transcript',
          target: 'mother',
          value: 3,
        })
      ).message,
    ).toBe('Coherence of transcript is rated for transcript, not mother');
    expect(
      (
        await h.fail('rating-set', {
          transcriptId: t,
          coderId: ada,
          scaleId: 'coh.transcript',
          target: 'transcript',
          value: 3,
          notRateable: true,
        })
      ).type,
    ).toBe('validation');
    const list = await h.call<Rating[]>('rating-list', { transcriptId: t, coderId: ada });
    expect(list.map((x) => [x.scaleId, x.target, x.value, x.notRateable])).toEqual([
      ['coh.transcript', 'transcript', 4.5, false],
      ['exp.loving', 'father', null, true],
    ]);
  });

  it('rates unresolved loss per event and links the highlights that justify a rating', async () => {
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
    const ann = await h.call<{ id: string }>('annotation-create', {
      transcriptId: t,
      coderId: ada,
      codeId: 'lack_of_recall.insistence',
      start: 61,
      end: 77,
    });
    const linked = await h.call<Rating>('rating-link', {
      transcriptId: t,
      coderId: ada,
      scaleId: 'unres.loss',
      target: `event:${ev.id}`,
      annotationId: ann.id,
      linked: true,
    });
    expect(linked.links).toEqual([ann.id]);
    await h.call('annotation-delete', { id: ann.id });
    expect((await h.call<Rating[]>('rating-list', { transcriptId: t, coderId: ada }))[0]?.links).toEqual([]);
    await h.call('event-delete', { id: ev.id });
    expect(await h.call('rating-list', { transcriptId: t, coderId: ada })).toEqual([]);
  });

  it('stores one classification per coder with derived 2/3/4/5-way labels and requires an alternative for U and CC', async () => {
    expect((await h.fail('classification-set', { transcriptId: t, coderId: ada, primary: 'U' })).message).toBe(
      'U is always recorded with a best-fitting alternative (F, Ds, E)',
    );
    expect(
      (await h.fail('classification-set', { transcriptId: t, coderId: ada, primary: 'F', subtype: 'E2' })).message,
    ).toBe('"E2" is not a subtype of F');
    expect((await h.fail('classification-set', { transcriptId: t, coderId: ada, primary: 'X' })).message).toBe(
      '"X" is not a classification of this codebook (F, Ds, E, U, CC)',
    );
    const c = await h.call<Classification>('classification-set', {
      transcriptId: t,
      coderId: ada,
      primary: 'U',
      alternative: 'E2',
      confidence: 0.7,
      forced: true,
    });
    expect(c).toMatchObject({
      primary: 'U',
      alternative: 'E2',
      forced: true,
      confidence: 0.7,
      codebookKey: 'aai-default@1',
    });
    expect(Object.fromEntries(c.derived.map((d) => [d.level, d.label]))).toMatchObject({
      '3-way': 'E',
      '4-way': 'U',
      '5-way': 'U',
      '2-way': 'non-F',
    });
    await h.call('classification-set', { transcriptId: t, coderId: ada, primary: 'Ds', subtype: 'Ds1' });
    expect(await h.call('classification-get', { transcriptId: t, coderId: ada })).toMatchObject({
      primary: 'Ds',
      subtype: 'Ds1',
      alternative: null,
    });
  });

  it('keeps a memo and a coding status per coder, and finds text across the project with line numbers', async () => {
    await h.call('memo-set', { transcriptId: t, coderId: ada, text: 'Check idealisation of mother.' });
    expect(await h.call('memo-get', { transcriptId: t, coderId: ada })).toMatchObject({
      text: 'Check idealisation of mother.',
    });
    expect(await h.call('status-list', { coderId: ada })).toMatchObject([
      { transcriptId: t, status: 'not-started', submittedAt: null },
    ]);
    await h.call('status-set', { transcriptId: t, coderId: ada, status: 'in-progress' });
    expect(await h.call('status-list', { coderId: ada })).toMatchObject([{ status: 'in-progress' }]);
    const hits = await h.call<{ line: number; start: number; end: number }[]>('project-search', { query: "DON'T" });
    expect(hits.map((x) => x.line)).toEqual([4, 4]);
    expect(hits[0]).toMatchObject({ start: 63, end: 68 });
  });
});
