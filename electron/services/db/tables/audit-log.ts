import type { AuditEntry } from '../../../../shared/api/audit.ts';
import type { Db } from '../database.ts';

interface AuditRow {
  id: number;
  at: string;
  action: string;
  actor_id: string | null;
  actor_name: string | null;
  subject_id: string | null;
  subject_name: string | null;
  detail: string;
}

/**
 * Appends one entry. The acting coder's name, and the subject's when it is a coder, are stored with the
 * entry, so the log still names a coder after they are deleted (the table has no foreign keys for that).
 */
export function insertAuditEntry(
  db: Db,
  a: { at: string; action: string; actorId: string | null; subjectId: string | null; detail: string },
): void {
  db.run(
    `INSERT INTO audit_log (at, action, actor_id, actor_name, subject_id, subject_name, detail)
     VALUES (@at, @action, @actorId, (SELECT name FROM coders WHERE id = @actorId),
             @subjectId, (SELECT name FROM coders WHERE id = @subjectId), @detail)`,
    a,
  );
}

/** Newest first, optionally one action's or one acting coder's entries. */
export function listAuditEntries(
  db: Db,
  a: { action: string | null; limit: number; actorId?: string | null },
): AuditEntry[] {
  return db
    .all<AuditRow>(
      `SELECT id, at, action, actor_id, actor_name, subject_id, subject_name, detail
       FROM audit_log
       WHERE (@action IS NULL OR action = @action) AND (@actorId IS NULL OR actor_id = @actorId)
       ORDER BY at DESC, id DESC
       LIMIT @limit`,
      { action: a.action, limit: a.limit, actorId: a.actorId ?? null },
    )
    .map((r) => ({
      id: r.id,
      at: r.at,
      action: r.action,
      actorId: r.actor_id,
      actorName: r.actor_name,
      subjectId: r.subject_id,
      subjectName: r.subject_name,
      detail: JSON.parse(r.detail) as Record<string, string>,
    }));
}
