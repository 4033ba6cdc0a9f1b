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
};
