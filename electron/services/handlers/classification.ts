import { clearClassificationAudited, setClassificationAudited } from '../audited-coding.ts';
import type { DomainHandlers } from './types.ts';

export const classificationHandlers: DomainHandlers<'classification'> = {
  'classification-get': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertCanSee(coderId, transcriptId);
    return ctx.coding.getClassification(transcriptId, coderId);
  },
  'classification-set': async (a, ctx) => {
    ctx.access.assertCanWrite(a.coderId);
    return setClassificationAudited(ctx, a);
  },
  'classification-clear': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertCanWrite(coderId);
    clearClassificationAudited(ctx, { transcriptId, coderId });
    return null;
  },
};
