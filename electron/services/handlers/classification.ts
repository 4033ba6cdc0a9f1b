import type { DomainHandlers } from './types.ts';

export const classificationHandlers: DomainHandlers<'classification'> = {
  'classification-get': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertCanSee(coderId, transcriptId);
    return ctx.coding.getClassification(transcriptId, coderId);
  },
  'classification-set': async (a, ctx) => {
    ctx.access.assertCanWrite(a.coderId);
    return ctx.coding.setClassification(a);
  },
  'classification-clear': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertCanWrite(coderId);
    ctx.coding.clearClassification(transcriptId, coderId);
    return null;
  },
};
