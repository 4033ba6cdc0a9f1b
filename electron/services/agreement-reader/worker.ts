/**
 * Worker-thread entry of the agreement reader: reads the asked transcripts' highlights and ratings with a
 * read-only connection of its own, in batches, while the request thread computes the ones already sent, and
 * computes ahead what needs only them: each transcript's unitizing alpha, then the pooled continuum's. At
 * consortium size reading and unitizing are over half of the dashboard's work. Messages: batches, the pooled
 * figure, then done, or the error as the dispatcher would word it. The request comes as the worker's data, or
 * as its first message when it was started ahead (a spare, so a computation does not wait for it to load).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { spansOf, transcriptUnitizing } from '../../../shared/reliability/passage-agreement.ts';
import {
  pooledCodeIds,
  pooledUnitizing,
  poolSpans,
  type ObservedSums,
  type PooledUnitizing,
} from '../../../shared/reliability/pooled-unitizing.ts';
import type { AgreementAnnotation, AgreementRating } from '../../../shared/reliability/types.ts';
import { openReadingConnection } from '../db/project-file.ts';
import { listAgreementAnnotationsOf, listAgreementRatingsOf } from '../db/tables/agreement-input.ts';
import type { ReaderMessage, ReaderRequest, ReaderStart, ReaderTranscript } from './protocol.ts';
import { WireEncoder, type TranscriptRecords, type UnitizingAhead } from './wire.ts';
import { failureOf } from '../worker-source.ts';

const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(m, transfer);

function serve({ path, coders: chosen, codes, transcripts }: ReaderRequest): void {
  /** What the pooled figure needs from every transcript read: its highlights kept compact (ids as indexes). */
  const part = new Map<string, Set<string>>();
  const kept = new Map<string, { ids: Int32Array; spans: Float64Array }>();
  const ids = new Map<string, number>();
  const names: string[] = [];
  const indexOf = (s: string) => {
    let i = ids.get(s);
    if (i === undefined) {
      i = names.push(s) - 1;
      ids.set(s, i);
    }
    return i;
  };
  function keep(transcriptId: string, annotations: readonly AgreementAnnotation[]): void {
    const k = { ids: new Int32Array(annotations.length * 2), spans: new Float64Array(annotations.length * 2) };
    annotations.forEach((a, i) => {
      k.ids[2 * i] = indexOf(a.coderId);
      k.ids[2 * i + 1] = indexOf(a.codeId);
      k.spans[2 * i] = a.start;
      k.spans[2 * i + 1] = a.end;
    });
    kept.set(transcriptId, k);
  }
  /** A transcript's highlights again, made only while the pooled continuum is laid out (then let go). */
  const annsBy = {
    get(transcriptId: string): AgreementAnnotation[] | undefined {
      const k = kept.get(transcriptId);
      if (!k) return undefined;
      const out: AgreementAnnotation[] = [];
      for (let i = 0; i < k.spans.length / 2; i++)
        out.push({
          transcriptId,
          coderId: names[k.ids[2 * i] as number] as string,
          codeId: names[k.ids[2 * i + 1] as number] as string,
          start: k.spans[2 * i] as number,
          end: k.spans[2 * i + 1] as number,
        });
      return out;
    },
  };
  const observed = new Map<string, ObservedSums>();
  /** Codes used, in the order first met (as the steps meet them). */
  const used = new Map<string, true>();

  /**
   * The transcript's unitizing alpha, as the steps would compute it, over the coders who took part: the request
   * thread uses it only if its own list of those coders is the same.
   */
  function unitizingAhead(
    t: ReaderTranscript,
    annotations: readonly AgreementAnnotation[],
    ratings: readonly AgreementRating[],
  ): UnitizingAhead | null {
    const took = new Set(t.extra);
    for (const a of annotations) took.add(a.coderId);
    for (const r of ratings) took.add(r.coderId);
    part.set(t.id, took);
    keep(t.id, annotations);
    for (const a of annotations) used.set(a.codeId, true);
    const coders = chosen.filter((c) => took.has(c));
    if (coders.length < 2 || !(t.length > 0)) return null;
    const value = transcriptUnitizing(t.length, coders, spansOf(annotations));
    if (value.observed) observed.set(t.id, value.observed);
    return { coders, value };
  }

  /** The pooled continuum's unitizing alpha, as passageAgreement computes it; null where it has none. */
  function pooledAhead(): PooledUnitizing | null {
    const coders = chosen.filter((c) => transcripts.some((t) => part.get(t.id)?.has(c)));
    const pool = poolSpans(transcripts, coders, part, annsBy, (id) => id);
    if (coders.length < 2 || pool.pooled.length === 0) return null;
    const categories = pooledCodeIds(codes, used);
    const result = pooledUnitizing(pool.spans, pool.length, coders, categories, observed, pool.pooled);
    return { coders, pooled: pool.pooled, categories, result };
  }

  /** A small first batch, so the computation starts at once; then larger ones (fewer messages). */
  const FIRST_BATCH = 2;
  const BATCH = 16;

  try {
    const db = openReadingConnection(path);
    try {
      const encoder = new WireEncoder();
      let items: TranscriptRecords[] = [];
      let size = FIRST_BATCH;
      const send = () => {
        const { batch, transfer } = encoder.encode(items);
        post({ kind: 'batch', batch }, transfer);
        items = [];
        size = BATCH;
      };
      for (const t of transcripts) {
        const visible = new Set(t.visible);
        const annotations = listAgreementAnnotationsOf(db, { transcriptId: t.id }).filter((a) =>
          visible.has(a.coderId),
        );
        const ratings = listAgreementRatingsOf(db, { transcriptId: t.id }).filter((r) => visible.has(r.coderId));
        items.push({ id: t.id, annotations, ratings, unitizing: unitizingAhead(t, annotations, ratings) });
        if (items.length >= size) send();
      }
      if (items.length > 0) send();
    } finally {
      db.close();
    }
    post({ kind: 'pooled', value: pooledAhead() });
    post({ kind: 'done' });
  } catch (e) {
    post(failureOf(e, path));
  }
}

const asked = workerData as ReaderRequest | null;
if (asked) serve(asked);
else parentPort?.once('message', (m: ReaderStart) => serve(m.request));
