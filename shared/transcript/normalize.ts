import { BIDI_CONTROLS, countBidiControls, countLoneSurrogates, replaceLoneSurrogates } from '../text/clean-text.ts';

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
 *   and C0/C1 control characters other than LF and tab (so NUL never reaches the database). Zero-width
 *   (non-)joiners U+200C/U+200D and the bidi marks U+200E/U+200F are KEPT: they carry meaning in some
 *   scripts and emoji. The bidi embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069)
 *   are removed: they make text display differently from how it is stored.
 * - Lone UTF-16 surrogates (from a damaged RTF `\u-10240?`, an ODT `&#xD800;`, or API text) become
 *   U+FFFD first: SQLite stores UTF-8, where a lone surrogate cannot exist, so it would come back as three
 *   U+FFFD and break both the offsets and the hash. The import preview says how many were replaced.
 * - Tabs become a single space (Word uses them for hanging indents after speaker labels).
 * - Quotes and dashes are KEPT as typed (smart quotes, en/em dashes): they are part of the transcript
 *   as the transcriber wrote it, and pseudonymisation handles both ' and ’ in possessives.
 * - Trailing spaces on every line are removed; runs of blank lines collapse to one blank line
 *   (Word documents use empty paragraphs for spacing); leading blank lines and all trailing
 *   whitespace at the end of the text are removed, so the text never ends with a newline.
 * - Spaces inside a line are not collapsed: the transcriber may have meant them.
 */
export function normalizeTranscriptText(raw: string): string {
  let t = replaceLoneSurrogates(raw);
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
  t = t.replace(BIDI_CONTROLS, '');
  t = t.normalize('NFC');
  t = t.replace(/ +$/gm, '');
  t = t.replace(/\n{3,}/g, '\n\n');
  t = t.replace(/^\n+/, '');
  t = t.replace(/\s+$/, '');
  return t;
}

/** What normalisation changed that a reader could notice, for the import preview (raw: the decoded text). */
export function normalizationWarnings(raw: string): string[] {
  const warnings: string[] = [];
  const lone = countLoneSurrogates(raw);
  if (lone > 0)
    warnings.push(
      `${lone} broken character${lone === 1 ? '' : 's'} (a lone UTF-16 surrogate, often from a damaged file) ${lone === 1 ? 'was' : 'were'} replaced with � (U+FFFD).`,
    );
  const bidi = countBidiControls(raw);
  if (bidi > 0)
    warnings.push(
      `${bidi} invisible text-direction control${bidi === 1 ? '' : 's'} (U+202A–U+202E, U+2066–U+2069) ${bidi === 1 ? 'was' : 'were'} removed: they make text display differently from how it is stored.`,
    );
  return warnings;
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
