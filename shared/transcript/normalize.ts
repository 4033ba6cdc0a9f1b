/**
 * Transcript text normalisation, applied ONCE at import, before the text is hashed and stored.
 * After import the text is immutable: annotation offsets index into it and its SHA-256 identifies the
 * transcript on every coder's machine. So this function must be deterministic and idempotent
 * (normalize(normalize(x)) === normalize(x)); changing its rules changes hashes of future imports only.
 *
 * Choices (each one either removes invisible layout noise or makes matching reliable; nothing a
 * reader would see as speech is changed):
 * - Byte-order marks (U+FEFF) are removed wherever they occur (a BOM mid-text is a concatenation artefact).
 * - Line ends: CRLF, lone CR, U+2028/U+2029, vertical tab (Word's manual line break in some exports)
 *   and form feed (page break) all become LF.
 * - Unicode NFC, so "Zoë" typed with a combining diaeresis and with a precomposed ë are the same text
 *   (and the same hash on every machine).
 * - Non-breaking and other fixed-width spaces (U+00A0, U+2000–U+200A, U+202F, U+205F) become a plain
 *   space; the non-breaking hyphen U+2011 becomes "-". Otherwise names like "Mrs\u00A0Smith" or
 *   "O'Brien\u2011Smith" would escape whole-word pseudonymisation.
 * - Invisible characters are removed: soft hyphen U+00AD, zero-width space U+200B, word joiner U+2060,
 *   and C0/C1 control characters other than LF and tab. Zero-width (non-)joiners U+200C/U+200D and
 *   bidi marks are KEPT: they carry meaning in some scripts and emoji.
 * - Tabs become a single space (Word uses them for hanging indents after speaker labels).
 * - Quotes and dashes are KEPT as typed (smart quotes, en/em dashes): they are part of the transcript
 *   as the transcriber wrote it, and pseudonymisation handles both ' and ’ in possessives.
 * - Trailing spaces on every line are removed; runs of blank lines collapse to one blank line
 *   (Word documents use empty paragraphs for spacing); leading blank lines and all trailing
 *   whitespace at the end of the text are removed, so the text never ends with a newline.
 * - Spaces inside a line are not collapsed: the transcriber may have meant them.
 */
export function normalizeTranscriptText(raw: string): string {
  let t = raw;
  t = t.replace(/\uFEFF/g, '');
  // eslint-disable-next-line no-control-regex
  t = t.replace(/\r\n?|[\u2028\u2029\u000B\u000C]/g, '\n');
  t = t.replace(/\t/g, ' ');
  t = t.replace(/[\u00A0\u2000-\u200A\u202F\u205F]/g, ' ');
  t = t.replace(/\u2011/g, '-');
  // Removal happens BEFORE NFC: removing a soft hyphen between a letter and a combining mark
  // can create a new composable pair, and NFC must see the final sequence for idempotence.
  // eslint-disable-next-line no-control-regex
  t = t.replace(/[\u00AD\u200B\u2060\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '');
  t = t.normalize('NFC');
  t = t.replace(/ +$/gm, '');
  t = t.replace(/\n{3,}/g, '\n\n');
  t = t.replace(/^\n+/, '');
  t = t.replace(/\s+$/, '');
  return t;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Number of words: maximal runs of letters/digits, with inner apostrophes and hyphens joining parts
 * ("don't", "O'Brien", "mother-in-law" are one word each). Speaker labels and transcriber marks
 * count as the words they contain ("I:" is one word, "{{laughs}}" is one word).
 */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) n++;
  return n;
}
