import type { TextSelection } from '../../transcript/index.ts';

/** Leading/trailing whitespace is never part of a passage (a drag often catches a space). */
export function trimSelection(text: string, sel: TextSelection): TextSelection {
  let { start, end } = sel;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}
