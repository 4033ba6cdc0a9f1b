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

/**
 * One coder's units of one category as sorted, non-overlapping [start, end) pairs.
 * Overlapping spans of the same coder and category are merged into their union (a coder cannot
 * disagree with themselves); abutting spans stay separate units, since the boundary is a decision.
 */
export function coderUnits(spans: readonly Span[]): { starts: Float64Array; ends: Float64Array; merged: number } {
  const order = (a: Span, b: Span) => a.start - b.start || a.end - b.end;
  let inOrder = true;
  for (let i = 1; i < spans.length && inOrder; i++) inOrder = order(spans[i - 1] as Span, spans[i] as Span) <= 0;
  const sorted = inOrder ? spans : [...spans].sort(order); // usually already in text order
  const starts = new Float64Array(sorted.length);
  const ends = new Float64Array(sorted.length);
  let n = 0;
  let merged = 0;
  for (const s of sorted) {
    if (n > 0 && s.start < (ends[n - 1] as number)) {
      if (s.end > (ends[n - 1] as number)) ends[n - 1] = s.end;
      merged++;
    } else {
      starts[n] = s.start;
      ends[n++] = s.end;
    }
  }
  return { starts: starts.subarray(0, n), ends: ends.subarray(0, n), merged };
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
