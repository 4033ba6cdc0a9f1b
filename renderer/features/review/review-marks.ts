import type { Disagreement } from '../../../shared/reliability/types.ts';

export interface ReviewSpan {
  id: string;
  coderId: string;
  codeId: string;
  start: number;
  end: number;
}

export type SpanMark = 'only-one' | 'different-code';

/**
 * Which highlights a disagreement list points at, so the side-by-side columns can mark them:
 * a span only one coder marked, or two coders' spans on the same passage with different codes.
 */
export function markSpans(spans: readonly ReviewSpan[], disagreements: readonly Disagreement[]): Map<string, SpanMark> {
  const marks = new Map<string, SpanMark>();
  for (const d of disagreements) {
    if (d.start === null || d.end === null) continue;
    if (d.kind === 'span-only-one-coder') {
      const s = spans.find(
        (x) => x.coderId === d.coderIds[0] && x.codeId === d.codeIds?.[0] && x.start === d.start && x.end === d.end,
      );
      if (s && !marks.has(s.id)) marks.set(s.id, 'only-one');
    } else if (d.kind === 'different-codes-same-span') {
      // coderIds[i] used codeIds[i]; their spans lie within [start, end) (the union of the pair).
      d.coderIds.forEach((coderId, i) => {
        const codeId = d.codeIds?.[i];
        for (const s of spans)
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
 * Spans per line, found with one sweep over spans sorted by start (a 10k-word transcript has
 * about a thousand lines and a few hundred spans: no quadratic scan).
 */
export function spansByLine<T extends { start: number; end: number }>(
  lines: readonly { start: number; end: number }[],
  spans: readonly T[],
): T[][] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
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
