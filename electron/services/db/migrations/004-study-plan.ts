/**
 * Schema 4: a reliability study's plan and the codings returned for it.
 *
 * `study_plan` holds the one plan a project has (how it was drawn, so the same seed redraws it);
 * `study_assignments` says who codes which transcript, `position` 0 being the primary coder and 1 the
 * second coder of a double-coded (reliability) transcript. `coding_returns` records each
 * `.attune-coding` file a coder returned for a transcript (by the file's SHA-256), so progress can say
 * "returned" apart from the coder's own status.
 */
export const migration004 = {
  version: 4,
  name: 'study-plan',
  sql: `
CREATE TABLE study_plan (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seed INTEGER NOT NULL,
  overlap REAL NOT NULL CHECK (overlap >= 0 AND overlap <= 1),
  stratify TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES coders (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE study_assignments (
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (transcript_id, coder_id),
  UNIQUE (transcript_id, position)
) STRICT;
CREATE INDEX study_assignments_by_coder ON study_assignments (coder_id);

CREATE TABLE coding_returns (
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id) ON DELETE CASCADE,
  returned_at TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  PRIMARY KEY (transcript_id, coder_id)
) STRICT;
`,
};
