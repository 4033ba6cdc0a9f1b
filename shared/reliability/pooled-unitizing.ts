// The pooled continuum of passage agreement: the transcripts every passage coder took part in, laid end to
// end, and its unitizing alpha. Shared by the steps (passage-agreement.ts) and a host that computes it ahead
// (the agreement reader's worker), which hands it over only for exactly the same continuum.
import { unitizingAlphaSteps, type Span, type UnitizingResult } from '../agreement/index.ts';
import type { AgreementAnnotation, PassageAgreement } from './types.ts';

/** One transcript's observed sums, as its own unitizing alpha computed them (passage-agreement.ts). */
export interface ObservedSums {
  coders: readonly string[];
  sums: Map<string, number>;
  usable: boolean;
}

/** The pooled continuum: its transcripts in order, those left out and why, its spans (when laid out). */
export interface PooledSpans {
  pooled: string[];
  excluded: PassageAgreement['excludedTranscripts'];
  /** Empty unless laid out (`withSpans`). */
  spans: Span[];
  /** How many spans it holds, in all and per code. */
  count: number;
  spansOf: Map<string, number>;
  length: number;
}

/** The pooled unitizing alpha computed ahead, with what it was computed over. */
export interface PooledUnitizing {
  coders: string[];
  pooled: string[];
  categories: string[];
  result: UnitizingResult;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether a pooled figure computed ahead is over exactly this continuum (coders, transcripts, codes, in order). */
export function sameAsAhead(
  ahead: PooledUnitizing,
  coders: readonly string[],
  pooled: readonly string[],
  categories: readonly string[],
): boolean {
  return sameList(ahead.coders, coders) && sameList(ahead.pooled, pooled) && sameList(ahead.categories, categories);
}

/**
 * The transcripts every passage coder took part in (of positive length), in order, laid end to end: spans
 * shifted by the lengths before them. `withSpans` false: only counted (a figure computed ahead needs no spans).
 */
export function poolSpans(
  transcripts: readonly { id: string; length: number }[],
  coders: readonly string[],
  part: ReadonlyMap<string, ReadonlySet<string>>,
  annsBy: { get(transcriptId: string): readonly AgreementAnnotation[] | undefined },
  nameOf: (coderId: string) => string,
  withSpans = true,
): PooledSpans {
  const out: PooledSpans = { pooled: [], excluded: [], spans: [], count: 0, spansOf: new Map(), length: 0 };
  let offset = 0;
  for (const t of transcripts) {
    const took = part.get(t.id) ?? new Set<string>();
    const missing = coders.filter((c) => !took.has(c));
    if (coders.length < 2) continue;
    if (missing.length > 0) {
      if (took.size > 0)
        out.excluded.push({
          transcriptId: t.id,
          reason: `not coded by every passage coder (missing: ${missing.map(nameOf).join(', ')})`,
        });
      continue;
    }
    if (t.length <= 0) continue;
    for (const a of annsBy.get(t.id) ?? []) {
      if (!took.has(a.coderId)) continue;
      out.count++;
      out.spansOf.set(a.codeId, (out.spansOf.get(a.codeId) ?? 0) + 1);
      if (withSpans)
        out.spans.push({ coder: a.coderId, category: a.codeId, start: a.start + offset, end: a.end + offset });
    }
    out.pooled.push(t.id);
    offset += t.length;
  }
  out.length = offset;
  return out;
}

/** The codes of the pooled figures: the codebook's (an archived one only if used), then any other code used. */
export function pooledCodeIds(
  codes: readonly { id: string; archived?: boolean | undefined }[],
  used: { has(id: string): boolean; keys(): Iterable<string> },
): string[] {
  const ids = codes.filter((c) => !c.archived || used.has(c.id)).map((c) => c.id);
  for (const c of used.keys()) if (!ids.includes(c)) ids.push(c);
  return ids;
}

/**
 * The pooled continuum's observed sums: its transcripts' own, added in transcript order; null when one of them
 * has none recorded over exactly these coders, or its spans make the sum inexact (the continuum is walked then).
 */
export function pooledObservedSums(
  observed: ReadonlyMap<string, ObservedSums>,
  pooled: readonly string[],
  coders: readonly string[],
): Map<string, number> | null {
  const sums = new Map<string, number>();
  for (const id of pooled) {
    const o = observed.get(id);
    if (!o || !o.usable || !sameList(o.coders, coders)) return null;
    for (const [category, sum] of o.sums) sums.set(category, (sums.get(category) ?? 0) + sum);
  }
  return sums;
}

/** Unitizing alpha of the pooled continuum (its observed sums from its transcripts'); pauses between codes. */
export function* pooledUnitizingSteps(
  spans: readonly Span[],
  length: number,
  coders: readonly string[],
  categories: readonly string[],
  observed: ReadonlyMap<string, ObservedSums>,
  pooled: readonly string[],
): Generator<void, UnitizingResult, void> {
  const observedSums = pooledObservedSums(observed, pooled, coders);
  return yield* unitizingAlphaSteps(spans, { length, coders, categories, ...(observedSums ? { observedSums } : {}) });
}

/** The same at once (the agreement reader's worker). */
export function pooledUnitizing(...a: Parameters<typeof pooledUnitizingSteps>): UnitizingResult {
  const it = pooledUnitizingSteps(...a);
  for (;;) {
    const r = it.next();
    if (r.done) return r.value;
  }
}
