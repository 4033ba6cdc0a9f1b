/**
 * The match to show after Enter (delta 1) or Shift+Enter (-1) in the find bar, wrapping around; from
 * no current match (-1), Enter shows the first and Shift+Enter the last.
 */
export function steppedMatch(current: number, delta: number, count: number): number {
  const from = current < 0 ? (delta > 0 ? -1 : 0) : current;
  return (((from + delta) % count) + count) % count;
}
