import type { AuditAction } from '../../shared/api/audit.ts';
import type { Db } from './db/database.ts';
import * as auditLog from './db/tables/audit-log.ts';

/**
 * Appends one entry to the audit log. Call it inside the transaction that makes the change, so the
 * entry exists exactly when the change does. `detail` holds ids, names and values, never transcript text.
 */
export function recordAudit(
  db: Db,
  a: { action: AuditAction; actorId: string | null; subjectId?: string | null; detail?: Record<string, string> },
): void {
  auditLog.insertAuditEntry(db, {
    at: new Date().toISOString(),
    action: a.action,
    actorId: a.actorId,
    subjectId: a.subjectId ?? null,
    detail: JSON.stringify(a.detail ?? {}),
  });
}
