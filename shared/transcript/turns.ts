import { isKnownHeaderKey, looksLikeHeaderValue } from './header-keys.ts';

/**
 * Speaker-turn detection for normalised transcript text (LF line ends; see normalize.ts).
 *
 * A turn is a maximal run of speech from one speaker label at the start of a line to the next.
 * Offsets are UTF-16 code-unit indices into the text (JavaScript string indices), half-open.
 */

export type SpeakerRole = 'interviewer' | 'respondent' | 'other';

export interface SpeakerPattern {
  /** The label as written before the colon, e.g. "I", "SUBJ", "Interviewer". Matched case-insensitively. */
  label: string;
  role: SpeakerRole;
}

export const DEFAULT_SPEAKER_PATTERNS: SpeakerPattern[] = [
  { label: 'I', role: 'interviewer' },
  { label: 'INT', role: 'interviewer' },
  { label: 'Interviewer', role: 'interviewer' },
  { label: 'R', role: 'respondent' },
  { label: 'S', role: 'respondent' },
  { label: 'SUBJ', role: 'respondent' },
  { label: 'Respondent', role: 'respondent' },
  { label: 'Subject', role: 'respondent' },
];

export interface Turn {
  /** Same as labelStart. */
  start: number;
  /** End of the turn's last non-whitespace character before the next label line (or end of text). */
  end: number;
  /** First character of the label itself (after any indentation, timestamp or bold marker). */
  labelStart: number;
  /** Index just after the colon that ends the label. */
  labelEnd: number;
  /** The configured label this line matched (canonical spelling, e.g. "I" for "i:"). */
  speaker: string;
  role: SpeakerRole;
}

export interface DetectTurnsOptions {
  /** More labels, e.g. pseudonymised names ("[MOTHER]") or first names ("Anna"); role 'other'. */
  extraLabels?: string[];
}

function escapeRegExp(s: string): string {
  // Only syntax characters: with the 'u' flag, escaping anything else (e.g. "-") is a SyntaxError.
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface LabelTable {
  regex: RegExp;
  /** lower-cased label -> canonical pattern */
  byKey: Map<string, SpeakerPattern>;
}

function buildLabelTable(patterns: SpeakerPattern[], extraLabels: string[]): LabelTable {
  const byKey = new Map<string, SpeakerPattern>();
  for (const p of patterns) {
    const key = p.label.trim().toLowerCase();
    if (key && !byKey.has(key)) byKey.set(key, { label: p.label.trim(), role: p.role });
  }
  for (const l of extraLabels) {
    const key = l.trim().toLowerCase();
    if (key && !byKey.has(key)) byKey.set(key, { label: l.trim(), role: 'other' });
  }
  // Longest first so "INT" wins over "I" and "Anna Maria" over "Anna" in the alternation.
  const alternatives = [...byKey.values()]
    .map((p) => p.label)
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp);
  const source =
    alternatives.length === 0
      ? '(?!)'
      : // indentation, optional [hh:mm:ss] timestamp, optional markdown bold, LABEL, optional bold, colon
        `^[ \\t]*(?:[\\[(]\\d{1,2}:\\d{2}(?::\\d{2})?[\\])][ \\t]*)?(?:\\*\\*|__)?(${alternatives.join('|')})(?:\\*\\*|__)?[ \\t]*:`;
  return { regex: new RegExp(source, 'diu'), byKey };
}

interface LineInfo {
  start: number;
  /** Index of the '\n' ending the line, or text.length. */
  end: number;
}

function splitLines(text: string): LineInfo[] {
  const lines: LineInfo[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl });
    start = nl + 1;
  }
}

const PLAIN_HEADER_LINE = /^[ \t]*([\p{L}][\p{L}\p{N} ._-]{0,30}?)[ \t]*:[ \t]*(.*)$/u;

function isBlank(s: string): boolean {
  return s.trim().length === 0;
}

/** Index after trimming trailing whitespace in text[from, to), never below `floor`. */
function trimEnd(text: string, floor: number, to: number): number {
  let e = to;
  while (e > floor && /\s/.test(text[e - 1] ?? '')) e--;
  return e;
}

/**
 * Find speaker turns. Labels are recognised only at the start of a line (after optional indentation,
 * an optional `[hh:mm:ss]` timestamp and optional `**`/`__` bold markers), case-insensitively, and
 * must be followed by a colon. Consequences:
 * - parenthesised interjections inside a turn, `(I: mm-hm)`, are not turns;
 * - lines before the first label (the header) are not turns;
 * - a header line such as `Interviewer: XY` whose key is also a speaker label is treated as header,
 *   not as a turn, when it has a short non-speech value and sits in a block of lines with at least one
 *   other header line (`Participant: ...`, `Date: ...`) before any turn has started.
 *
 * Runs in time linear in the text length (one anchored match per line).
 */
export function detectTurns(
  text: string,
  patterns: SpeakerPattern[] = DEFAULT_SPEAKER_PATTERNS,
  options: DetectTurnsOptions = {},
): Turn[] {
  const table = buildLabelTable(patterns, options.extraLabels ?? []);
  const lines = splitLines(text);

  interface LabelHit {
    line: number;
    labelStart: number;
    labelEnd: number;
    pattern: SpeakerPattern;
  }
  const hits: (LabelHit | null)[] = lines.map((ln, i) => {
    const lineText = text.slice(ln.start, ln.end);
    const m = table.regex.exec(lineText);
    if (!m || m[1] === undefined) return null;
    const pattern = table.byKey.get(m[1].toLowerCase());
    if (!pattern) return null;
    const labelOffsetInLine = m.indices?.[1]?.[0] ?? m.index;
    return { line: i, labelStart: ln.start + labelOffsetInLine, labelEnd: ln.start + m.index + m[0].length, pattern };
  });

  // Header handling: before the first turn, a label line that is really a header line is dropped.
  const firstTurnLine = findFirstTurnLine(text, lines, hits);

  const turns: Turn[] = [];
  const accepted = hits.filter((h, i): h is LabelHit => h !== null && i >= firstTurnLine);
  for (let k = 0; k < accepted.length; k++) {
    const h = accepted[k]!;
    const next = accepted[k + 1];
    const boundary = next ? lines[next.line]!.start : text.length;
    turns.push({
      start: h.labelStart,
      end: trimEnd(text, h.labelEnd, boundary),
      labelStart: h.labelStart,
      labelEnd: h.labelEnd,
      speaker: h.pattern.label,
      role: h.pattern.role,
    });
  }
  return turns;
}

function findFirstTurnLine(
  text: string,
  lines: LineInfo[],
  hits: ({ labelEnd: number; pattern: SpeakerPattern } | null)[],
): number {
  // Block id per line: consecutive non-blank lines share a block.
  const blockOf: number[] = [];
  const blockHasPlainHeader: boolean[] = [];
  let block = -1;
  let prevBlank = true;
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i]!;
    const lineText = text.slice(ln.start, ln.end);
    const blank = isBlank(lineText);
    if (!blank && prevBlank) {
      block++;
      blockHasPlainHeader[block] = false;
    }
    prevBlank = blank;
    blockOf[i] = blank ? -1 : block;
    if (!blank && hits[i] === null) {
      const m = PLAIN_HEADER_LINE.exec(lineText);
      if (m && m[1] !== undefined && isKnownHeaderKey(m[1])) blockHasPlainHeader[block] = true;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const h = hits[i];
    if (!h) continue;
    const ln = lines[i]!;
    const value = text.slice(h.labelEnd, ln.end).replace(/^(?:\*\*|__)/, '');
    const b = blockOf[i]!;
    const isHeader =
      isKnownHeaderKey(h.pattern.label) && looksLikeHeaderValue(value) && b >= 0 && blockHasPlainHeader[b] === true;
    if (!isHeader) return i;
  }
  return lines.length;
}
