/**
 * Schema 3: an audit log of acts that change who may do what. Its first action is `role-changed`
 * (detail: {"from", "to"}); later actions add rows, not columns, so `action` is free text checked by
 * the code that writes it, and `subject_id` names whatever the action is about (here a coder).
 *
 * Roles are changed by a lead only, and a project's first coder is its lead: a project made before
 * this rule that has no lead gets its first coder (oldest, not the consensus record) as lead, recorded
 * here with no actor.
 */
export const migration003 = {
  version: 3,
  name: 'audit-log',
  sql: `
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  actor_id TEXT REFERENCES coders (id),
  subject_id TEXT,
  detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
) STRICT;
CREATE INDEX audit_log_by_action ON audit_log (action, at);

INSERT INTO audit_log (at, action, actor_id, subject_id, detail)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'role-changed', NULL, id,
       json_object('from', role, 'to', 'lead', 'reason', 'a project''s first coder is its lead')
FROM coders
WHERE role <> 'consensus' AND NOT EXISTS (SELECT 1 FROM coders WHERE role = 'lead')
ORDER BY created_at, rowid -- rowid: insertion order where two coders share a millisecond
LIMIT 1;
UPDATE coders SET role = 'lead'
WHERE id IN (SELECT subject_id FROM audit_log WHERE action = 'role-changed' AND actor_id IS NULL);
`,
};
