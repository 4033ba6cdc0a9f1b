import { getSharedMemo, listSharedMemos, setSharedMemo } from '../shared-memos.ts';
import type { DomainHandlers } from './types.ts';

export const memoHandlers: DomainHandlers<'memo'> = {
  'memo-get': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertCanSee(coderId, transcriptId);
    return ctx.coding.getMemo(transcriptId, coderId);
  },
  'memo-set': async ({ transcriptId, coderId, text }, ctx) => {
    ctx.access.assertCanWrite(coderId);
    return ctx.coding.setMemo(transcriptId, coderId, text);
  },
  'memo-get-shared': async (r, ctx) => getSharedMemo(ctx, r),
  'memo-set-shared': async (r, ctx) => setSharedMemo(ctx, r),
  'memo-list-shared': async (_, ctx) => listSharedMemos(ctx),
};
