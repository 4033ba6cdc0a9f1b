import type { StoredSection } from '../../../shared/api/transcript.ts';
import { isPrivilegedRole, type Coder } from '../../../shared/api/coder.ts';

/**
 * Pure planning for editing question sections after import. The services refuse overlapping
 * sections, so every edit is planned here as API steps in an order that never overlaps: shorten a
 * neighbour before creating, delete before extending a neighbour.
 */

/** Sections and metadata are shared by the whole project: with an identity chosen, leads and trainers edit them. */
export function canEditShared(coder: Pick<Coder, 'role'> | null): boolean {
  return coder === null || isPrivilegedRole(coder.role);
}

/** 1-based line of an offset in the stored text. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** `to` moved back over whitespace, but never to or before `from` (a section keeps at least one character). */
export function trimmedEnd(text: string, from: number, to: number): number {
  let end = Math.min(to, text.length);
  while (end > from + 1 && /\s/.test(text[end - 1] ?? '')) end--;
  return end;
}

/** A speaker turn's label span, as transcript-structure gives it. */
export interface LabelSpan {
  labelStart: number;
  labelEnd: number;
}

/**
 * Where a section started at `offset` (a caret or the start of a selection) begins. Leading
 * whitespace is skipped; a caret in a speaker label, or right after one, means "this turn", so the
 * section starts at the line start like the sections found at import ("I: 3. …").
 */
export function sectionStartFor(text: string, turns: readonly LabelSpan[], offset: number): number {
  let at = Math.max(0, Math.min(offset, text.length));
  while (at < text.length && /\s/.test(text[at] ?? '')) at++;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (text.slice(lineStart, at).trim() === '') return lineStart;
  const turn = turns.find(
    (t) => t.labelStart >= lineStart && t.labelStart < at && text.slice(t.labelEnd, at).trim() === '',
  );
  return turn ? lineStart : at;
}

/** The first words from `start` on its line (speaker label left out), as a default title. */
export function excerptTitle(text: string, turns: readonly LabelSpan[], start: number, max = 80): string {
  const lineEnd = text.indexOf('\n', start);
  let from = start;
  const turn = turns.find((t) => t.labelStart >= start && t.labelStart < (lineEnd === -1 ? text.length : lineEnd));
  if (turn && text.slice(start, turn.labelStart).trim() === '') from = turn.labelEnd;
  // A question number written in the text ("3. I'd like you…") is the section's number, not its title.
  const line = text
    .slice(from, lineEnd === -1 ? text.length : lineEnd)
    .replace(/^\s*(?:Q(?:uestion)?\s*)?\d{1,3}[.):]\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** A question number written at the start of the line ("INT: 3. …"), if any. */
export function numberAt(text: string, turns: readonly LabelSpan[], start: number): number | null {
  const lineEnd = text.indexOf('\n', start);
  const turn = turns.find((t) => t.labelStart >= start && t.labelStart < (lineEnd === -1 ? text.length : lineEnd));
  const from = turn && text.slice(start, turn.labelStart).trim() === '' ? turn.labelEnd : start;
  const m = /^\s*(?:Q(?:uestion)?\s*)?(\d{1,3})[.):]\s/i.exec(text.slice(from, from + 20));
  return m ? Number(m[1]) : null;
}

export interface Bounds {
  start: number;
  end: number;
}

export type StartPlan =
  | {
      ok: true;
      /** Shorten this section first (the new one starts inside it). */
      shorten: { id: string; from: number; to: number } | null;
      create: Bounds & { number: number | null; title: string };
    }
  | { ok: false; reason: string };

/**
 * Start a section at `start`: it runs to the end of the section it starts inside (which is
 * shortened to end just before), else to the next section's start, else to the end of the text.
 */
export function planStartSection(
  text: string,
  sections: readonly StoredSection[],
  turns: readonly LabelSpan[],
  start: number,
): StartPlan {
  const sorted = [...sections].sort((a, b) => a.start - b.start);
  const same = sorted.find((s) => s.start === start);
  if (same) return { ok: false, reason: `${sectionName(same)} already starts here. Rename it instead.` };
  const inside = sorted.find((s) => s.start < start && start < s.end) ?? null;
  const next = sorted.find((s) => s.start > start) ?? null;
  const end = inside ? inside.end : trimmedEnd(text, start, next ? next.start : text.length);
  if (start >= text.length || end <= start || text.slice(start, end).trim() === '')
    return { ok: false, reason: 'There is no text here to start a section with.' };
  const shorten = inside ? { id: inside.id, from: inside.end, to: trimmedEnd(text, inside.start, start) } : null;
  return {
    ok: true,
    shorten,
    create: { start, end, number: numberAt(text, turns, start), title: excerptTitle(text, turns, start) },
  };
}

export interface DeletePlan {
  id: string;
  /** The section before, extended over the deleted one's text when nothing but whitespace lies between them. */
  extend: { id: string; from: number; to: number } | null;
}

/** Delete a section; its text joins the section before it when the two are adjacent. */
export function planDeleteSection(text: string, sections: readonly StoredSection[], id: string): DeletePlan | null {
  const sorted = [...sections].sort((a, b) => a.start - b.start);
  const i = sorted.findIndex((s) => s.id === id);
  if (i === -1) return null;
  const gone = sorted[i]!;
  const prev = i > 0 ? sorted[i - 1]! : null;
  const adjacent = prev !== null && prev.end <= gone.start && text.slice(prev.end, gone.start).trim() === '';
  return { id, extend: adjacent ? { id: prev.id, from: prev.end, to: gone.end } : null };
}

/** "Q3 · Adjectives", "“Family background”" or "Question 3": how a section is named in messages. */
export function sectionName(s: Pick<StoredSection, 'number' | 'title'>): string {
  if (s.number !== null) return s.title ? `Q${s.number} “${s.title}”` : `Question ${s.number}`;
  return s.title ? `“${s.title}”` : 'A section';
}

/** A section's name for a one-line message: long titles shortened. */
export function shortName(s: Pick<StoredSection, 'number' | 'title'>): string {
  if (s.title.length <= 34) return sectionName(s);
  const cut = s.title.slice(0, 33);
  const space = cut.lastIndexOf(' ');
  return sectionName({
    number: s.number,
    title: `${(space > 16 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`,
  });
}

/** Changes only when a heading would change: the transcript view redraws its headings then. */
export function headingsKey(sections: readonly Pick<StoredSection, 'start' | 'number' | 'title'>[]): string {
  return sections.map((s) => `${s.start}:${s.number ?? ''}:${s.title}`).join('\u0001');
}

/** The section a position falls in (for marking the outline), or null. */
export function sectionAt(sections: readonly StoredSection[], offset: number): StoredSection | null {
  return sections.find((s) => s.start <= offset && offset < s.end) ?? null;
}
