// Coded spans (highlights) on a continuum of characters, shared by unitizing alpha and span overlap.

/** A coded span: half-open [start, end) character offsets, by one coder, in one category. */
export interface Span {
  coder: string;
  start: number;
  end: number;
  category: string;
}

/** Checks spans against a continuum of `length` characters; returns a reason or null. */
export function validateSpans(spans: readonly Span[], length: number): string | null {
  if (!Number.isFinite(length) || length <= 0) return `continuum length must be a positive number (got ${length})`;
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i] as Span;
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end))
      return `span ${i + 1} (coder ${s.coder}) has a non-numeric start or end`;
    if (s.start < 0 || s.end > length)
      return `span ${i + 1} (coder ${s.coder}) [${s.start}, ${s.end}) lies outside the continuum [0, ${length})`;
    // A zero-length span is a unit of length 0 (as DKPro Statistics treats one): it splits a gap.
    if (s.end < s.start) return `span ${i + 1} (coder ${s.coder}) is reversed: [${s.start}, ${s.end})`;
  }
  return null;
}

/** Groups spans by a key. */
export function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    let arr = m.get(k);
    if (!arr) {
      arr = [];
      m.set(k, arr);
    }
    arr.push(it);
  }
  return m;
}
