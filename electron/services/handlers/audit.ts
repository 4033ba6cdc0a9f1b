import * as auditLog from '../db/tables/audit-log.ts';
import type { DomainHandlers } from './types.ts';

export const auditHandlers: DomainHandlers<'audit'> = {
  'audit-list': async ({ action, coderId, limit }, ctx) =>
    auditLog.listAuditEntries(ctx.project.db, { action: action ?? null, actorId: coderId ?? null, limit }),
};
