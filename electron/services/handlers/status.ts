import { ServiceError } from '../service-error.ts';
import type { DomainHandlers } from './types.ts';

export const statusHandlers: DomainHandlers<'status'> = {
  'status-set': async ({ transcriptId, coderId, status }, ctx) => {
    ctx.access.assertCanWrite(coderId);
    return ctx.coding.setStatus(transcriptId, coderId, status);
  },
  'status-submit': async ({ transcriptId, coderId }, ctx) => {
    ctx.access.assertCanWrite(coderId);
    return ctx.coding.setStatus(transcriptId, coderId, 'complete', true);
  },
  'status-list': async ({ coderId }, ctx) => {
    const a = ctx.access;
    if (coderId) {
      // The same answer whether the coder exists or not: a status is part of a coding.
      const why = a.globalHiddenReason(coderId);
      if (why) throw new ServiceError('refused', why);
    }
    const ids = coderId
      ? [coderId]
      : ctx.project
          .listCoders()
          .filter((c) => c.role !== 'consensus')
          .map((c) => c.id);
    return ctx.coding.listStatuses(ids).filter((s) => a.canSee(s.coderId, s.transcriptId));
  },
};
