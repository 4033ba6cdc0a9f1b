import type { Turn } from './turns.ts';

/**
 * AAI question sections. Suggested at import and editable afterwards, so the heuristics aim to be
 * right on common lab conventions and easy to correct, not perfect.
 *
 * Two sources, in order of preference:
 * 1. Numbered questions: `3.`, `12)`, `Q1`, `Q 4:`, `Question 3:` at the start of an interviewer turn
 *    (`I: 3. Could you…`), or on a line of their own (`3. Adjectives – mother`, `**Q5**`).
 *    Numbers must increase; gaps are fine (a skipped question), repeats and jumps back are ignored.
 *    The question count is never assumed (protocol versions number 18 or 20 questions).
 * 2. When fewer than two numbered questions are found: interviewer turns that match a paraphrased AAI
 *    prompt topic (DEFAULT_PROMPT_TOPICS), in protocol order; such sections have `number: null`.
 *    They are used if they find more sections than the numbers did (an excerpt with a single
 *    numbered question keeps its number).
 *
 * A section runs from its heading (or the interviewer label) to the start of the next section, or the
 * end of the text, trailing whitespace excluded. Text before the first section is in no section.
 */
export interface Section {
  start: number;
  end: number;
  number: number | null;
  title: string;
}

export interface PromptTopic {
  title: string;
  /** Tested against the first few hundred characters of an interviewer turn. */
  pattern: RegExp;
}

/** Paraphrased topics of the AAI protocol, in interview order. Not the protocol wording. */
export const DEFAULT_PROMPT_TOPICS: PromptTopic[] = [
  { title: 'Family background', pattern: /\b(?:family|grow(?:ing)? up|grew up|where you lived)\b/i },
  {
    title: 'Early relationship with parents',
    pattern: /\brelationship with (?:your|both)(?: \w+)? parents\b|\bdescribe your relationship\b/i,
  },
  {
    title: 'Adjectives – mother',
    pattern: /\b(?:adjectives?|words)\b[^]*\b(?:mother|mum|mom)\b|\b(?:mother|mum|mom)\b[^]*\badjectives?\b/i,
  },
  {
    title: 'Adjectives – father',
    pattern: /\b(?:adjectives?|words)\b[^]*\b(?:father|dad)\b|\b(?:father|dad)\b[^]*\badjectives?\b/i,
  },
  { title: 'Closer parent', pattern: /\bcloser to\b|\bfelt closest\b|\bclosest to\b/i },
  { title: 'When upset as a child', pattern: /\bupset\b|\bhurt yourself\b|\bwhen you were ill\b/i },
  {
    title: 'First separation',
    pattern: /\bfirst (?:time you were )?separat|\bseparated from your parents\b|\baway from your parents\b/i,
  },
  { title: 'Feeling rejected', pattern: /\breject/i },
  { title: 'Threats and abuse', pattern: /\bthreat|\babuse|\bdiscipline\b/i },
  {
    title: 'Effects on adult personality',
    pattern:
      /\baffected your (?:adult )?personality\b|\baffect(?:ed)? you as an adult\b|\beffects? on (?:your )?adult\b/i,
  },
  {
    title: 'Why parents behaved as they did',
    pattern: /\bwhy (?:do you think )?(?:your )?parents (?:behaved|acted)\b|\bwhy do you think they behaved\b/i,
  },
  { title: 'Other close adults', pattern: /\bother adults?\b|\blike (?:a )?parents? to you\b/i },
  { title: 'Loss', pattern: /\b(?:lose|lost|loss|died|death|passed away)\b/i },
  { title: 'Other traumatic experiences', pattern: /\bfrighten|\btraumati|\boverwhelming\b|\bterrif/i },
  {
    title: 'Changes in relationship with parents',
    pattern: /\bchanges? in (?:your|the) relationship\b|\brelationship (?:has )?changed\b/i,
  },
  {
    title: 'Relationship with parents now',
    pattern:
      /\brelationship with your parents (?:now|like now|these days|currently)\b|\bwhat is your relationship with your parents like\b/i,
  },
  {
    title: 'Separating from own child',
    pattern: /\bseparat\w* from your (?:child|son|daughter|children)\b|\bleave your (?:child|son|daughter|children)\b/i,
  },
  { title: 'Three wishes for own child', pattern: /\bthree wishes\b|\bwishes for your (?:child|son|daughter)\b/i },
  {
    title: 'What was learned from childhood',
    pattern: /\blearn(?:ed|t)? from your (?:own )?(?:childhood|experiences?)\b/i,
  },
  {
    title: 'What own child learned',
    pattern: /\bhope your (?:child|children|son|daughter) (?:might )?(?:have )?learn/i,
  },
];

export interface DetectSectionsOptions {
  /** Topics for the un-numbered fallback; defaults to DEFAULT_PROMPT_TOPICS. */
  topics?: PromptTopic[];
}

interface Candidate {
  start: number;
  number: number;
  title: string;
}

const BOLD = /^(?:\*\*|__)/;
/** A number token at the start of a string: Q1 / Q 1: / Question 3: / 3. / 12) */
const NUMBER_TOKEN =
  /^(?:\*\*|__)?(?:(?:Q|Question)[ \t]*\.?[ \t]*(\d{1,2})(?![\d\p{L}])(?:\*\*|__)?[ \t]*[.):–—-]?|(\d{1,2})(?:\*\*|__)?[ \t]*[.)](?:\*\*|__)?)/iu;
const MAX_TITLE = 80;
/** How many topics the fallback may skip ahead (skipped questions) when matching a prompt. */
const TOPIC_LOOKAHEAD = 10;

function shortTitle(s: string): string {
  const clean = s
    .replace(/\s+/g, ' ')
    .replace(/^(?:\*\*|__)|(?:\*\*|__)$/g, '')
    .trim();
  const sentence = /^[^]*?[.?!](?=\s|$)/.exec(clean)?.[0] ?? clean;
  if (sentence.length <= MAX_TITLE) return sentence;
  const cut = sentence.slice(0, MAX_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > 20 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function lineAt(text: string, pos: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl === -1 ? text.length : nl };
}

export function detectSections(text: string, turns: Turn[], options: DetectSectionsOptions = {}): Section[] {
  const numbered = acceptIncreasing(numberedCandidates(text, turns)).map((c) => ({
    start: c.start,
    number: c.number as number | null,
    title: c.title,
  }));
  // Whichever source explains more of the interview wins; numbers win ties (they are explicit).
  const topics = numbered.length >= 2 ? [] : topicCandidates(text, turns, options.topics ?? DEFAULT_PROMPT_TOPICS);
  const sections = topics.length > numbered.length ? topics : numbered;
  return sections.map((s, i) => {
    const next = sections[i + 1];
    let end = next ? next.start : text.length;
    while (end > s.start && /\s/.test(text[end - 1] ?? '')) end--;
    return { start: s.start, end, number: s.number, title: s.title };
  });
}

function numberedCandidates(text: string, turns: Turn[]): Candidate[] {
  const out: Candidate[] = [];
  // Which turn (if any) covers each label line, to judge own-line headings.
  const labelLineStarts = new Map<number, Turn>();
  for (const t of turns) labelLineStarts.set(lineAt(text, t.labelStart).start, t);

  // 1. Numbers at the start of an interviewer turn.
  for (const t of turns) {
    if (t.role !== 'interviewer') continue;
    const bodyStart = skipSpace(text, t.labelEnd, t.end);
    const body = text.slice(bodyStart, Math.min(t.end, bodyStart + 400));
    const m = NUMBER_TOKEN.exec(body);
    if (!m) continue;
    const n = Number(m[1] ?? m[2]);
    const rest = body.slice(m[0].length);
    if (m[2] !== undefined && !/^\s/.test(rest)) continue; // "3.5 years" is not a question number
    out.push({ start: t.start, number: n, title: shortTitle(rest) || `Question ${n}` });
  }

  // 2. Numbers on a line of their own (not a speaker-label line).
  let turnIdx = 0;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    if (!labelLineStarts.has(pos)) {
      const indent = skipSpace(text, pos, lineEnd);
      const line = text.slice(indent, lineEnd);
      const m = NUMBER_TOKEN.exec(line);
      if (m) {
        const rest = line
          .slice(m[0].length)
          .replace(/(?:\*\*|__)\s*$/, '')
          .trim();
        const restOk = m[2] === undefined || rest === '' || /^\s/.test(line.slice(m[0].length));
        while (turnIdx < turns.length && turns[turnIdx]!.end < indent) turnIdx++;
        const inTurn = turns[turnIdx];
        const insideNonInterviewer =
          inTurn !== undefined && inTurn.labelStart <= indent && indent < inTurn.end && inTurn.role !== 'interviewer';
        const nextIsInterviewer = nextNonBlankLineIsInterviewer(text, lineEnd, labelLineStarts);
        const accept =
          restOk && rest.length <= MAX_TITLE && (rest === '' || !insideNonInterviewer || nextIsInterviewer);
        if (accept) {
          const n = Number(m[1] ?? m[2]);
          out.push({ start: indent, number: n, title: rest ? shortTitle(rest) : `Question ${n}` });
        }
      }
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out.sort((a, b) => a.start - b.start);
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  for (;;) {
    while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
    if (BOLD.test(text.slice(i, i + 2)) && i + 2 <= to && /[ \t]/.test(text[i + 2] ?? '')) {
      i += 2; // "** " before the real content
      continue;
    }
    return i;
  }
}

function nextNonBlankLineIsInterviewer(text: string, from: number, labelLineStarts: Map<number, Turn>): boolean {
  let pos = from + 1;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    if (text.slice(pos, end).trim() !== '') return labelLineStarts.get(pos)?.role === 'interviewer';
    if (nl === -1) return false;
    pos = nl + 1;
  }
  return false;
}

/** Keep candidates whose numbers strictly increase; the first may be at most 10 and gaps at most 10. */
function acceptIncreasing(cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let last = 0;
  for (const c of cands) {
    if (c.number > last && c.number <= last + 10) {
      out.push(c);
      last = c.number;
    }
  }
  return out;
}

function topicCandidates(
  text: string,
  turns: Turn[],
  topics: PromptTopic[],
): { start: number; number: null; title: string }[] {
  const out: { start: number; number: null; title: string }[] = [];
  let next = 0;
  for (const t of turns) {
    if (t.role !== 'interviewer' || next >= topics.length) continue;
    const body = text.slice(t.labelEnd, Math.min(t.end, t.labelEnd + 400));
    for (let k = next; k < Math.min(topics.length, next + TOPIC_LOOKAHEAD); k++) {
      const topic = topics[k]!;
      if (topic.pattern.test(body)) {
        out.push({ start: t.start, number: null, title: topic.title });
        next = k + 1;
        break;
      }
    }
  }
  return out;
}
