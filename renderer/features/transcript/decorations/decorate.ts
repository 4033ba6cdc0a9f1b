import type { Highlight } from '../types.ts';

/** A run of a text node covered by the same set of highlights; offsets are local to the node. */
export interface Segment {
  from: number;
  to: number;
  /** Outermost (longest) first, innermost last: the innermost one tints the background. */
  highlights: Highlight[];
  active: boolean;
}

/** Sort key for painting order: longer highlights underneath, ties broken by start then id for stability. */
function paintOrder(a: Highlight, b: Highlight): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Split the text node [nodeStart, nodeStart + length) into maximal runs covered by the same
 * highlights. Pure: the editor turns each segment into a Slate decoration range.
 */
export function segmentsForText(
  nodeStart: number,
  length: number,
  highlights: readonly Highlight[],
  activeIds: ReadonlySet<string> = new Set(),
): Segment[] {
  const nodeEnd = nodeStart + length;
  const hits = highlights.filter((s) => s.end > nodeStart && s.start < nodeEnd && s.end > s.start);
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
    segments.push({ from, to, highlights: covering, active: covering.some((s) => activeIds.has(s.id)) });
  }
  return segments;
}

/** Highlights covering a global offset (a caret between two characters counts for both sides). */
export function highlightsAt(highlights: readonly Highlight[], offset: number): Highlight[] {
  return highlights.filter((s) => s.start <= offset && offset <= s.end).sort(paintOrder);
}

/** The order lanes are given in: by start, longer first, then id (a total order for distinct ids). */
export function laneOrder(a: Highlight, b: Highlight): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Greedy interval partitioning over highlights already in laneOrder: the lane of each, by position. */
function lanesInOrder(order: readonly Highlight[]): number[] {
  const laneEnds: number[] = [];
  return order.map((s) => {
    let lane = laneEnds.findIndex((end) => end <= s.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = s.end;
    return lane;
  });
}

/**
 * Give every highlight an underline lane (0 = lowest band) so that it keeps the same band height
 * along its whole length and overlapping highlights never share a lane. Greedy interval
 * partitioning (by start, longer first): uses as few lanes as the deepest overlap needs.
 */
export function assignLanes<T extends Highlight>(highlights: readonly T[]): (T & { lane: number })[] {
  const order = [...highlights].sort(laneOrder);
  const lanes = lanesInOrder(order);
  const laneOf = new Map<string, number>();
  order.forEach((s, i) => laneOf.set(s.id, lanes[i]!));
  return highlights.map((s) => ({ ...s, lane: laneOf.get(s.id) ?? 0 }));
}

/**
 * The same lanes as assignLanes([...sorted, ...extra]) for `sorted` already in laneOrder (the saved
 * highlights, sorted once) and a few `extra` ones (pending): they are inserted by binary search, so a
 * code key does not sort a thousand highlights again. Returned in laneOrder.
 */
export function assignLanesSorted<T extends Highlight>(
  sorted: readonly T[],
  extra: readonly T[],
  /** The results of earlier calls by source highlight: one whose lane is unchanged is returned again (same object). */
  cache?: WeakMap<T, T & { lane: number }>,
): (T & { lane: number })[] {
  let order: readonly T[] = sorted;
  if (extra.length > 0) {
    const merged = [...sorted];
    for (const s of extra) {
      let lo = 0;
      let hi = merged.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (laneOrder(merged[mid]!, s) < 0) lo = mid + 1;
        else hi = mid;
      }
      merged.splice(lo, 0, s);
    }
    order = merged;
  }
  const lanes = lanesInOrder(order);
  return order.map((s, i) => {
    const lane = lanes[i]!;
    const before = cache?.get(s);
    if (before && before.lane === lane) return before;
    const laned = { ...s, lane };
    cache?.set(s, laned);
    return laned;
  });
}
