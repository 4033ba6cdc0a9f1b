import { BIDI_CONTROLS, LONE_SURROGATE } from '../text/clean-text.ts';
import { normalizeTranscriptText } from './normalize.ts';

/**
 * The normalisation of normalize.ts, step by step, keeping track of where every position of the raw
 * text lands in the normalised one. Selections made on another program's copy of a text (REFI-QDA
 * imports) are carried onto the stored text through this map, never guessed.
 *
 * `map[i]` is the normalised offset of raw offset i (UTF-16 units, 0..raw.length). `exact[i]` is 0 when
 * raw offset i falls inside something normalisation changed into other characters (between the CR and LF
 * of a CRLF, inside a letter and the accent NFC joins to it): such a boundary has no counterpart.
 */
export interface NormalizedWithMap {
  text: string;
  map: Int32Array;
  exact: Uint8Array;
}

interface Step {
  text: string;
  map: Int32Array;
  exact: Uint8Array;
}

function identityStep(text: string): Step {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map, exact: new Uint8Array(text.length + 1).fill(1) };
}

/** Replace every match of `re` (global) by `to(match)`, mapping offsets. */
function replaceMapped(text: string, re: RegExp, to: (m: string) => string): Step {
  const map = new Int32Array(text.length + 1);
  const exact = new Uint8Array(text.length + 1).fill(1);
  const out: string[] = [];
  let outLen = 0;
  let last = 0;
  const copy = (from: number, until: number) => {
    for (let i = from; i < until; i++) map[i] = outLen + (i - from);
    out.push(text.slice(from, until));
    outLen += until - from;
  };
  for (const m of text.matchAll(re)) {
    const s = m.index;
    const e = s + m[0].length;
    if (e === s) continue;
    copy(last, s);
    const r = to(m[0]);
    for (let k = 0; k < e - s; k++) {
      if (r.length === e - s) map[s + k] = outLen + k;
      else if (r === '' || m[0].startsWith(r)) map[s + k] = outLen + Math.min(k, r.length);
      else {
        map[s + k] = outLen;
        if (k > 0) exact[s + k] = 0;
      }
    }
    out.push(r);
    outLen += r.length;
    last = e;
  }
  copy(last, text.length);
  map[text.length] = outLen;
  return { text: out.join(''), map, exact };
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** NFC one grapheme cluster at a time (composition never crosses a cluster), so offsets can be mapped. */
function nfcMapped(text: string): Step | null {
  // Most text is already NFC: nothing moves, and segmenting megabytes into graphemes is not needed.
  if (text.normalize('NFC') === text) return identityStep(text);
  const map = new Int32Array(text.length + 1);
  const exact = new Uint8Array(text.length + 1).fill(1);
  const out: string[] = [];
  let outLen = 0;
  for (const { segment, index } of graphemes.segment(text)) {
    const n = segment.normalize('NFC');
    for (let k = 0; k < segment.length; k++) {
      if (n === segment) map[index + k] = outLen + k;
      else {
        map[index + k] = outLen;
        if (k > 0) exact[index + k] = 0;
      }
    }
    out.push(n);
    outLen += n.length;
  }
  map[text.length] = outLen;
  const result = out.join('');
  return result === text.normalize('NFC') ? { text: result, map, exact } : null;
}

function compose(a: Step, b: Step): Step {
  const map = new Int32Array(a.map.length);
  const exact = new Uint8Array(a.map.length);
  for (let i = 0; i < a.map.length; i++) {
    const mid = a.map[i] as number;
    map[i] = b.map[mid] as number;
    exact[i] = a.exact[i] && b.exact[mid] ? 1 : 0;
  }
  return { text: b.text, map, exact };
}

/**
 * normalizeTranscriptText with an offset map. Returns null in the (theoretical) case that the stepwise
 * result differs from normalizeTranscriptText: then nothing can be mapped and the caller says so.
 */
export function normalizeWithMap(raw: string): NormalizedWithMap | null {
  const steps: ((t: string) => Step | null)[] = [
    (t) => replaceMapped(t, LONE_SURROGATE, () => '\uFFFD'),
    (t) => replaceMapped(t, /\uFEFF/g, () => ''),
    // eslint-disable-next-line no-control-regex
    (t) => replaceMapped(t, /\r\n?|[\u2028\u2029\u000B\u000C]/g, () => '\n'),
    (t) => replaceMapped(t, /\t/g, () => ' '),
    (t) => replaceMapped(t, /[\u00A0\u2000-\u200A\u202F\u205F]/g, () => ' '),
    (t) => replaceMapped(t, /\u2011/g, () => '-'),
    // eslint-disable-next-line no-control-regex
    (t) => replaceMapped(t, /[\u00AD\u200B\u2060\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, () => ''),
    (t) => replaceMapped(t, BIDI_CONTROLS, () => ''),
    nfcMapped,
    (t) => replaceMapped(t, / +$/gm, () => ''),
    (t) => replaceMapped(t, /\n{3,}/g, () => '\n\n'),
    (t) => replaceMapped(t, /^\n+/g, () => ''),
    (t) => replaceMapped(t, /\s+$/g, () => ''),
  ];
  let acc: Step = identityStep(raw);
  for (const step of steps) {
    const next = step(acc.text);
    if (!next) return null;
    acc = compose(acc, next);
  }
  return acc.text === normalizeTranscriptText(raw) ? acc : null;
}

/** Where a raw span [start, end) lands in the normalised text, or why it cannot be carried over. */
export function mapSpan(
  n: NormalizedWithMap,
  start: number,
  end: number,
): { ok: true; start: number; end: number } | { ok: false; why: string } {
  if (!n.exact[start] || !n.exact[end])
    return {
      ok: false,
      why: 'it begins or ends inside characters that normalisation joins (a line break written as CR LF, or a letter and its accent)',
    };
  const s = n.map[start] as number;
  const e = n.map[end] as number;
  if (e <= s)
    return {
      ok: false,
      why: 'it covers only characters that normalisation removes (spaces, blank lines or invisible characters)',
    };
  return { ok: true, start: s, end: e };
}

/** UTF-16 offsets of every code point boundary: `units[cp]` for cp in 0..codePoints. */
export function codePointOffsets(text: string): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < text.length;) {
    out.push(i);
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  out.push(text.length);
  return Int32Array.from(out);
}

/** Code point index of every UTF-16 offset (an offset inside a surrogate pair counts as its pair's start). */
export function utf16ToCodePoints(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    out[i] = cp;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) out[++i] = cp;
    cp++;
  }
  out[text.length] = cp;
  return out;
}
