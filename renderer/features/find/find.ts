export interface TextMatch {
  start: number;
  end: number;
}

/**
 * The regular-expression source that matches a trimmed query literally. Whitespace in the query matches
 * any run of whitespace, so a line break in the text still matches.
 */
export function queryPattern(q: string): string {
  return q
    .split(/\s+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
}

/**
 * Every non-overlapping occurrence of `query` in `text`, case-insensitive, as UTF-16 offsets into
 * the original text. Uses a regular expression rather than lower-casing the text because
 * lower-casing can change a string's length (e.g. "İ"), which would shift every offset after it.
 */
export function findMatches(text: string, query: string, limit = 5000): TextMatch[] {
  const q = query.trim();
  if (!q) return [];
  const re = new RegExp(queryPattern(q), 'giu');
  const out: TextMatch[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
    if (out.length >= limit) break;
  }
  return out;
}

/** Matches overlapping [from, to), found by binary search (matches are sorted and disjoint). */
export function matchesIn(matches: readonly TextMatch[], from: number, to: number): TextMatch[] {
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (matches[mid]!.end <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: TextMatch[] = [];
  for (let i = lo; i < matches.length && matches[i]!.start < to; i++) out.push(matches[i]!);
  return out;
}

/** Index of the first match at or after `offset` (wrapping to 0), or -1 when there is none. */
export function nextMatchIndex(matches: readonly TextMatch[], offset: number): number {
  if (matches.length === 0) return -1;
  const i = matches.findIndex((m) => m.start >= offset);
  return i === -1 ? 0 : i;
}
