import type { Disagreement } from '../../../shared/reliability/types.ts';

export interface ReviewHighlight {
  id: string;
  coderId: string;
  codeId: string;
  start: number;
  end: number;
}

export type HighlightMark = 'only-one' | 'different-code';

/**
 * Which highlights a disagreement list points at, so the side-by-side columns can mark them:
 * a highlight only one coder made, or two coders' highlights over the same text with different codes.
 */
export function markHighlights(
  highlights: readonly ReviewHighlight[],
  disagreements: readonly Disagreement[],
): Map<string, HighlightMark> {
  const marks = new Map<string, HighlightMark>();
  for (const d of disagreements) {
    if (d.start === null || d.end === null) continue;
    if (d.kind === 'span-only-one-coder') {
      const s = highlights.find(
        (x) => x.coderId === d.coderIds[0] && x.codeId === d.codeIds?.[0] && x.start === d.start && x.end === d.end,
      );
      if (s && !marks.has(s.id)) marks.set(s.id, 'only-one');
    } else if (d.kind === 'different-codes-same-span') {
      // coderIds[i] used codeIds[i]; their highlights lie within [start, end) (the union of the pair).
      d.coderIds.forEach((coderId, i) => {
        const codeId = d.codeIds?.[i];
        for (const s of highlights)
          if (s.coderId === coderId && s.codeId === codeId && s.start >= d.start! && s.end <= d.end! && s.end > s.start)
            marks.set(s.id, 'different-code');
      });
    }
  }
  return marks;
}

/** Lines of a text with their offsets (the review columns render one block per line). */
export function textLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = 0;
  while (at <= text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl === -1 ? text.length : nl;
    out.push({ start: at, end });
    if (nl === -1) break;
    at = nl + 1;
  }
  return out;
}

/**
 * Highlights per line, found with one sweep over highlights sorted by start (a 10k-word transcript has
 * about a thousand lines and a few hundred highlights: no quadratic scan).
 */
export function highlightsByLine<T extends { start: number; end: number }>(
  lines: readonly { start: number; end: number }[],
  highlights: readonly T[],
): T[][] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start);
  const out: T[][] = lines.map(() => []);
  let first = 0;
  for (const s of sorted) {
    while (first < lines.length && lines[first]!.end < s.start) first++;
    for (let i = first; i < lines.length && lines[i]!.start < s.end; i++) {
      const l = lines[i]!;
      if (s.end > l.start && s.start < Math.max(l.end, l.start + 1)) out[i]!.push(s);
    }
  }
  return out;
}

/** The line (0-based) holding `offset`: the count of line feeds before it. */
export function lineAt(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** A copy of `set` with `item` added, or removed when it was there (a ticked or unticked checkbox). */
export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
