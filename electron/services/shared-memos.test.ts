import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SharedMemo } from '../../shared/api/memo.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

describe('project and code memos', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    h = await servicesWithProject();
    for (const [name, role] of [
      ['Lead', 'lead'],
      ['Ada', 'coder'],
    ] as const)
      ids[name] = (await h.call<{ id: string }>('coder-create', { name, role })).id;
  });
  afterEach(() => h.done());

  it('a lead writes them, everyone reads them, an empty text removes one', async () => {
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('memo-set-shared', { scope: 'project', text: 'Pilot: code Q1–Q9 only.' });
    const code = await h.call<SharedMemo>('memo-set-shared', {
      scope: 'code',
      codeId: 'derogation',
      text: 'Anchor: "waste of space".',
    });
    expect(code).toMatchObject({ scope: 'code', codeId: 'derogation', updatedBy: 'Lead' });
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(await h.call('memo-get-shared', { scope: 'code', codeId: 'derogation' })).toMatchObject({
      text: 'Anchor: "waste of space".',
    });
    expect((await h.call<SharedMemo[]>('memo-list-shared', {})).map((m) => m.scope)).toEqual(['project', 'code']);
    expect(await h.fail('memo-set-shared', { scope: 'project', text: 'x' })).toMatchObject({
      type: 'refused',
      message: 'editing the project memo needs a lead or trainer as the acting coder',
    });
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('memo-set-shared', { scope: 'project', text: '' });
    expect(await h.call('memo-get-shared', { scope: 'project' })).toMatchObject({ text: '', updatedAt: null });
  });

  it('refuses an unknown code and a malformed request, writing nothing', async () => {
    expect(await h.fail('memo-set-shared', { scope: 'code', codeId: 'nope', text: 'x' })).toMatchObject({
      type: 'not-found',
    });
    expect((await h.fail('memo-set-shared', { scope: 'code', text: 'x' })).type).toBe('validation');
    expect(await h.call('memo-list-shared', {})).toEqual([]);
  });
});
