import { parseHeader } from './metadata.ts';
import type { SpeakerPattern } from './turns.ts';

/** The character that stands in for a hidden header value (same length, so offsets stay valid). */
export const MASK_CHAR = '•';

export interface MaskedRange {
  start: number;
  end: number;
  key: string;
}

/**
 * Header lines such as "Group: control" are part of the stored (immutable) text. For a coder who must
 * not see a hidden metadata field, the value is replaced by the same number of mask characters: every
 * annotation offset stays valid, and the stored text and its hash are untouched.
 */
export function hiddenHeaderRanges(
  text: string,
  hiddenFields: readonly string[],
  options: { patterns?: SpeakerPattern[]; extraLabels?: string[] } = {},
): MaskedRange[] {
  if (hiddenFields.length === 0) return [];
  const hidden = new Set(hiddenFields.map((f) => f.trim().toLowerCase()));
  const ranges: MaskedRange[] = [];
  for (const e of parseHeader(text, options).entries) {
    if (!hidden.has(e.key.trim().toLowerCase()) && !(e.field && hidden.has(e.field.toLowerCase()))) continue;
    const line = text.slice(e.start, e.end);
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    let from = e.start + colon + 1;
    while (from < e.end && (text[from] === ' ' || text[from] === '\t')) from++;
    if (from < e.end) ranges.push({ start: from, end: e.end, key: e.key });
  }
  return ranges;
}

export function maskRanges(text: string, ranges: readonly MaskedRange[]): string {
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, r.start) + MASK_CHAR.repeat(r.end - r.start);
    at = r.end;
  }
  return out + text.slice(at);
}
