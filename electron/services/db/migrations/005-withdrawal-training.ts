/**
 * Schema 5: an append-only audit log that outlives the coders it names, and training sets.
 *
 * `audit_log` is rebuilt without its foreign key to `coders` (a withdrawn coder's entries stay) and keeps
 * the acting coder's and a coder subject's names as they were when the entry was written. Triggers
 * refuse every UPDATE and DELETE, so entries can be added and never changed.
 *
 * A training set is a named list of practice transcripts, each with its key (a coder's coding or the
 * consensus record), and the trainees enrolled in it.
 */
export const migration005 = {
  version: 5,
  name: 'withdrawal-training',
  sql: `
CREATE TABLE audit_log_v5 (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  actor_id TEXT,
  actor_name TEXT,
  subject_id TEXT,
  subject_name TEXT,            -- set when the subject is a coder; transcript titles may be participant codes
  detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
) STRICT;
INSERT INTO audit_log_v5 (id, at, action, actor_id, actor_name, subject_id, subject_name, detail)
SELECT l.id, l.at, l.action, l.actor_id, (SELECT name FROM coders WHERE id = l.actor_id),
       l.subject_id, (SELECT name FROM coders WHERE id = l.subject_id), l.detail
FROM audit_log l;
DROP TABLE audit_log;
ALTER TABLE audit_log_v5 RENAME TO audit_log;
CREATE INDEX audit_log_by_action ON audit_log (action, at);
CREATE INDEX audit_log_by_actor ON audit_log (actor_id, at);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only: its entries cannot be changed');
END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only: its entries cannot be deleted');
END;

CREATE TABLE training_sets (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES coders (id) ON DELETE SET NULL
) STRICT;

-- A set's practice transcripts in order; key_coder_id is whose coding is the answer (NULL: none chosen yet).
CREATE TABLE training_set_items (
  set_id TEXT NOT NULL REFERENCES training_sets (id) ON DELETE CASCADE,
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  key_coder_id TEXT REFERENCES coders (id) ON DELETE SET NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (set_id, transcript_id)
) STRICT;
CREATE INDEX training_set_items_by_transcript ON training_set_items (transcript_id);

CREATE TABLE training_enrolments (
  set_id TEXT NOT NULL REFERENCES training_sets (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
  enrolled_at TEXT NOT NULL,
  PRIMARY KEY (set_id, coder_id)
) STRICT;
CREATE INDEX training_enrolments_by_coder ON training_enrolments (coder_id);
`,
};
