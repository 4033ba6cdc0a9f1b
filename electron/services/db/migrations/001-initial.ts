/**
 * Schema 1: coders, transcripts (+ sections), codebooks and codes, annotations, events, ratings
 * (+ links to the highlights that justify them), classifications, memos, coding status, trainer keys.
 * Consensus codings are stored under a coder whose role is 'consensus', so the independent
 * codings stay untouched; `origin` and `rationale` record where each consensus item came from and why.
 */
export const migration001 = {
  version: 1,
  name: 'initial',
  sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE coders (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  role TEXT NOT NULL DEFAULT 'coder' CHECK (role IN ('coder', 'lead', 'trainer', 'trainee', 'consensus')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE transcripts (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  words INTEGER NOT NULL,
  source_name TEXT,
  metadata TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(metadata)),
  -- How the text was read (speaker labels, import options), so turns can be found again the same way.
  structure TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(structure)),
  imported_at TEXT NOT NULL
) STRICT;

-- AAI question sections: found at import, editable afterwards.
CREATE TABLE sections (
  id TEXT PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  number INTEGER,
  title TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX sections_by_transcript ON sections (transcript_id, start_offset);

-- Annotation offsets index into the text and its hash identifies it across machines: never change either.
CREATE TRIGGER transcripts_text_immutable BEFORE UPDATE OF text, hash ON transcripts
WHEN NEW.text IS NOT OLD.text OR NEW.hash IS NOT OLD.hash
BEGIN
  SELECT RAISE(ABORT, 'transcript text is immutable after import');
END;

CREATE TABLE codebooks (
  key TEXT PRIMARY KEY,                -- "<id>@<version>"
  id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version > 0),
  name TEXT NOT NULL,
  definition TEXT NOT NULL CHECK (json_valid(definition)), -- groups, scales, classification scheme
  active INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  UNIQUE (id, version)
) STRICT;
CREATE UNIQUE INDEX codebooks_one_active ON codebooks (active) WHERE active = 1;

CREATE TABLE codes (
  codebook_key TEXT NOT NULL REFERENCES codebooks (key) ON DELETE CASCADE,
  id TEXT NOT NULL,
  label TEXT NOT NULL,
  group_id TEXT NOT NULL,
  color TEXT NOT NULL,
  hotkey TEXT,
  description TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  event_linked INTEGER NOT NULL DEFAULT 0 CHECK (event_linked IN (0, 1)),
  PRIMARY KEY (codebook_key, id)
) STRICT;

-- Loss and trauma events a coder lists for a transcript (unresolved scales are rated per event).
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id),
  kind TEXT NOT NULL CHECK (kind IN ('loss', 'trauma')),
  who TEXT NOT NULL DEFAULT '',
  speaker_age TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE annotations (
  id TEXT PRIMARY KEY,
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id),
  codebook_key TEXT NOT NULL,
  code_id TEXT NOT NULL,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
  note TEXT NOT NULL DEFAULT '',
  severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 1 AND 3),
  event_id TEXT REFERENCES events (id) ON DELETE SET NULL,
  origin TEXT,                          -- consensus: JSON naming the coding(s) it was accepted from
  rationale TEXT NOT NULL DEFAULT '',   -- consensus: why
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (codebook_key, code_id) REFERENCES codes (codebook_key, id)
) STRICT;
CREATE INDEX annotations_by_transcript ON annotations (transcript_id, coder_id, start_offset);

CREATE TABLE ratings (
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id),
  codebook_key TEXT NOT NULL REFERENCES codebooks (key),
  scale_id TEXT NOT NULL,
  target TEXT NOT NULL,                -- mother | father | other | transcript | event:<id>
  value REAL,                          -- NULL together with not_rateable = 1
  not_rateable INTEGER NOT NULL DEFAULT 0 CHECK (not_rateable IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  origin TEXT,
  rationale TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (transcript_id, coder_id, scale_id, target),
  CHECK ((value IS NULL) = (not_rateable = 1))
) STRICT;

-- The highlights that justify a rating (clicking a link jumps to the passage).
CREATE TABLE rating_links (
  transcript_id TEXT NOT NULL,
  coder_id TEXT NOT NULL,
  scale_id TEXT NOT NULL,
  target TEXT NOT NULL,
  annotation_id TEXT NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  PRIMARY KEY (transcript_id, coder_id, scale_id, target, annotation_id),
  FOREIGN KEY (transcript_id, coder_id, scale_id, target) REFERENCES ratings (transcript_id, coder_id, scale_id, target) ON DELETE CASCADE
) STRICT;

CREATE TABLE classifications (
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id),
  codebook_key TEXT NOT NULL REFERENCES codebooks (key),
  primary_category TEXT NOT NULL,
  subtype TEXT,
  alternative TEXT,
  second_alternative TEXT,
  confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
  forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0, 1)),
  note TEXT NOT NULL DEFAULT '',
  origin TEXT,
  rationale TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (transcript_id, coder_id)
) STRICT;

-- A coder's memo on a whole transcript.
CREATE TABLE memos (
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id),
  text TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (transcript_id, coder_id)
) STRICT;

-- Each coder's progress on each transcript; submitted_at releases a trainer's key to a trainee.
CREATE TABLE coding_status (
  transcript_id TEXT NOT NULL REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id),
  status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'complete')),
  submitted_at TEXT,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (transcript_id, coder_id)
) STRICT;

-- Trainer mode: whose coding is the answer key for a transcript.
CREATE TABLE transcript_keys (
  transcript_id TEXT PRIMARY KEY REFERENCES transcripts (id) ON DELETE CASCADE,
  coder_id TEXT NOT NULL REFERENCES coders (id)
) STRICT;
`,
};
