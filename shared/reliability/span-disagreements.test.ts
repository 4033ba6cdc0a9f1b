import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../agreement/index.ts';
import { countSpanDisagreements, spanDisagreements } from './span-disagreements.ts';
import type { AgreementAnnotation, Disagreement } from './types.ts';

/** The definition read literally: every pair of spans and every coder compared, no index. */
function reference(anns: readonly AgreementAnnotation[], threshold: number): Disagreement[] {
  const sorted = [...anns].sort((x, y) => x.start - y.start || x.end - y.end);
  const overlaps = (s: AgreementAnnotation, t: AgreementAnnotation) =>
    Math.min(s.end, t.end) > Math.max(s.start, t.start);
  const jaccard = (s: AgreementAnnotation, t: AgreementAnnotation) =>
    (Math.min(s.end, t.end) - Math.max(s.start, t.start)) / (Math.max(s.end, t.end) - Math.min(s.start, t.start));
  const hasCodeOver = (coder: string, code: string, s: AgreementAnnotation) =>
    sorted.some((x) => x.coderId === coder && x.codeId === code && overlaps(x, s));
  const explained = new Set<AgreementAnnotation>();
  const out: Disagreement[] = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const s = sorted[i]!;
      const t = sorted[j]!;
      if (t.start >= s.end) break;
      if (t.coderId === s.coderId || t.codeId === s.codeId || jaccard(s, t) < threshold) continue;
      if (hasCodeOver(s.coderId, t.codeId, t) || hasCodeOver(t.coderId, s.codeId, s)) continue;
      explained.add(s).add(t);
      out.push({
        kind: 'different-codes-same-span',
        transcriptId: 't',
        transcriptTitle: 'T',
        coderIds: [s.coderId, t.coderId],
        detail: `${s.coderId}: ${s.codeId}; ${t.coderId}: ${t.codeId}`,
        start: Math.min(s.start, t.start),
        end: Math.max(s.end, t.end),
        codeIds: [s.codeId, t.codeId],
      });
    }
  const coders = [...new Set(anns.map((a) => a.coderId))];
  for (const s of sorted) {
    if (explained.has(s)) continue;
    if (coders.some((c) => c !== s.coderId && hasCodeOver(c, s.codeId, s))) continue;
    out.push({
      kind: 'span-only-one-coder',
      transcriptId: 't',
      transcriptTitle: 'T',
      coderIds: [s.coderId],
      detail: `only ${s.coderId} marked ${s.codeId} here`,
      start: s.start,
      end: s.end,
      codeIds: [s.codeId],
    });
  }
  return out.sort((x, y) => (x.start ?? 0) - (y.start ?? 0));
}

function randomSpans(seed: number): AgreementAnnotation[] {
  const rnd = mulberry32(seed);
  const n = 5 + Math.floor(rnd() * 60);
  return Array.from({ length: n }, () => {
    const start = Math.floor(rnd() * 400);
    // Mostly short spans, some long ones that reach over many others (the index must not miss them).
    const len = rnd() < 0.15 ? 100 + Math.floor(rnd() * 250) : 1 + Math.floor(rnd() * 40);
    return {
      transcriptId: 't',
      coderId: `c${Math.floor(rnd() * 4)}`,
      codeId: `k${Math.floor(rnd() * 5)}`,
      start,
      end: start + len,
    };
  });
}

const id = (x: string) => x;

describe('span disagreements', () => {
  it('find what comparing every pair of spans finds, on 300 random transcripts with long and nested spans', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const anns = randomSpans(seed);
      for (const threshold of [0.3, 0.5, 1])
        expect(spanDisagreements('t', 'T', anns, threshold, id, id), `seed ${seed}, threshold ${threshold}`).toEqual(
          reference(anns, threshold),
        );
    }
  });

  it('when only counted, are the same disagreements with their sentence left empty', () => {
    const anns = randomSpans(7);
    const full = spanDisagreements('t', 'T', anns, 0.5, id, id);
    const counted = spanDisagreements('t', 'T', anns, 0.5, id, id, false);
    expect(full.length).toBeGreaterThan(3);
    expect(counted).toEqual(full.map((d) => ({ ...d, detail: '' })));
  });

  it('counted without being listed: as many of each kind as are listed, on 300 random transcripts', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const anns = randomSpans(seed);
      for (const threshold of [0.3, 0.5, 1]) {
        const listed = spanDisagreements('t', 'T', anns, threshold, id, id, false);
        const of = (kind: string) => listed.filter((d) => d.kind === kind).length;
        expect(countSpanDisagreements(anns, threshold), `seed ${seed}, threshold ${threshold}`).toEqual({
          'different-codes-same-span': of('different-codes-same-span'),
          'span-only-one-coder': of('span-only-one-coder'),
        });
      }
    }
  });
});
