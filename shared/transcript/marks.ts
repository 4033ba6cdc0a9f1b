import { DEFAULT_SPEAKER_PATTERNS } from './turns.ts';

/**
 * Transcriber marks: non-speech annotations the transcriber put into the text. They stay in the text
 * (offsets must not move) and are only recognised so the UI can show them distinctly.
 */
export type MarkKind = 'transcriber-note' | 'pause' | 'inaudible' | 'timestamp' | 'interjection' | 'sic';

export interface TranscriberMark {
  /** UTF-16 offsets into the text, half-open, including the brackets. */
  start: number;
  end: number;
  kind: MarkKind;
  /** The mark exactly as it appears in the text, brackets included. */
  text: string;
}

export interface DetectMarksOptions {
  /**
   * Speaker labels recognised in parenthesised interjections such as `(I: mm-hm)`.
   * Defaults to the labels of DEFAULT_SPEAKER_PATTERNS.
   */
  labels?: string[];
}

/** A mark never spans lines and is at most this long, which keeps detection linear. */
const MAX_MARK_LENGTH = 300;

const TIMESTAMP = /^\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?$/;
const SIC = /^sic!?$/i;
const PAUSE =
  /^(?:(?:(?:very\s+)?long|short|brief|slight)\s+)?(?:pause|silence)\b|^\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?)\.?(?:\s+(?:pause|silence))?$/i;
const INAUDIBLE = /^(?:inaudible|unclear|unintelligible|indecipherable|incomprehensible)\b/i;
/** Non-speech events commonly written in (…) or […]; braces {{…}} are always notes. */
const NOTE_VOCABULARY = new RegExp(
  '^(?:' +
    [
      'laugh(?:s|ing|ter)?',
      'chuckles?',
      'giggles?',
      'cry(?:ing)?',
      'cries',
      'sob(?:s|bing)?',
      'tearful',
      'in tears',
      'sigh(?:s|ing)?',
      'cough(?:s|ing)?',
      'clears throat',
      'sniff(?:s|ing|les)?',
      'cross-?talk',
      'overlap(?:ping)?(?: speech)?',
      'both speaking',
      'speaking together',
      'interrupt(?:s|ed|ion)?',
      'whisper(?:s|ing)?',
      '(?:background )?noise',
      'phone ring(?:s|ing)?',
      'knock(?:s|ing)?(?: at door)?',
      'recording (?:paused|stopped|resumed|ends)',
      'tape (?:stops|ends|resumes)',
      'end of (?:tape|recording)',
      'emphasis',
      'gestures?',
      'nods?',
      'shakes head',
      'shrugs?',
      'transcriber',
      'tn\\b',
      'note\\b',
    ].join('|') +
    ')\\b',
  'iu',
);

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function interjectionRegex(labels: string[]): RegExp {
  const alts = [...new Set(labels.map((l) => l.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  if (alts.length === 0) return /(?!)/;
  return new RegExp(`^(?:${alts.join('|')})[ \\t]*:`, 'iu');
}

function classify(content: string, bracket: '{' | '[' | '(', interjection: RegExp): MarkKind | null {
  const c = content.trim();
  if (c.length === 0) return bracket === '{' ? 'transcriber-note' : null;
  if (TIMESTAMP.test(c)) return 'timestamp';
  if (SIC.test(c)) return 'sic';
  if (PAUSE.test(c)) return 'pause';
  if (INAUDIBLE.test(c)) return 'inaudible';
  if (bracket === '(' && interjection.test(c)) return 'interjection';
  if (bracket === '{') return 'transcriber-note';
  if (NOTE_VOCABULARY.test(c)) return 'transcriber-note';
  return null;
}

/**
 * Find transcriber marks, left to right, never overlapping:
 * - `{{…}}` → 'transcriber-note' (or 'sic', 'pause', 'inaudible', 'timestamp' by content);
 * - `(pause 6 sec)`, `[pause 25 sec]`, `(long pause)`, `(6 sec)` → 'pause';
 * - `[inaudible 00:31:12]`, `(unclear)` → 'inaudible';
 * - `[00:31:12]`, `(12:05)` → 'timestamp';
 * - `[sic]`, `(sic)` → 'sic';
 * - `(I: mm-hm)` with a known speaker label → 'interjection';
 * - `(laughs)`, `[crying]`, `[crosstalk]` and similar non-speech events → 'transcriber-note'.
 * Other bracketed text is left alone: `[MOTHER]` is a pseudonym and `(she said)` is speech.
 * A mark never spans a line break; time is linear in the text length.
 */
export function detectMarks(text: string, options: DetectMarksOptions = {}): TranscriberMark[] {
  const interjection = interjectionRegex(options.labels ?? DEFAULT_SPEAKER_PATTERNS.map((p) => p.label));
  const marks: TranscriberMark[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const ch = text[i];
    if (ch === '{' && text[i + 1] === '{') {
      const close = findClose(text, i + 2, '}}', '{{');
      if (close !== -1) {
        const end = close + 2;
        const kind = classify(text.slice(i + 2, close), '{', interjection);
        if (kind) {
          marks.push({ start: i, end, kind, text: text.slice(i, end) });
          i = end;
          continue;
        }
      }
    } else if (ch === '[' || ch === '(') {
      const closer = ch === '[' ? ']' : ')';
      const close = findClose(text, i + 1, closer, ch);
      if (close !== -1) {
        const end = close + 1;
        const kind = classify(text.slice(i + 1, close), ch, interjection);
        if (kind) {
          marks.push({ start: i, end, kind, text: text.slice(i, end) });
          i = end;
          continue;
        }
      }
    }
    i++;
  }
  return marks;
}

/**
 * Index of `closer` at or after `from`, within MAX_MARK_LENGTH and on the same line, with no new
 * `opener` before it (so the innermost bracket pair wins); -1 otherwise.
 */
function findClose(text: string, from: number, closer: string, opener: string): number {
  const limit = Math.min(text.length, from + MAX_MARK_LENGTH);
  for (let j = from; j < limit; j++) {
    const c = text[j];
    if (c === '\n') return -1;
    if (text.startsWith(closer, j)) return j;
    if (text.startsWith(opener, j)) return -1;
  }
  return -1;
}
