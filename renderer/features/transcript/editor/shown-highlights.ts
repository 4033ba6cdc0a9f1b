import { assignLanesSorted } from '../decorations/decorate.ts';
import type { PendingHighlight } from '../pending-highlights.ts';
import type { Highlight } from '../types.ts';

export interface ShownHighlights {
  /** Saved + pending highlights with lanes: the same array while neither input changed. */
  highlights: readonly Highlight[];
  /** Pending highlights whose saved twin is shown: done, to be dropped from the pending store. */
  done: string[];
}

/**
 * What is painted over the text: saved highlights (sorted in lane order) and the pending ones, with
 * lanes, recomputed only when either list changes. A highlight whose lane did not change keeps its
 * object: less garbage, and the decoration index compares by identity first.
 */
export function createShownHighlights(): (
  sortedSaved: readonly Highlight[],
  savedIds: ReadonlySet<string>,
  pending: readonly PendingHighlight[],
) => ShownHighlights {
  const laned = new WeakMap<Highlight, Highlight & { lane: number }>();
  let last: {
    sortedSaved: readonly Highlight[];
    pending: readonly PendingHighlight[];
    highlights: readonly Highlight[];
  } | null = null;
  return (sortedSaved, savedIds, all) => {
    // A pending highlight whose saved twin is shown is done.
    const done = all.filter((p) => p.savedId && savedIds.has(p.savedId)).map((p) => p.id);
    const list = done.length ? all.filter((p) => !(p.savedId && savedIds.has(p.savedId))) : all;
    if (last && last.sortedSaved === sortedSaved && samePending(last.pending, list))
      return { highlights: last.highlights, done };
    const highlights = assignLanesSorted<Highlight>(sortedSaved, list, laned);
    last = { sortedSaved, pending: list, highlights };
    return { highlights, done };
  };
}

/** The same pending highlights (a resolved one gets a new object with its saved id: nothing shown changes). */
function samePending(a: readonly PendingHighlight[], b: readonly PendingHighlight[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every(
        (p, i) => p.id === b[i]!.id && p.codeId === b[i]!.codeId && p.start === b[i]!.start && p.end === b[i]!.end,
      ))
  );
}
