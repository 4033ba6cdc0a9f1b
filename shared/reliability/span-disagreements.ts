// Passage disagreements on one transcript, listed for coders to talk through.
import type { AgreementAnnotation, Disagreement } from './types.ts';

const overlaps = (s: AgreementAnnotation, t: AgreementAnnotation) =>
  Math.min(s.end, t.end) > Math.max(s.start, t.start);
const jaccard = (s: AgreementAnnotation, t: AgreementAnnotation) =>
  (Math.min(s.end, t.end) - Math.max(s.start, t.start)) / (Math.max(s.end, t.end) - Math.min(s.start, t.start));

/** One code's spans by start, with the running maximum of their ends. */
interface CodeSpans {
  spans: AgreementAnnotation[];
  maxEnd: number[];
}

/** Per code, its spans in text order, so the spans over a passage are found without scanning from the first. */
function indexByCode(sorted: readonly AgreementAnnotation[]): Map<string, CodeSpans> {
  const byCode = new Map<string, CodeSpans>();
  for (const a of sorted) {
    let g = byCode.get(a.codeId);
    if (!g) {
      g = { spans: [], maxEnd: [] };
      byCode.set(a.codeId, g);
    }
    const last = g.maxEnd.length ? (g.maxEnd[g.maxEnd.length - 1] as number) : -Infinity;
    g.maxEnd.push(Math.max(last, a.end));
    g.spans.push(a);
  }
  return byCode;
}

/**
 * Whether a span of `codeId` overlaps s: by `coder` itself (same = true) or by any other coder (same = false).
 * Spans whose running maximum end is at or before s's start cannot overlap it: a binary search skips them.
 */
function codeOver(
  byCode: Map<string, CodeSpans>,
  codeId: string,
  s: AgreementAnnotation,
  coder: string,
  same: boolean,
) {
  const g = byCode.get(codeId);
  if (!g) return false;
  let lo = 0;
  let hi = g.spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((g.maxEnd[mid] as number) <= s.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < g.spans.length; k++) {
    const x = g.spans[k] as AgreementAnnotation;
    if (x.start >= s.end) break;
    if ((x.coderId === coder) === same && overlaps(x, s)) return true;
  }
  return false;
}

/**
 * The sentence a passage disagreement is listed with (names of the coders and codes it names, in order):
 * written here for the shown ones, and by a report for the few it lists when the rest were only counted.
 */
export function spanDisagreementDetail(
  d: Pick<Disagreement, 'kind' | 'coderIds' | 'codeIds'>,
  nameOf: (coderId: string) => string,
  codeName: (codeId: string) => string,
): string {
  const [a = '', b = ''] = d.coderIds;
  const [x = '', y = ''] = d.codeIds ?? [];
  return d.kind === 'different-codes-same-span'
    ? `${nameOf(a)}: ${codeName(x)}; ${nameOf(b)}: ${codeName(y)}`
    : `only ${nameOf(a)} marked ${codeName(x)} here`;
}

type SpanKind = 'different-codes-same-span' | 'span-only-one-coder';

/**
 * Walks one transcript's span disagreements (spans of the coders who took part), telling each as found:
 * - different-codes-same-span: spans of two coders that match by position (Jaccard ≥ threshold) but
 *   carry different codes, where neither coder also used the other's code on that passage;
 * - span-only-one-coder: a span whose code no other coder put anywhere on the passage (any overlap),
 *   and that is not already listed as a different-codes pair.
 */
function walkSpanDisagreements(
  anns: readonly AgreementAnnotation[],
  threshold: number,
  found: (kind: SpanKind, s: AgreementAnnotation, t?: AgreementAnnotation) => void,
): void {
  const order = (x: AgreementAnnotation, y: AgreementAnnotation) => x.start - y.start || x.end - y.end;
  let inOrder = true;
  for (let i = 1; i < anns.length && inOrder; i++) inOrder = order(anns[i - 1]!, anns[i]!) <= 0;
  const sorted = inOrder ? anns : [...anns].sort(order); // read in text order already
  const byCode = indexByCode(sorted);
  const explained = new Set<AgreementAnnotation>();
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as AgreementAnnotation;
    for (let j = i + 1; j < sorted.length; j++) {
      const t = sorted[j] as AgreementAnnotation;
      if (t.start >= s.end) break;
      if (t.coderId === s.coderId || t.codeId === s.codeId || jaccard(s, t) < threshold) continue;
      if (codeOver(byCode, t.codeId, t, s.coderId, true) || codeOver(byCode, s.codeId, s, t.coderId, true)) continue;
      explained.add(s);
      explained.add(t);
      found('different-codes-same-span', s, t);
    }
  }
  for (const s of sorted) {
    if (explained.has(s)) continue;
    if (codeOver(byCode, s.codeId, s, s.coderId, false)) continue;
    found('span-only-one-coder', s);
  }
}

/**
 * One transcript's span disagreements (walkSpanDisagreements), in text order. `describe` false: they are only
 * to be counted or summarised, so their `detail` is left empty (at consortium size most are never shown, and
 * their sentences were a good part of the time).
 */
export function spanDisagreements(
  transcriptId: string,
  title: string,
  anns: readonly AgreementAnnotation[],
  threshold: number,
  nameOf: (coderId: string) => string,
  codeName: (codeId: string) => string,
  describe = true,
): Disagreement[] {
  const out: Disagreement[] = [];
  walkSpanDisagreements(anns, threshold, (kind, s, t) => {
    const d: Disagreement = t
      ? {
          kind,
          transcriptId,
          transcriptTitle: title,
          coderIds: [s.coderId, t.coderId],
          detail: '',
          start: Math.min(s.start, t.start),
          end: Math.max(s.end, t.end),
          codeIds: [s.codeId, t.codeId],
        }
      : {
          kind,
          transcriptId,
          transcriptTitle: title,
          coderIds: [s.coderId],
          detail: '',
          start: s.start,
          end: s.end,
          codeIds: [s.codeId],
        };
    if (describe) d.detail = spanDisagreementDetail(d, nameOf, codeName);
    out.push(d);
  });
  return out.sort((x, y) => (x.start ?? 0) - (y.start ?? 0));
}

/** How many span disagreements of each kind spanDisagreements would list, without listing them. */
export function countSpanDisagreements(
  anns: readonly AgreementAnnotation[],
  threshold: number,
): Record<SpanKind, number> {
  const n: Record<SpanKind, number> = { 'different-codes-same-span': 0, 'span-only-one-coder': 0 };
  walkSpanDisagreements(anns, threshold, (kind) => void (n[kind] += 1));
  return n;
}
