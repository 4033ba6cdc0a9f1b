/**
 * The rules every stored text shares (transcripts, notes, memos, names, titles), wherever it came from:
 * an import, a coding file, the API. SQLite stores UTF-8, so a lone UTF-16 surrogate cannot survive a
 * round trip (it comes back as three U+FFFD and shifts every later offset): it becomes one U+FFFD here,
 * before anything is hashed or stored. NUL is never stored (SQL `length()` and C strings stop at it), nor
 * are other control characters except line feed and tab. The bidi embedding, override and isolate
 * controls (U+202A–U+202E, U+2066–U+2069) are removed: invisible, they can make text read differently
 * from how it is stored ("Trojan Source").
 */

export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Lone surrogates as U+FFFD: the text's UTF-16 length and offsets then survive storage unchanged. */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

export function countLoneSurrogates(text: string): number {
  return text.match(LONE_SURROGATE)?.length ?? 0;
}

export function countBidiControls(text: string): number {
  return text.match(BIDI_CONTROLS)?.length ?? 0;
}

/**
 * A note, memo or other free text as stored: well-formed UTF-16, LF line ends, no NUL or other control
 * characters (tab and line feed kept), no bidi controls, Unicode NFC. Idempotent.
 */
export function cleanText(text: string): string {
  return replaceLoneSurrogates(text)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '')
    .normalize('NFC');
}

/** A one-line text (titles, labels): cleanText, with line breaks and tabs as spaces. */
export function cleanLine(text: string): string {
  return cleanText(text).replace(/[\n\t]/g, ' ');
}
