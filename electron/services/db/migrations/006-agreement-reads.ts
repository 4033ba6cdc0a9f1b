/**
 * Schema 6, what agreement reads for every transcript on every call:
 * - each transcript's length in UTF-16 code units (what offsets count), stored when it is imported: the
 *   transcript list and agreement measured it from all the text each time (a quarter of a second at 600
 *   transcripts). NULL where a row was written without it (a package's copied rows): readers then measure;
 * - the highlights' index by transcript and coder also holds each span's end and code, so a transcript's
 *   highlights are read from the index alone (half the time at consortium size, more where a project's
 *   highlights were made over months and lie all over the file). It still serves every lookup it served.
 */
export const migration006 = {
  version: 6,
  name: 'agreement-reads',
  sql: `
ALTER TABLE transcripts ADD COLUMN characters INTEGER CHECK (characters IS NULL OR characters >= 0);
UPDATE transcripts SET characters =
  CASE WHEN text GLOB '*[𐀀-\u{10FFFF}]*' THEN utf16_length(text) ELSE length(text) END;
DROP INDEX annotations_by_transcript;
CREATE INDEX annotations_by_transcript ON annotations (transcript_id, coder_id, start_offset, end_offset, code_id);
`,
};
