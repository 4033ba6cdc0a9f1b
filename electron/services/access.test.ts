import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servicesWithProject } from '../../tests/support/services.ts';

describe('blind coding and trainer keys are enforced by the services', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    h = await servicesWithProject();
    Object.assign(
      ids,
      await h.addCoders([
        ['Lead', 'lead'],
        ['Ada', 'coder'],
        ['Ben', 'coder'],
        ['Tess', 'trainer'],
        ['Tim', 'trainee'],
      ] as const),
    );
    t = (
      await h.call<{ id: string }>('transcript-import-text', {
        fileName: 'SYN-0002.txt',
        text: 'Group: control\nI: Tell me.\nR: She was warm, always there.',
      })
    ).id;
    h.services
      .current()!
      .db.run('UPDATE transcripts SET metadata = ? WHERE id = ?', [
        JSON.stringify({ participant: 'SYN-0002', group: 'control' }),
        t,
      ]);
    for (const who of ['Ada', 'Ben', 'Tess']) {
      await h.call('session-set-coder', { coderId: ids[who] });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ids[who],
        codeId: 'warmth.balanced_forgiving',
        start: 35,
        end: 39,
      });
      await h.call('classification-set', { transcriptId: t, coderId: ids[who], primary: 'F', subtype: 'F3a' });
    }
  });
  afterEach(() => h.done());

  it('needs a lead to switch blind mode on', async () => {
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(await h.fail('settings-update', { blindMode: true })).toEqual({
      type: 'refused',
      method: 'settings-update',
      message: 'changing project settings needs a lead or trainer as the acting coder',
    });
  });

  it("hides other coders' annotations, classifications and counts until the lead reveals", async () => {
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('settings-update', { blindMode: true, hiddenMetadataFields: ['group'] });
    await h.call('session-set-coder', { coderId: ids.Ada });
    const mine = await h.call<{ coderId: string }[]>('annotation-list', { transcriptId: t });
    expect(mine.map((a) => a.coderId)).toEqual([ids.Ada]);
    expect(await h.fail('annotation-list', { transcriptId: t, coderId: ids.Ben })).toEqual({
      type: 'refused',
      method: 'annotation-list',
      message: "blind coding is on: other coders' work stays hidden until the lead reveals it",
    });
    expect((await h.fail('classification-get', { transcriptId: t, coderId: ids.Ben })).type).toBe('refused');
    expect((await h.fail('rating-list', { transcriptId: t, coderId: ids.Ben })).type).toBe('refused');
    expect(await h.call('transcript-list')).toMatchObject([{ annotations: 1 }]);
    const seen = await h.call<{ text: string; metadata: Record<string, string>; annotations: number }>(
      'transcript-get',
      { id: t },
    );
    expect(seen.metadata).toEqual({ participant: 'SYN-0002' });
    expect(seen.annotations).toBe(1);
    // The header line in the text itself is masked for the coder (same length), and not searchable.
    expect(seen.text).toBe('Group: •••••••\nI: Tell me.\nR: She was warm, always there.');
    expect(await h.call('project-search', { query: 'control' })).toEqual([]);
    // Not even the names of hidden fields reach a coder.
    expect(await h.call('settings-get')).toMatchObject({ hiddenMetadataFields: [] });
    expect(await h.call('session-get')).toMatchObject({ settings: { hiddenMetadataFields: [] } });
    // Without an identity nothing of anyone's shows.
    await h.call('session-set-coder', { coderId: null });
    expect(await h.call('annotation-list', { transcriptId: t })).toEqual([]);
    expect((await h.fail('classification-get', { transcriptId: t, coderId: ids.Ada })).message).toBe(
      'blind coding is on: choose your coder identity first',
    );

    await h.call('session-set-coder', { coderId: ids.Lead });
    expect((await h.call<unknown[]>('annotation-list', { transcriptId: t })).length).toBe(0);
    expect((await h.call<{ metadata: Record<string, string> }>('transcript-get', { id: t })).metadata).toEqual({
      participant: 'SYN-0002',
      group: 'control',
    });
    await h.call('settings-update', { revealed: true });
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect((await h.call<unknown[]>('annotation-list', { transcriptId: t })).length).toBe(3);
  });

  it("refuses writes to another coder's work", async () => {
    await h.call('session-set-coder', { coderId: ids.Ada });
    const [bensAnnotation] = await (async () => {
      await h.call('session-set-coder', { coderId: ids.Ben });
      const list = await h.call<{ id: string }[]>('annotation-list', { transcriptId: t, coderId: ids.Ben });
      await h.call('session-set-coder', { coderId: ids.Ada });
      return list;
    })();
    expect(await h.fail('annotation-delete', { id: bensAnnotation!.id })).toEqual({
      type: 'refused',
      method: 'annotation-delete',
      message: "you are coding as Ada; you cannot change Ben's coding",
    });
    expect(
      (await h.fail('classification-set', { transcriptId: t, coderId: ids.Ben, primary: 'E', subtype: 'E1' })).type,
    ).toBe('refused');
  });

  it("keeps the trainer's key hidden from a trainee until the trainee submits", async () => {
    await h.call('session-set-coder', { coderId: ids.Tess });
    await h.call('settings-update', { trainerMode: true });
    await h.call('training-set-key', { transcriptId: t, coderId: ids.Tess });
    await h.call('session-set-coder', { coderId: ids.Tim });
    await h.call('classification-set', { transcriptId: t, coderId: ids.Tim, primary: 'Ds', subtype: 'Ds1' });
    expect(await h.fail('classification-get', { transcriptId: t, coderId: ids.Tess })).toEqual({
      type: 'refused',
      method: 'classification-get',
      message: "the trainer's key stays hidden until you submit your coding of this transcript",
    });
    expect(
      (await h.call<{ coderId: string }[]>('annotation-list', { transcriptId: t })).map((a) => a.coderId),
    ).not.toContain(ids.Tess);
    await h.call('status-submit', { transcriptId: t, coderId: ids.Tim });
    expect(await h.call('classification-get', { transcriptId: t, coderId: ids.Tess })).toMatchObject({
      primary: 'F',
      subtype: 'F3a',
    });
  });
});
