import { z } from 'zod';

/**
 * Pseudonymisation at import: a replacement list ("Margaret" → "[MOTHER]") applied to the normalised
 * text before it is stored. The original text is never stored; ReplacementHit values DO contain the
 * original words (for the preview) and must never be persisted or logged.
 *
 * Matching rules (decisions):
 * - Whole words, Unicode-aware: a match may not touch a letter, digit or combining mark on either side,
 *   so "Ann" matches neither "Anna" nor "Annual" nor "Hannah", and "Zoë"/"Łukasz" work like ASCII names.
 * - Case-INSENSITIVE by default ("margaret", "MARGARET" are replaced too): a missed name is a privacy
 *   leak while a wrongly replaced common word ("Rose" vs "rose") shows up in the preview and can be
 *   fixed by setting `caseSensitive: true` on that entry. Nothing of the original's case is kept: the
 *   replacement is inserted exactly as written.
 * - Possessives and contractions keep their ending: "Margaret's" → "[MOTHER]'s", "Margaret’s" →
 *   "[MOTHER]’s" (an apostrophe AFTER a match is a boundary).
 * - Apostrophes and hyphens are boundaries on both sides (privacy first): the entry "Jones" also
 *   replaces that part of "Smith-Jones", and "Brien" would replace that part of "O'Brien". A name
 *   written with an apostrophe or hyphen is matched as a whole when the entry contains it.
 * - In entries, ' and ’ (and ʼ) match each other, any hyphen/dash variant matches -, ‐ or ‑, and a
 *   space matches any run of spaces or tabs, so "O'Brien" finds "O’Brien" and "Anna Maria" finds
 *   "Anna  Maria".
 * - Longest entry first: where entries overlap ("Anna Maria" and "Anna"), the longer one wins at a
 *   position; if it cannot match there as a whole word, the shorter one is tried.
 * - Entries and replacements are NFC-normalised like the text. Empty entries are ignored; duplicate
 *   entries (ignoring case) keep the first.
 * - Replacements are applied in one pass over the ORIGINAL text, so a replacement is never itself
 *   re-scanned ("Ann" → "[ANNA]" cannot cascade).
 */

export interface Replacement {
  find: string;
  replace: string;
  /** Match case exactly. Default false (see module comment). */
  caseSensitive?: boolean;
}

export const replacementSchema = z
  .object({
    find: z.string().trim().min(1, 'a name to replace is required').max(200),
    replace: z.string().max(200),
    caseSensitive: z.boolean().optional(),
  })
  .strict();

export const replacementListSchema = z.array(replacementSchema).max(5000);

export interface ReplacementHit {
  /** Offsets into the text that was searched (the text before replacement), half-open. */
  start: number;
  end: number;
  /** The text as found (contains the real name: preview only, never store). */
  original: string;
  replacement: string;
  /** 1-based line number in the searched text. */
  line: number;
  /** The surrounding part of the line, original wording, for the preview. */
  context: string;
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]';
const CONTEXT_CHARS = 40;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Regex source for one entry, with apostrophe, hyphen and space variants. */
function entrySource(find: string): string {
  let out = '';
  for (const ch of find) {
    if (/['’ʼ]/u.test(ch)) out += "['’ʼ]";
    else if (/[-‐‑]/u.test(ch)) out += '[-‐‑]';
    else if (/[ \t]/.test(ch)) {
      if (!out.endsWith('[ \\t]+')) out += '[ \\t]+';
    } else out += escapeRegExp(ch);
  }
  return out;
}

interface Prepared {
  find: string;
  replace: string;
  caseSensitive: boolean;
}

function prepare(list: Replacement[]): Prepared[] {
  const seen = new Set<string>();
  const out: Prepared[] = [];
  for (const r of list) {
    const find = r.find
      .normalize('NFC')
      .trim()
      .replace(/[ \t]+/g, ' ');
    if (!find) continue;
    const key = find.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ find, replace: r.replace.normalize('NFC'), caseSensitive: r.caseSensitive === true });
  }
  // Longest first so the alternation prefers "Anna Maria" over "Anna".
  return out.sort((a, b) => b.find.length - a.find.length);
}

/**
 * One regex per case mode (case-insensitive entries, case-sensitive entries); their hits are merged.
 * Each regex is a longest-first alternation between whole-word lookarounds.
 */
function buildMatchers(prepared: Prepared[]): { regex: RegExp; entries: Prepared[] }[] {
  const groups = [
    { flags: 'giu', entries: prepared.filter((p) => !p.caseSensitive) },
    { flags: 'gu', entries: prepared.filter((p) => p.caseSensitive) },
  ].filter((g) => g.entries.length > 0);
  return groups.map((g) => ({
    entries: g.entries,
    regex: new RegExp(
      `(?<!${WORD_CHAR})(?:${g.entries.map((e) => `(${entrySource(e.find)})`).join('|')})(?!${WORD_CHAR})`,
      g.flags,
    ),
  }));
}

interface RawHit {
  start: number;
  end: number;
  entry: Prepared;
}

function findHits(text: string, list: Replacement[]): RawHit[] {
  const prepared = prepare(list);
  if (prepared.length === 0) return [];
  const perMatcher = buildMatchers(prepared).map(({ regex, entries }) => {
    const hits: RawHit[] = [];
    for (const m of text.matchAll(regex)) {
      const idx = m.slice(1).findIndex((g) => g !== undefined);
      const entry = entries[idx];
      if (entry) hits.push({ start: m.index, end: m.index + m[0].length, entry });
    }
    return hits;
  });
  if (perMatcher.length === 1) return perMatcher[0]!;
  // Merge the case-insensitive and case-sensitive hit lists: at the same position the longer match
  // wins, and overlapping later hits are dropped, mirroring longest-first within one regex.
  const all = perMatcher.flat().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawHit[] = [];
  let lastEnd = 0;
  for (const h of all) {
    if (h.start < lastEnd) continue;
    out.push(h);
    lastEnd = h.end;
  }
  return out;
}

function toPublicHits(text: string, raw: RawHit[]): ReplacementHit[] {
  const hits: ReplacementHit[] = [];
  let line = 1;
  let scanned = 0;
  for (const h of raw) {
    for (let i = scanned; i < h.start; i++) if (text.charCodeAt(i) === 10) line++;
    scanned = h.start;
    const lineStart = text.lastIndexOf('\n', h.start - 1) + 1;
    const nl = text.indexOf('\n', h.end);
    const lineEnd = nl === -1 ? text.length : nl;
    const from = Math.max(lineStart, h.start - CONTEXT_CHARS);
    const to = Math.min(lineEnd, h.end + CONTEXT_CHARS);
    const context = (from > lineStart ? '…' : '') + text.slice(from, to).trim() + (to < lineEnd ? '…' : '');
    hits.push({
      start: h.start,
      end: h.end,
      original: text.slice(h.start, h.end),
      replacement: h.entry.replace,
      line,
      context,
    });
  }
  return hits;
}

/** Every replacement that applyPseudonymization would make, in text order, without changing the text. */
export function previewPseudonymization(text: string, list: Replacement[]): ReplacementHit[] {
  return toPublicHits(text, findHits(text, list));
}

/**
 * Words a match-case entry left alone because their case differs ("ROSE", "rose" for the entry "Rose").
 * The privacy safety net of matching case: the preview lists them, so a name written in capitals is
 * seen before the text is stored. Same matching rules as applyPseudonymization, case aside.
 */
export function caseMisses(text: string, list: Replacement[]): ReplacementHit[] {
  if (!list.some((r) => r.caseSensitive)) return [];
  const made = new Set(findHits(text, list).map((h) => h.start));
  const key = (find: string) => find.trim().normalize('NFC').toLowerCase();
  const strict = new Set(list.filter((r) => r.caseSensitive).map((r) => key(r.find)));
  const anyCase = list.map((r) => ({ ...r, caseSensitive: false }));
  return toPublicHits(
    text,
    findHits(text, anyCase).filter((h) => !made.has(h.start) && strict.has(key(h.entry.find))),
  );
}

/** Apply the list in one pass. `hits` have offsets into the INPUT text (see ReplacementHit). */
export function applyPseudonymization(text: string, list: Replacement[]): { text: string; hits: ReplacementHit[] } {
  const raw = findHits(text, list);
  const parts: string[] = [];
  let pos = 0;
  for (const h of raw) {
    parts.push(text.slice(pos, h.start), h.entry.replace);
    pos = h.end;
  }
  parts.push(text.slice(pos));
  return { text: parts.join(''), hits: toPublicHits(text, raw) };
}
