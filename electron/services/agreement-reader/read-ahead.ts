// What the reader's worker computes ahead from each transcript as it reads it: the transcript's unitizing alpha
// and, once all are read, the pooled continuum's. One per request (and one for the worker's warm-up).
import { spansOf, transcriptUnitizing } from '../../../shared/reliability/passage-agreement.ts';
import {
  pooledCodeIds,
  pooledUnitizing,
  poolSpans,
  type ObservedSums,
  type PooledUnitizing,
} from '../../../shared/reliability/pooled-unitizing.ts';
import { PooledLayout } from '../../../shared/reliability/pooled-layout.ts';
import type { AgreementAnnotation, AgreementRating } from '../../../shared/reliability/types.ts';
import type { ReaderRequest, ReaderTranscript } from './protocol.ts';
import type { UnitizingAhead } from './wire.ts';

export class ReadAhead {
  /** What the pooled figure needs from every transcript read: its highlights kept compact (ids as indexes). */
  private readonly part = new Map<string, Set<string>>();
  private readonly kept = new Map<string, { ids: Int32Array; spans: Float64Array }>();
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly observed = new Map<string, ObservedSums>();
  /** Codes used, in the order first met (as the steps meet them). */
  private readonly used = new Map<string, true>();

  /** The pooled continuum laid out as it is read, for the case of every chosen coder taking part somewhere. */
  private readonly layout: PooledLayout;

  constructor(private readonly request: Pick<ReaderRequest, 'coders' | 'codes' | 'transcripts'>) {
    this.layout = new PooledLayout(request.coders);
  }

  private indexOf(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.names.push(s) - 1;
      this.ids.set(s, i);
    }
    return i;
  }

  private keep(transcriptId: string, annotations: readonly AgreementAnnotation[]): void {
    const k = { ids: new Int32Array(annotations.length * 2), spans: new Float64Array(annotations.length * 2) };
    annotations.forEach((a, i) => {
      k.ids[2 * i] = this.indexOf(a.coderId);
      k.ids[2 * i + 1] = this.indexOf(a.codeId);
      k.spans[2 * i] = a.start;
      k.spans[2 * i + 1] = a.end;
    });
    this.kept.set(transcriptId, k);
  }

  /** A transcript's highlights again, made only while the pooled continuum is laid out (then let go). */
  private annotationsOf(transcriptId: string): AgreementAnnotation[] | undefined {
    const k = this.kept.get(transcriptId);
    if (!k) return undefined;
    const out: AgreementAnnotation[] = [];
    for (let i = 0; i < k.spans.length / 2; i++)
      out.push({
        transcriptId,
        coderId: this.names[k.ids[2 * i] as number] as string,
        codeId: this.names[k.ids[2 * i + 1] as number] as string,
        start: k.spans[2 * i] as number,
        end: k.spans[2 * i + 1] as number,
      });
    return out;
  }

  /**
   * The transcript's unitizing alpha, as the steps would compute it, over the coders who took part: the request
   * thread uses it only if its own list of those coders is the same.
   */
  add(
    t: ReaderTranscript,
    annotations: readonly AgreementAnnotation[],
    ratings: readonly AgreementRating[],
  ): UnitizingAhead | null {
    const took = new Set(t.extra);
    for (const a of annotations) took.add(a.coderId);
    for (const r of ratings) took.add(r.coderId);
    this.part.set(t.id, took);
    this.keep(t.id, annotations);
    this.layout.add(t, took, annotations);
    for (const a of annotations) this.used.set(a.codeId, true);
    const coders = this.request.coders.filter((c) => took.has(c));
    if (t.callerUnitizes || coders.length < 2 || !(t.length > 0)) return null;
    const value = transcriptUnitizing(t.length, coders, spansOf(annotations));
    if (value.observed) this.observed.set(t.id, value.observed);
    return { coders, value };
  }

  /** Observed sums the request thread computed for a transcript left to it (callerUnitizes). */
  fromCaller(transcriptId: string, observed: ObservedSums | null): void {
    if (observed) this.observed.set(transcriptId, observed);
  }

  /** The pooled continuum's unitizing alpha, as passageAgreement computes it; null where it has none. */
  pooled(): PooledUnitizing | null {
    const { transcripts, codes } = this.request;
    const coders = this.request.coders.filter((c) => transcripts.some((t) => this.part.get(t.id)?.has(c)));
    const laidOut = this.layout.result(coders, codes, this.used, this.observed);
    if (laidOut !== undefined) return laidOut;
    const pool = poolSpans(transcripts, coders, this.part, { get: (id) => this.annotationsOf(id) }, (id) => id);
    if (coders.length < 2 || pool.pooled.length === 0) return null;
    const categories = pooledCodeIds(codes, this.used);
    const result = pooledUnitizing(pool.spans, pool.length, coders, categories, this.observed, pool.pooled);
    return { coders, pooled: pool.pooled, categories, result };
  }
}
