// Passage agreement: per transcript, unitizing alpha, span overlap and span disagreements of the
// coders who took part; pooled, unitizing alpha on the transcripts every passage coder coded, laid
// end to end, with the overlap counts summed over the transcripts.
import { spanOverlap, unitizingAlpha, type AgreementResult, type Span } from '../agreement/index.ts';
import { overlapCounts, type OverlapCounts } from '../agreement/span-overlap.ts';
import { nullStatistic, smallNWarning, toStatistic } from './common.ts';
import {
  pooledCodeIds,
  pooledUnitizingSteps,
  poolSpans,
  sameAsAhead,
  type ObservedSums,
  type PooledUnitizing,
} from './pooled-unitizing.ts';
import { countSpanDisagreements, spanDisagreements } from './span-disagreements.ts';
import type {
  AgreementAnnotation,
  AgreementTranscript,
  CodeAgreement,
  Disagreement,
  DisagreementKind,
  PassageAgreement,
  ProjectAgreementInput,
  Statistic,
} from './types.ts';

/** [matched, spans of coder A, spans of coder B], summed over transcripts. */
type Counts = [number, number, number];

/** Overlap counts and span tallies gathered over the transcripts. */
export interface PassageAcc {
  pairOverlap: Map<string, Counts>; // "coderA\0coderB" → counts
  codeOverlap: Map<string, Counts>;
  spansByCoderByCode: Map<string, Map<string, number>>; // code → coder → spans
  overallOverlap: Counts;
  /**
   * Each transcript's unitizing alpha observed sums (Σ δ² per code), with the coders they were computed over.
   * The pooled continuum's are the sum of its transcripts' (when their coders are the passage coders), so it
   * need not be walked again. Exact for whole-number offsets with every span longer than nothing (as stored
   * highlights are; `usable` says so); otherwise not used. Kept per transcript because which coders pool is
   * known only once every transcript has been read (the steps may read them one by one).
   */
  observed: Map<string, ObservedSums>;
}

export function newPassageAcc(): PassageAcc {
  return {
    pairOverlap: new Map(),
    codeOverlap: new Map(),
    spansByCoderByCode: new Map(),
    overallOverlap: [0, 0, 0],
    observed: new Map(),
  };
}

/** Records a transcript's observed sums as unitizing alpha computes them for its own figure. */
function observeInto(into: ObservedSums): (category: string, sum: number) => void {
  return (category, sum) => into.sums.set(category, (into.sums.get(category) ?? 0) + sum);
}

const wholeSpans = (spans: readonly Span[]) =>
  spans.every((x) => Number.isInteger(x.start) && Number.isInteger(x.end) && x.end > x.start);

/** A transcript's unitizing alpha, and its observed sums for the pooled continuum (null: none to lend). */
export interface TranscriptUnitizing {
  alphaU: Statistic;
  observed: ObservedSums | null;
}

/** The spans unitizing alpha and span overlap read, in the highlights' order. */
export const spansOf = (anns: readonly AgreementAnnotation[]): Span[] =>
  anns.map((a) => ({ coder: a.coderId, category: a.codeId, start: a.start, end: a.end }));

/**
 * Unitizing alpha of one transcript of positive length over the coders who took part (at least two); its
 * sums are kept for the pooled continuum, which may lay this transcript end to end with others. Pure: a host
 * may compute it ahead (the agreement reader's worker does) and hand it to transcriptPassages.
 */
export function transcriptUnitizing(
  length: number,
  coders: readonly string[],
  spans: readonly Span[],
): TranscriptUnitizing {
  let told = false;
  const rec: ObservedSums = { coders, sums: new Map(), usable: wholeSpans(spans) };
  const observe = observeInto(rec);
  const ua = unitizingAlpha(spans, {
    length,
    coders,
    onObserved: (cat: string, sum: number) => {
      told = true;
      observe(cat, sum);
    },
  });
  return { alphaU: toStatistic(ua.overall, spans.length), observed: told || spans.length === 0 ? rec : null };
}

/** What one transcript's passages add to its row. */
export interface TranscriptPassages {
  alphaU: Statistic;
  overlap: OverlapCounts;
  spansByCoder: Record<string, number>;
  disagreements: Disagreement[];
  /** Span disagreements only counted (mode 'count'), by kind; the list then holds none. */
  counted: Partial<Record<DisagreementKind, number>>;
}

/** What becomes of the span disagreements: listed with their sentence, listed without it, or only counted. */
export type DisagreementMode = 'describe' | 'list' | 'count';

/**
 * One transcript's passages (the spans of the coders who took part): counted per coder and code,
 * matched for overlap (added to the accumulator), unitizing alpha (`unitizing`: already computed over
 * these coders, by transcriptUnitizing), and the span disagreements (as `mode` says).
 */
export function transcriptPassages(
  t: AgreementTranscript,
  coders: string[],
  anns: readonly AgreementAnnotation[],
  threshold: number,
  acc: PassageAcc,
  names: { coder: (id: string) => string; code: (id: string) => string },
  mode: DisagreementMode = 'describe',
  unitizing?: TranscriptUnitizing,
): TranscriptPassages {
  // Counted in maps (coder ids as object keys made dictionary objects, slow at 576,000 increments).
  const perCoder = new Map<string, number>(coders.map((c) => [c, 0]));
  for (const a of anns) {
    perCoder.set(a.coderId, (perCoder.get(a.coderId) ?? 0) + 1);
    let rec = acc.spansByCoderByCode.get(a.codeId);
    if (!rec) acc.spansByCoderByCode.set(a.codeId, (rec = new Map()));
    rec.set(a.coderId, (rec.get(a.coderId) ?? 0) + 1);
  }
  const spansByCoder: Record<string, number> = Object.fromEntries(perCoder);
  const spans = spansOf(anns);
  let alphaU: Statistic = nullStatistic('needs at least two coders who took part in this transcript', spans.length);
  let overlap = overlapCounts(0, 0, 0);
  const disagreements: Disagreement[] = [];
  let counted: TranscriptPassages['counted'] = {};
  if (coders.length >= 2) {
    const ov = spanOverlap(spans, { threshold, coders, length: t.length });
    if (!ov.reason) {
      overlap = ov.overall;
      const o = acc.overallOverlap;
      acc.overallOverlap = [o[0] + ov.overall.matched, o[1] + ov.overall.spansA, o[2] + ov.overall.spansB];
      for (const p of ov.pairs) {
        const k = `${p.coderA}\u0000${p.coderB}`;
        const cur = acc.pairOverlap.get(k) ?? [0, 0, 0];
        acc.pairOverlap.set(k, [cur[0] + p.matched, cur[1] + p.spansA, cur[2] + p.spansB]);
      }
      for (const [cat, c] of Object.entries(ov.byCategory)) {
        const cur = acc.codeOverlap.get(cat) ?? [0, 0, 0];
        acc.codeOverlap.set(cat, [cur[0] + c.matched, cur[1] + c.spansA, cur[2] + c.spansB]);
      }
    }
    if (t.length > 0) {
      const u = unitizing ?? transcriptUnitizing(t.length, coders, spans);
      if (u.observed) acc.observed.set(t.id, u.observed);
      alphaU = u.alphaU;
    }
    if (mode === 'count') counted = countSpanDisagreements(anns, threshold);
    else
      disagreements.push(
        ...spanDisagreements(t.id, t.title, anns, threshold, names.coder, names.code, mode === 'describe'),
      );
  }
  return { alphaU, overlap, spansByCoder, disagreements, counted };
}

/** Pooled passage agreement over the chosen transcripts; pauses (yields) between codes. */
export function* passageAgreement(
  input: ProjectAgreementInput,
  coderIds: string[],
  part: Map<string, Set<string>>,
  annsBy: ReadonlyMap<string, readonly AgreementAnnotation[]>,
  threshold: number,
  acc: PassageAcc,
  ahead?: PooledUnitizing,
): Generator<void, PassageAgreement, void> {
  const coders = coderIds.filter((c) => input.transcripts.some((t) => part.get(t.id)?.has(c)));
  const nameOf = (c: string) => input.coders.find((x) => x.id === c)?.name ?? c;
  const codeIds = pooledCodeIds(input.codebook.codes, acc.spansByCoderByCode);
  // Computed ahead by the host (the agreement reader's worker) over the same continuum: its spans are not laid out.
  let pool = poolSpans(input.transcripts, coders, part, annsBy, nameOf, !ahead);
  const useAhead = ahead !== undefined && sameAsAhead(ahead, coders, pool.pooled, codeIds);
  if (ahead && !useAhead) pool = poolSpans(input.transcripts, coders, part, annsBy, nameOf, true);
  const { pooled, excluded, length } = pool;
  const label = new Map(input.codebook.codes.map((c) => [c.id, c.label]));

  let alphaOverall: Statistic;
  let perCode: Record<string, AgreementResult> = {};
  if (coders.length < 2) alphaOverall = nullStatistic('unitizing alpha needs at least two coders who took part', 0);
  else if (pooled.length === 0)
    alphaOverall = nullStatistic(
      'no transcript was coded by every passage coder; choose coders who coded the same transcripts',
      0,
    );
  else {
    yield;
    const ua =
      useAhead && ahead
        ? ahead.result
        : yield* pooledUnitizingSteps(pool.spans, length, coders, codeIds, acc.observed, pooled);
    perCode = ua.categories;
    alphaOverall = toStatistic(ua.overall, pool.count);
  }
  const spansOf = pool.spansOf;
  const codes: CodeAgreement[] = codeIds.map((id) => {
    const r = perCode[id];
    const nSpans = spansOf.get(id) ?? 0;
    const o = acc.codeOverlap.get(id) ?? [0, 0, 0];
    return {
      codeId: id,
      label: label.get(id) ?? id,
      alphaU: r
        ? toStatistic(r, nSpans)
        : { ...alphaOverall, value: null, reason: alphaOverall.reason ?? 'not computed', n: nSpans },
      overlap: overlapCounts(o[0], o[1], o[2]),
      spansByCoder: Object.fromEntries(acc.spansByCoderByCode.get(id) ?? []),
      warning: smallNWarning(nSpans, 'spans', 'unitizing alpha'),
    };
  });
  const pairs: PassageAgreement['pairs'] = [];
  for (const [k, [m, a, b]] of acc.pairOverlap) {
    const [coderA, coderB] = k.split('\u0000') as [string, string];
    pairs.push({ coderA, coderB, ...overlapCounts(m, a, b) });
  }
  const [m, a, b] = acc.overallOverlap;
  return {
    overlapThreshold: threshold,
    coders,
    pooledTranscripts: pooled,
    continuumLength: length,
    excludedTranscripts: excluded,
    overall: {
      alphaU: alphaOverall,
      overlap: overlapCounts(m, a, b),
      spans: pool.count,
      warning: smallNWarning(pool.count, 'spans', 'unitizing alpha'),
    },
    codes,
    pairs,
  };
}
