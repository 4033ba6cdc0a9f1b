/**
 * Order within a group, shared by codes (grouped by group id) and scales (grouped by group name):
 * both lists keep a group's items together, so "add" and "move" work on a group's run of items.
 */

/** A copy of `items` with `item` after the last item of its group (or at the end when the group has none). */
export function insertAfterLast<T>(items: readonly T[], item: T, inGroup: (x: T) => boolean): T[] {
  let at = -1;
  items.forEach((x, i) => {
    if (inGroup(x)) at = i;
  });
  const out = [...items];
  out.splice(at === -1 ? out.length : at + 1, 0, item);
  return out;
}

/**
 * A copy of `items` with `id` swapped with its neighbour in the same group (Alt+↑/↓), or null when
 * there is no such item or neighbour, so the caller can return the draft unchanged.
 */
export function swapInGroup<T extends { id: string }, G>(
  items: readonly T[],
  id: string,
  delta: -1 | 1,
  groupOf: (x: T) => G,
): T[] | null {
  const item = items.find((x) => x.id === id);
  if (!item) return null;
  const same = items.map((x, i) => [x, i] as const).filter(([x]) => groupOf(x) === groupOf(item));
  const pos = same.findIndex(([x]) => x.id === id);
  const other = same[pos + delta];
  if (!other) return null;
  const out = [...items];
  out[same[pos]![1]] = other[0];
  out[other[1]] = item;
  return out;
}
