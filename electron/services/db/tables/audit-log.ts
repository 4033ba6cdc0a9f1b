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

export function insertAuditEntry(
  db: Db,
  a: { at: string; action: string; actorId: string | null; subjectId: string | null; detail: string },
): void {
  db.run(
    'INSERT INTO audit_log (at, action, actor_id, subject_id, detail) VALUES (@at, @action, @actorId, @subjectId, @detail)',
    a,
  );
}

/** Newest first; subjects are named when they are coders. */
export function listAuditEntries(db: Db, a: { action: string | null; limit: number }): AuditEntry[] {
  return db
    .all<AuditRow>(
      `SELECT l.id, l.at, l.action, l.actor_id, actor.name AS actor_name, l.subject_id, subject.name AS subject_name, l.detail
       FROM audit_log l
       LEFT JOIN coders actor ON actor.id = l.actor_id
       LEFT JOIN coders subject ON subject.id = l.subject_id
       WHERE @action IS NULL OR l.action = @action
       ORDER BY l.at DESC, l.id DESC
       LIMIT @limit`,
      a,
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
