/**
 * Schema 6: each transcript's length in UTF-16 code units (what offsets count), stored when it is
 * imported. Agreement and the transcript list needed it for every transcript on every call, and
 * measuring it meant scanning all the text (a quarter of a second at 600 transcripts). NULL where a
 * row was written without it (a package's copied rows): readers fall back to measuring the text.
 */
export const migration006 = {
  version: 6,
  name: 'transcript-characters',
  sql: `
ALTER TABLE transcripts ADD COLUMN characters INTEGER CHECK (characters IS NULL OR characters >= 0);
UPDATE transcripts SET characters =
  CASE WHEN text GLOB '*[𐀀-\u{10FFFF}]*' THEN utf16_length(text) ELSE length(text) END;
`,
};
