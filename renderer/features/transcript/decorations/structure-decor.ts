import type { SectionInfo } from '../../../../shared/api/transcript.ts';
import type { MarkKind } from '../../../../shared/transcript/marks.ts';
import type { TranscriptElement } from '../types.ts';

/** A transcriber mark as the view needs it: offsets into the stored text and its kind. */
export interface MarkSpan {
  start: number;
  end: number;
  kind: MarkKind;
}

/** Parts of the text node [nodeStart, nodeEnd) covered by marks, in node-local offsets. Pure. */
export function markRangesIn(
  marks: readonly MarkSpan[],
  nodeStart: number,
  nodeEnd: number,
): { from: number; to: number; kind: MarkKind }[] {
  const out: { from: number; to: number; kind: MarkKind }[] = [];
  for (const m of marks) {
    if (m.end <= nodeStart || m.start >= nodeEnd) continue;
    out.push({
      from: Math.max(m.start, nodeStart) - nodeStart,
      to: Math.min(m.end, nodeEnd) - nodeStart,
      kind: m.kind,
    });
  }
  return out;
}

/** "Q3 · Adjectives – mother", or the title alone for an un-numbered section. */
export function sectionHeading(s: Pick<SectionInfo, 'number' | 'title'>): string {
  const title = s.title.trim();
  if (s.number === null) return title || 'Section';
  return title ? `Q${s.number} · ${title}` : `Question ${s.number}`;
}

/**
 * Put each section's heading on the first block that reaches past the section's start (the turn or
 * line where the question begins). The text is untouched: headings are shown beside it, never in it,
 * so offsets stay exact. Returns a new document; blocks without a section are shared.
 */
export function withSectionHeadings(
  doc: readonly TranscriptElement[],
  sections: readonly Pick<SectionInfo, 'start' | 'number' | 'title'>[],
): TranscriptElement[] {
  const headings = new Map<number, string[]>();
  const sorted = [...sections].sort((a, b) => a.start - b.start);
  let b = 0;
  for (const s of sorted) {
    while (b < doc.length && doc[b]!.end <= s.start) b++;
    if (b >= doc.length) break;
    headings.set(b, [...(headings.get(b) ?? []), sectionHeading(s)]);
  }
  return doc.map((block, i) => {
    const h = headings.get(i);
    return h ? { ...block, heading: h.join(' / ') } : block;
  });
}

/** Same headings in the same places: what withSectionHeadings reads of each section, in order. */
export function sameSections(
  a: readonly Pick<SectionInfo, 'start' | 'number' | 'title'>[],
  b: readonly Pick<SectionInfo, 'start' | 'number' | 'title'>[],
): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((s, i) => s.start === b[i]!.start && s.number === b[i]!.number && s.title === b[i]!.title))
  );
}
