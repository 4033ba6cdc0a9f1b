/**
 * The ARIA tabs pattern's keys: ← and → move to the previous and next tab (wrapping), Home and End to
 * the first and last. Returns the tab to select, or null for any other key.
 */
export function nextTabIndex(key: string, current: number, count: number): number | null {
  if (count <= 0) return null;
  if (key === 'ArrowRight') return (current + 1) % count;
  if (key === 'ArrowLeft') return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
