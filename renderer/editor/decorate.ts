import type { HighlightSpan } from './types.ts';

/** A run of a text node covered by the same set of highlights; offsets are local to the node. */
export interface Segment {
  from: number;
  to: number;
  /** Outermost (longest) first, innermost last: the innermost one tints the background. */
  spans: HighlightSpan[];
  active: boolean;
}

/** Sort key for painting order: longer highlights underneath, ties broken by start then id for stability. */
function paintOrder(a: HighlightSpan, b: HighlightSpan): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Split the text node [nodeStart, nodeStart + length) into maximal runs covered by the same
 * highlights. Pure: the editor turns each segment into a Slate decoration range.
 */
export function segmentsForText(
  nodeStart: number,
  length: number,
  spans: readonly HighlightSpan[],
  activeIds: ReadonlySet<string> = new Set(),
): Segment[] {
  const nodeEnd = nodeStart + length;
  const hits = spans.filter((s) => s.end > nodeStart && s.start < nodeEnd && s.end > s.start);
  if (hits.length === 0 || length === 0) return [];
  const cuts = new Set<number>();
  for (const s of hits) {
    cuts.add(Math.max(s.start, nodeStart) - nodeStart);
    cuts.add(Math.min(s.end, nodeEnd) - nodeStart);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const covering = hits.filter((s) => s.start - nodeStart <= from && s.end - nodeStart >= to).sort(paintOrder);
    if (covering.length === 0) continue;
    segments.push({ from, to, spans: covering, active: covering.some((s) => activeIds.has(s.id)) });
  }
  return segments;
}

/** Highlights covering a global offset (a caret between two characters counts for both sides). */
export function spansAt(spans: readonly HighlightSpan[], offset: number): HighlightSpan[] {
  return spans.filter((s) => s.start <= offset && offset <= s.end).sort(paintOrder);
}

/**
 * Give every highlight an underline lane (0 = lowest band) so that it keeps the same band height
 * along its whole length and overlapping highlights never share a lane. Greedy interval
 * partitioning (by start, longer first): uses as few lanes as the deepest overlap needs.
 */
export function assignLanes<T extends HighlightSpan>(spans: readonly T[]): (T & { lane: number })[] {
  const order = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const laneEnds: number[] = [];
  const laneOf = new Map<string, number>();
  for (const s of order) {
    let lane = laneEnds.findIndex((end) => end <= s.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = s.end;
    laneOf.set(s.id, lane);
  }
  return spans.map((s) => ({ ...s, lane: laneOf.get(s.id) ?? 0 }));
}
