// Passage disagreements on one transcript, listed for coders to talk through.
import type { AgreementAnnotation, Disagreement } from './types.ts';

const spanKey = (a: AgreementAnnotation) => `${a.coderId}\u0000${a.codeId}`;

/**
 * Span disagreements on one transcript (spans of the coders who took part):
 * - different-codes-same-span: spans of two coders that match by position (Jaccard ≥ threshold) but
 *   carry different codes, where neither coder also used the other's code on that passage;
 * - span-only-one-coder: a span whose code no other coder put anywhere on the passage (any overlap),
 *   and that is not already listed as a different-codes pair.
 */
export function spanDisagreements(
  transcriptId: string,
  title: string,
  anns: readonly AgreementAnnotation[],
  threshold: number,
  nameOf: (coderId: string) => string,
  codeName: (codeId: string) => string,
): Disagreement[] {
  const sorted = [...anns].sort((x, y) => x.start - y.start || x.end - y.end);
  const overlaps = (s: AgreementAnnotation, t: AgreementAnnotation) =>
    Math.min(s.end, t.end) > Math.max(s.start, t.start);
  const jaccard = (s: AgreementAnnotation, t: AgreementAnnotation) =>
    (Math.min(s.end, t.end) - Math.max(s.start, t.start)) / (Math.max(s.end, t.end) - Math.min(s.start, t.start));
  const byCoderCode = new Map<string, AgreementAnnotation[]>();
  for (const a of sorted) {
    const k = spanKey(a);
    const arr = byCoderCode.get(k);
    if (arr) arr.push(a);
    else byCoderCode.set(k, [a]);
  }
  const hasCodeOver = (coderId: string, codeId: string, s: AgreementAnnotation) =>
    (byCoderCode.get(`${coderId}\u0000${codeId}`) ?? []).some((x) => overlaps(x, s));
  const explained = new Set<AgreementAnnotation>();
  const out: Disagreement[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const s = sorted[i] as AgreementAnnotation;
    for (let j = i + 1; j < sorted.length; j++) {
      const t = sorted[j] as AgreementAnnotation;
      if (t.start >= s.end) break;
      if (t.coderId === s.coderId || t.codeId === s.codeId || jaccard(s, t) < threshold) continue;
      if (hasCodeOver(s.coderId, t.codeId, t) || hasCodeOver(t.coderId, s.codeId, s)) continue;
      explained.add(s);
      explained.add(t);
      out.push({
        kind: 'different-codes-same-span',
        transcriptId,
        transcriptTitle: title,
        coderIds: [s.coderId, t.coderId],
        detail: `${nameOf(s.coderId)}: ${codeName(s.codeId)}; ${nameOf(t.coderId)}: ${codeName(t.codeId)}`,
        start: Math.min(s.start, t.start),
        end: Math.max(s.end, t.end),
        codeIds: [s.codeId, t.codeId],
      });
    }
  }
  const coders = [...new Set(anns.map((a) => a.coderId))];
  for (const s of sorted) {
    if (explained.has(s)) continue;
    const others = coders.filter((c) => c !== s.coderId);
    if (others.some((c) => hasCodeOver(c, s.codeId, s))) continue;
    out.push({
      kind: 'span-only-one-coder',
      transcriptId,
      transcriptTitle: title,
      coderIds: [s.coderId],
      detail: `only ${nameOf(s.coderId)} marked ${codeName(s.codeId)} here`,
      start: s.start,
      end: s.end,
      codeIds: [s.codeId],
    });
  }
  return out.sort((x, y) => (x.start ?? 0) - (y.start ?? 0));
}
