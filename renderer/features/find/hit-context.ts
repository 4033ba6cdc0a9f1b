import { queryPattern } from './find.ts';

/**
 * A search hit's context line, ready to show: the host cuts a fixed window around the match, so the cut
 * words at either end are dropped (unless that would drop the match) and ellipses say so, with whitespace
 * collapsed. `parts` alternates plain text and the query's occurrences (odd indices, case-insensitive,
 * whitespace-flexible); it is null when the query is empty.
 */
export function hitContext(raw: string, query: string): { text: string; parts: string[] | null } {
  const q = query.trim();
  const pattern = new RegExp(`(${queryPattern(q)})`, 'giu');
  const trimmed = raw.replace(/^\S*\s/, '').replace(/\s\S*$/, '');
  const text = `…${q && !new RegExp(pattern.source, 'iu').test(trimmed) ? raw : trimmed}…`.replace(/\s+/g, ' ');
  return { text, parts: q ? text.split(pattern) : null };
}
