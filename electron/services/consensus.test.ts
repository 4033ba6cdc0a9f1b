import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConsensusRecord } from '../../shared/api/consensus.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

const TEXT = 'I: Mother?\nR: Loving. She was never there, I sorted myself out.';

describe('consensus: a separate record built from the independent codings, with provenance and rationale', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    h = await servicesWithProject();
    for (const [name, role] of [['Lead', 'lead'], ['Ada', 'coder'], ['Ben', 'coder']] as const) ids[name] = (await h.call<{ id: string }>('coder-create', { name, role })).id;
    t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0009.txt', text: TEXT })).id;
    for (const [who, primary, value] of [['Ada', 'Ds', 6], ['Ben', 'F', 3.5]] as const) {
      await h.call('session-set-coder', { coderId: ids[who] });
      await h.call('annotation-create', { transcriptId: t, coderId: ids[who], codeId: 'idealization.unsupported_adjective', start: 14, end: 21 });
      await h.call('classification-set', { transcriptId: t, coderId: ids[who], primary, subtype: primary === 'Ds' ? 'Ds1' : 'F3a' });
      await h.call('rating-set', { transcriptId: t, coderId: ids[who], scaleId: 'som.idealization', target: 'mother', value });
    }
    await h.call('session-set-coder', { coderId: ids.Lead });
  });
  afterEach(() => h.done());

  it('accepts items from either coder, keeps the independent codings untouched, and records origin and rationale', async () => {
    const [adasHighlight] = await h.call<{ id: string }[]>('annotation-list', { transcriptId: t, coderId: ids.Ada });
    await h.call('consensus-accept', { transcriptId: t, source: { kind: 'annotation', annotationId: adasHighlight!.id }, rationale: 'both marked it' });
    await h.call('consensus-accept', { transcriptId: t, source: { kind: 'classification', coderId: ids.Ada }, rationale: 'no memory supports "loving"' });
    let rec = await h.call<ConsensusRecord>('consensus-accept', { transcriptId: t, source: { kind: 'rating', coderId: ids.Ben, scaleId: 'som.idealization', target: 'mother' }, rationale: 'moderate' });
    expect(rec.consensus).toMatchObject({ name: 'Consensus', role: 'consensus' });
    expect(rec.annotations).toMatchObject([{ codeId: 'idealization.unsupported_adjective', start: 14, end: 21, origin: { how: 'accepted', coderId: ids.Ada, item: adasHighlight!.id }, rationale: 'both marked it' }]);
    expect(rec.classification).toMatchObject({ primary: 'Ds', subtype: 'Ds1', origin: { how: 'accepted', coderId: ids.Ada }, rationale: 'no memory supports "loving"' });
    expect(rec.ratings).toMatchObject([{ value: 3.5, origin: { how: 'accepted', coderId: ids.Ben }, rationale: 'moderate' }]);

    // Editing a consensus item through the ordinary calls marks it edited and keeps the rationale.
    await h.call('rating-set', { transcriptId: t, coderId: rec.consensus.id, scaleId: 'som.idealization', target: 'mother', value: 5 });
    await h.call('annotation-update', { id: rec.annotations[0]!.id, end: 20 });
    rec = await h.call<ConsensusRecord>('consensus-rationale', { transcriptId: t, item: { kind: 'classification' }, rationale: 'agreed in conference' });
    expect(rec.ratings[0]).toMatchObject({ value: 5, origin: { how: 'edited', coderId: ids.Ben }, rationale: 'moderate' });
    expect(rec.annotations[0]).toMatchObject({ end: 20, origin: { how: 'edited' }, rationale: 'both marked it' });
    expect(rec.classification?.rationale).toBe('agreed in conference');

    // The independent codings are as they were.
    expect(await h.call('classification-get', { transcriptId: t, coderId: ids.Ben })).toMatchObject({ primary: 'F', subtype: 'F3a' });
    expect(await h.call('rating-list', { transcriptId: t, coderId: ids.Ada })).toMatchObject([{ value: 6 }]);
    // Accepting the same highlight twice does not duplicate it.
    await h.call('consensus-accept', { transcriptId: t, source: { kind: 'annotation', annotationId: adasHighlight!.id }, rationale: 'again' });
    expect((await h.call<ConsensusRecord>('consensus-get', { transcriptId: t })).annotations).toHaveLength(1);
  });

  it('is for leads and trainers, and needs the codings revealed under blind coding', async () => {
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(await h.fail('consensus-accept', { transcriptId: t, source: { kind: 'classification', coderId: ids.Ben } })).toEqual({ type: 'refused', message: 'building a consensus needs a lead or trainer as the acting coder' });
    expect((await h.fail('consensus-get', { transcriptId: t })).message).toBe('no consensus has been started in this project');
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('settings-update', { blindMode: true });
    expect((await h.fail('consensus-accept', { transcriptId: t, source: { kind: 'classification', coderId: ids.Ben } })).type).toBe('refused');
  });
});
