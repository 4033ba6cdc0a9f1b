// Descriptive matched-span overlap between coders' highlights: precision, recall and F1 at an
// overlap threshold. Not chance-corrected — report it beside unitizing alpha, not instead of it.
import { validateSpans, type Span } from './spans.ts';

export interface SpanOverlapOptions {
  /** Minimum Jaccard overlap |A∩B| / |A∪B| for two spans of the same category to match. Default 0.5. */
  threshold?: number;
  /** Continuum length, to validate spans. */
  length?: number;
  /** Coders to compare (default: coders seen in the spans, in order of appearance). */
  coders?: readonly string[];
}

export interface OverlapCounts {
  matched: number;
  /** Spans of the reference coder (A). */
  spansA: number;
  /** Spans of the compared coder (B). */
  spansB: number;
  /** matched / spansB, null when B has no spans. */
  precision: number | null;
  /** matched / spansA, null when A has no spans. */
  recall: number | null;
  /** 2·matched / (spansA + spansB), null when neither has spans. */
  f1: number | null;
}

export interface SpanOverlapResult {
  threshold: number;
  measure: 'jaccard';
  /** One entry per unordered coder pair; A is the earlier coder in the list. */
  pairs: Array<{ coderA: string; coderB: string } & OverlapCounts>;
  /** Pooled over all coder pairs and categories (micro average). */
  overall: OverlapCounts;
  byCategory: Record<string, OverlapCounts>;
  reason?: string;
}

/** Precision, recall and F1 from matched-span counts (null where a denominator is zero). */
export function overlapCounts(matched: number, spansA: number, spansB: number): OverlapCounts {
  return {
    matched,
    spansA,
    spansB,
    precision: spansB > 0 ? matched / spansB : null,
    recall: spansA > 0 ? matched / spansA : null,
    f1: spansA + spansB > 0 ? (2 * matched) / (spansA + spansB) : null,
  };
}

/**
 * Working arrays reused from call to call (a consortium matches some 200,000 span lists: allocating them each
 * time was a good part of the cost). The matching never calls itself, so one set serves.
 */
let scratch = { ends: new Float64Array(64), usedA: new Uint8Array(64), usedB: new Uint8Array(64) };
function scratchFor(n: number): typeof scratch {
  if (scratch.ends.length < n) {
    const size = Math.max(n, 2 * scratch.ends.length);
    scratch = { ends: new Float64Array(size), usedA: new Uint8Array(size), usedB: new Uint8Array(size) };
  }
  return scratch;
}

/** The candidate pairs of one matching: span indexes in a and in b, and their overlap. */
let cand = { i: new Int32Array(256), j: new Int32Array(256), score: new Float64Array(256) };
function candidatesFor(n: number): typeof cand {
  if (cand.i.length < n) {
    const size = Math.max(n, 2 * cand.i.length);
    const next = { i: new Int32Array(size), j: new Int32Array(size), score: new Float64Array(size) };
    next.i.set(cand.i);
    next.j.set(cand.j);
    next.score.set(cand.score);
    cand = next;
  }
  return cand;
}

/**
 * Greedy one-to-one matching of spans in one category: candidate pairs with Jaccard ≥ threshold
 * are taken in decreasing order of overlap, each span used at most once.
 */
export function matchSpans(a: readonly Span[], b: readonly Span[], threshold: number): number {
  if (a.length === 0 || b.length === 0) return 0;
  let sorted = true;
  for (let j = 1; j < b.length && sorted; j++) sorted = (b[j - 1] as Span).start <= (b[j] as Span).start;
  const bs = sorted ? b : [...b].sort((x, y) => x.start - y.start);
  // Running maximum of the ends: spans before the first that reaches past s.start cannot overlap s.
  const maxEnd = scratchFor(bs.length).ends;
  for (let j = 0, m = -Infinity; j < bs.length; j++) maxEnd[j] = m = Math.max(m, (bs[j] as Span).end);
  let n = 0;
  for (let i = 0; i < a.length; i++) {
    const s = a[i] as Span;
    let lo = 0;
    let hi = bs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((maxEnd[mid] as number) <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let j = lo; j < bs.length; j++) {
      const t = bs[j] as Span;
      if (t.start >= s.end) break;
      const inter = Math.min(s.end, t.end) - Math.max(s.start, t.start);
      if (inter <= 0) continue;
      const score = inter / (Math.max(s.end, t.end) - Math.min(s.start, t.start));
      if (score < threshold) continue;
      const c = candidatesFor(n + 1);
      c.i[n] = i;
      c.j[n] = j;
      c.score[n++] = score;
    }
  }
  if (n === 0) return 0;
  const { usedA, usedB } = scratchFor(Math.max(a.length, bs.length));
  usedA.fill(0, 0, a.length);
  usedB.fill(0, 0, bs.length);
  // Usually no span has two candidates: then every candidate is taken, whatever the order.
  let shared = false;
  for (let k = 0; k < n && !shared; k++) {
    const i = cand.i[k] as number;
    const j = cand.j[k] as number;
    shared = usedA[i] === 1 || usedB[j] === 1;
    usedA[i] = 1;
    usedB[j] = 1;
  }
  if (!shared) return n;
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  for (let k = 0; k < n; k++)
    candidates.push({ i: cand.i[k] as number, j: cand.j[k] as number, score: cand.score[k] as number });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  usedA.fill(0, 0, a.length);
  usedB.fill(0, 0, bs.length);
  let matched = 0;
  for (const c of candidates) {
    if (usedA[c.i] || usedB[c.j]) continue;
    usedA[c.i] = 1;
    usedB[c.j] = 1;
    matched++;
  }
  return matched;
}

export function spanOverlap(spans: readonly Span[], options: SpanOverlapOptions = {}): SpanOverlapResult {
  const threshold = options.threshold ?? 0.5;
  const coders = options.coders ? [...options.coders] : [...new Set(spans.map((s) => s.coder))];
  const empty: SpanOverlapResult = {
    threshold,
    measure: 'jaccard',
    pairs: [],
    overall: overlapCounts(0, 0, 0),
    byCategory: {},
  };
  if (!(threshold > 0 && threshold <= 1)) return { ...empty, reason: `threshold must be in (0, 1] (got ${threshold})` };
  if (options.length !== undefined) {
    const invalid = validateSpans(spans, options.length);
    if (invalid) return { ...empty, reason: invalid };
  }
  // Grouped by coder, then category (nested maps: no key string is built per span).
  const byCoderCat = new Map<string, Map<string, Span[]>>();
  const seen = new Set<string>();
  for (const s of spans) {
    let cats = byCoderCat.get(s.coder);
    if (!cats) {
      cats = new Map();
      byCoderCat.set(s.coder, cats);
    }
    const list = cats.get(s.category);
    if (list) list.push(s);
    else cats.set(s.category, [s]);
    seen.add(s.category);
  }
  const categories = [...seen].sort();
  const none: Span[] = [];
  const pairs: SpanOverlapResult['pairs'] = [];
  // [matched, spans of A, spans of B] per category, in the order of `categories`.
  const catTotals = categories.map((): [number, number, number] => [0, 0, 0]);
  let tm = 0;
  let ta = 0;
  let tb = 0;
  for (let x = 0; x < coders.length; x++) {
    for (let y = x + 1; y < coders.length; y++) {
      const A = coders[x] as string;
      const B = coders[y] as string;
      let pm = 0;
      let pa = 0;
      let pb = 0;
      const catsA = byCoderCat.get(A);
      const catsB = byCoderCat.get(B);
      categories.forEach((cat, k) => {
        const sa = catsA?.get(cat) ?? none;
        const sb = catsB?.get(cat) ?? none;
        const m = matchSpans(sa, sb, threshold);
        pm += m;
        pa += sa.length;
        pb += sb.length;
        const t = catTotals[k] as [number, number, number];
        t[0] += m;
        t[1] += sa.length;
        t[2] += sb.length;
      });
      pairs.push({ coderA: A, coderB: B, ...overlapCounts(pm, pa, pb) });
      tm += pm;
      ta += pa;
      tb += pb;
    }
  }
  const byCategory: Record<string, OverlapCounts> = {};
  if (coders.length >= 2)
    categories.forEach((cat, k) => {
      const [m, a, b] = catTotals[k] as [number, number, number];
      byCategory[cat] = overlapCounts(m, a, b);
    });
  return { threshold, measure: 'jaccard', pairs, overall: overlapCounts(tm, ta, tb), byCategory };
}
