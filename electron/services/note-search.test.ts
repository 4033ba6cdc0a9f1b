import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/api/project.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

const TEXT = 'SYNTHETIC - NOT REAL DATA\nI: Tell me.\nR: She was warm, always there.';

describe('project-search finds highlight notes and memos, never ones the coder may not see', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    h = await servicesWithProject();
    for (const [name, role] of [
      ['Lead', 'lead'],
      ['Ada', 'coder'],
      ['Ben', 'coder'],
    ] as const)
      ids[name] = (await h.call<{ id: string }>('coder-create', { name, role })).id;
    t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0003.txt', text: TEXT })).id;
    for (const who of ['Ada', 'Ben'] as const) {
      await h.call('session-set-coder', { coderId: ids[who] });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ids[who],
        codeId: 'warmth.balanced_forgiving',
        start: TEXT.indexOf('warm'),
        end: TEXT.indexOf('warm') + 4,
        note: `${who}: anchor example of warmth`,
      });
      await h.call('memo-set', { transcriptId: t, coderId: ids[who], text: `${who} thinks: check the anchor list` });
    }
  });
  afterEach(() => h.done());

  it('lists text hits, then notes (opening the highlight) and memos', async () => {
    await h.call('session-set-coder', { coderId: ids.Lead });
    const hits = await h.call<SearchHit[]>('project-search', { query: 'ANCHOR' });
    expect(hits.map((x) => [x.kind, x.context.split(':')[0]])).toEqual([
      ['note', 'Note by Ada on Warmth, balance, forgiveness'],
      ['note', 'Note by Ben on Warmth, balance, forgiveness'],
      ['memo', 'Memo by Ada'],
      ['memo', 'Memo by Ben'],
    ]);
    expect(hits[0]).toMatchObject({ start: TEXT.indexOf('warm'), end: TEXT.indexOf('warm') + 4, line: 3 });
    const warm = await h.call<SearchHit[]>('project-search', { query: 'warm' });
    expect(warm[0]).toMatchObject({ line: 3 });
    expect(warm[0]!.kind).toBeUndefined();
  });

  it('finds the project memo and code memos (every coder reads them), after notes and transcript memos', async () => {
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('memo-set-shared', { scope: 'project', text: 'Convention: mark the ANCHOR phrase only' });
    await h.call('memo-set-shared', {
      scope: 'code',
      codeId: 'warmth.balanced_forgiving',
      text: 'Anchor: "she was warm, always there"',
    });
    await h.call('settings-update', { blindMode: true, hiddenMetadataFields: ['group'] });
    await h.call('session-set-coder', { coderId: ids.Ada });
    const hits = await h.call<SearchHit[]>('project-search', { query: 'anchor' });
    expect(hits.map((x) => x.kind)).toEqual(['note', 'memo', 'project-memo', 'code-memo']);
    expect(hits[2]).toMatchObject({ transcriptId: '', title: 'Project memo', line: 0 });
    expect(hits[2]!.context).toContain('mark the ANCHOR phrase');
    expect(hits[3]).toMatchObject({
      title: 'Memo on “Warmth, balance, forgiveness”',
      codeId: 'warmth.balanced_forgiving',
    });
    // The limit counts them too.
    expect(await h.call<SearchHit[]>('project-search', { query: 'anchor', limit: 3 })).toHaveLength(3);
  });

  it("blind mode: Ada finds her own note and memo, not Ben's", async () => {
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('settings-update', { blindMode: true });
    await h.call('session-set-coder', { coderId: ids.Ada });
    const hits = await h.call<SearchHit[]>('project-search', { query: 'anchor' });
    expect(hits.map((x) => x.context)).toEqual([
      'Note by Ada on Warmth, balance, forgiveness: Ada: anchor example of warmth',
      'Memo by Ada: Ada thinks: check the anchor list',
    ]);
  });
});
