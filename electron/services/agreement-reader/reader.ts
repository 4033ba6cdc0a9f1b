// The request thread's side of the agreement reader: a worker thread reads the transcripts' highlights and
// ratings in computing order while the agreement steps compute those that have arrived.
import type { Worker } from 'node:worker_threads';
import type { PooledUnitizing } from '../../../shared/reliability/pooled-unitizing.ts';
import type { TranscriptSource } from '../../../shared/reliability/project-agreement.ts';
import { ServiceError } from '../service-error.ts';
import type { ReaderMessage, ReaderObserved } from './protocol.ts';
import { WireDecoder, type TranscriptRecords } from './wire.ts';

export interface StreamingSource extends TranscriptSource {
  /** Settles once this transcript's records have arrived (rejects if reading failed); null if they have. */
  ready(transcriptId: string): Promise<void> | null;
  /** Settles once everything has arrived, the pooled figure included; null if it has. */
  readyAll(): Promise<void> | null;
  /** Whether any transcript has arrived (a worker that failed before could not start: read in-thread then). */
  delivered(): boolean;
  /** Stops the worker if it is still reading (the computation ended early or failed). */
  close(): void;
}

interface Waiter {
  id: string;
  resolve: () => void;
  reject: (e: Error) => void;
}

/**
 * Reads the transcripts' records in a worker already given its request (SpareReader.take), each transcript
 * once, in the order asked; the worker also computes their unitizing alpha ahead. `shown(transcriptId,
 * coderId)` keeps only what the acting coder may see, as the in-thread reading does (the worker reads only
 * those coders' records already).
 */
export function readInWorker(
  worker: Worker,
  shown: (transcriptId: string, coderId: string) => boolean,
): StreamingSource {
  const records = new Map<string, TranscriptRecords>();
  const decoder = new WireDecoder();
  let waiters: Waiter[] = [];
  let pooled: PooledUnitizing | null = null;
  let allHere = false;
  let whenAll: { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } | null = null;
  let failure: Error | null = null;
  let finished = false;

  const fail = (e: Error) => {
    if (finished) return;
    finished = true;
    failure = e;
    for (const w of waiters) w.reject(e);
    waiters = [];
    whenAll?.reject(e);
    void worker.terminate();
  };
  worker.on('message', (m: ReaderMessage) => {
    if (m.kind === 'batch') {
      for (const t of decoder.decode(m.batch, shown)) records.set(t.id, t);
      const still: Waiter[] = [];
      for (const w of waiters) (records.has(w.id) ? w.resolve : () => still.push(w))();
      waiters = still;
    } else if (m.kind === 'pooled') pooled = m.value;
    else if (m.kind === 'done') {
      finished = true;
      allHere = true;
      whenAll?.resolve();
    } else fail(new ServiceError(m.type, m.message));
  });
  worker.on('error', (e) =>
    fail(new ServiceError('internal', `reading the project for agreement stopped: ${e.message}`)),
  );
  worker.on('exit', (code) => {
    if (!finished)
      fail(new ServiceError('internal', `reading the project for agreement stopped (worker exit ${code})`));
  });

  const take = (id: string): TranscriptRecords => {
    const r = records.get(id);
    if (!r) throw new ServiceError('internal', `transcript ${id} was computed before it was read`);
    return r;
  };
  return {
    annotationsOf: (id) => take(id).annotations,
    ratingsOf: (id) => take(id).ratings,
    unitizingOf(id, coders) {
      const u = take(id).unitizing;
      return u && u.coders.length === coders.length && u.coders.every((c, i) => c === coders[i]) ? u.value : undefined;
    },
    pooledUnitizing: () => pooled ?? undefined,
    unitizedHere(transcriptId, observed) {
      if (!finished) worker.postMessage({ kind: 'observed', transcriptId, observed } satisfies ReaderObserved);
    },
    delivered: () => records.size > 0,
    readyAll() {
      if (allHere) return null;
      if (failure) return Promise.reject(failure);
      if (!whenAll) {
        let resolve = () => {};
        let reject: (e: Error) => void = () => {};
        const promise = new Promise<void>((ok, no) => {
          resolve = ok;
          reject = no;
        });
        whenAll = { promise, resolve, reject };
      }
      return whenAll.promise;
    },
    ready(id) {
      if (records.has(id)) return null;
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => waiters.push({ id, resolve, reject }));
    },
    close() {
      // Ended already when it finished; stopped here otherwise (the computation ended early or failed).
      finished = true;
      void worker.terminate();
    },
  };
}
