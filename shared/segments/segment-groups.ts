import type { Segment } from '../api/segment.ts';

/** Highlights of one passage: every coder's that overlap, so agreement and disagreement show in one place. */
export interface SegmentGroup {
  key: string;
  transcriptId: string;
  title: string;
  participant: string | null;
  start: number;
  end: number;
  line: number;
  section: number | null;
  sectionTitle: string | null;
  segments: Segment[];
}

/**
 * Groups segments (in transcript, then text order, as `segment-list` answers) into passages: a
 * highlight joins the current group when it overlaps the group's stretch of text in the same transcript.
 */
export function groupSegments(segments: readonly Segment[]): SegmentGroup[] {
  const groups: SegmentGroup[] = [];
  let current: SegmentGroup | null = null;
  for (const s of segments) {
    if (current && current.transcriptId === s.transcriptId && s.start < current.end) {
      current.segments.push(s);
      current.end = Math.max(current.end, s.end);
      continue;
    }
    current = {
      key: `${s.transcriptId}:${s.start}`,
      transcriptId: s.transcriptId,
      title: s.title,
      participant: s.participant,
      start: s.start,
      end: s.end,
      line: s.line,
      section: s.section,
      sectionTitle: s.sectionTitle,
      segments: [s],
    };
    groups.push(current);
  }
  return groups;
}

/** The distinct coders of a group, in order of appearance. */
export const groupCoders = (g: SegmentGroup) => [...new Set(g.segments.map((s) => s.coder))];

/** Whether every coder in the group gave the same code to the same stretch of text. */
export function groupAgrees(g: SegmentGroup): boolean {
  const first = g.segments[0];
  return (
    groupCoders(g).length > 1 &&
    g.segments.every((s) => s.codeId === first?.codeId && s.start === first.start && s.end === first.end)
  );
}
