/**
 * Worker-thread entry of the agreement reader: reads the asked transcripts' highlights and ratings with a
 * read-only connection of its own, in batches, while the request thread computes the ones already sent, and
 * computes ahead what needs only them: each transcript's unitizing alpha, then the pooled continuum's. At
 * consortium size reading and unitizing are over half of the dashboard's work. Messages: batches, the pooled
 * figure, then done, or the error as the dispatcher would word it. The request comes as the worker's data, or
 * as its first message when it was started ahead (a spare, so a computation does not wait for it to load).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { defaultCodebook } from '../../../shared/codebook/default-codebook.ts';
import { warmUpProject } from '../../../shared/reliability/warm-up.ts';
import { openReadingConnection } from '../db/project-file.ts';
import { openWarmUpDb } from '../db/warm-up-db.ts';
import { listAgreementAnnotationsOf, listAgreementRatingsOf } from '../db/tables/agreement-input.ts';
import { failureOf } from '../worker-source.ts';
import type { ReaderMessage, ReaderObserved, ReaderRequest, ReaderStart } from './protocol.ts';
import { ReadAhead } from './read-ahead.ts';
import { WireEncoder, type TranscriptRecords } from './wire.ts';

const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(m, transfer);

async function serve(request: ReaderRequest): Promise<void> {
  const { path, transcripts } = request;
  const ahead = new ReadAhead(request);
  // The transcripts whose observed sums the request thread sends (they arrive while this one reads on).
  const owed = new Set(transcripts.filter((t) => t.callerUnitizes).map((t) => t.id));
  let paid = () => {};
  const allPaid = new Promise<void>((resolve) => (paid = resolve));
  if (owed.size === 0) paid();
  const hear = (m: ReaderObserved) => {
    if (m.kind !== 'observed' || !owed.has(m.transcriptId)) return;
    ahead.fromCaller(m.transcriptId, m.observed);
    owed.delete(m.transcriptId);
    if (owed.size === 0) paid();
  };
  parentPort?.on('message', hear);

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
        items.push({ id: t.id, annotations, ratings, unitizing: ahead.add(t, annotations, ratings) });
        if (items.length >= size) send();
      }
      if (items.length > 0) send();
    } finally {
      db.close();
    }
    await allPaid;
    post({ kind: 'pooled', value: ahead.pooled() });
    post({ kind: 'done' });
  } catch (e) {
    post(failureOf(e, path));
  } finally {
    parentPort?.off('message', hear); // nothing more to hear: the thread ends
  }
}

/**
 * A spare's wait put to use: the invented project (warm-up.ts), read from a scratch database in memory with
 * the same queries, and encoded, as a request's would be, so the first transcripts of the real one run on
 * optimised code. A transcript at a time, giving way at once to a request that arrives meanwhile.
 */
async function warmUp(asked: () => boolean): Promise<void> {
  const project = warmUpProject(defaultCodebook());
  const coders = project.coders.map((c) => c.id);
  const transcripts = project.transcripts.map((t) => ({ id: t.id, length: t.length, visible: coders, extra: [] }));
  const ahead = new ReadAhead({ coders, codes: project.codebook.codes, transcripts });
  const encoder = new WireEncoder();
  const db = openWarmUpDb(project);
  try {
    for (const t of transcripts) {
      await new Promise((resolve) => setImmediate(resolve));
      if (asked()) return;
      const annotations = listAgreementAnnotationsOf(db, { transcriptId: t.id });
      const ratings = listAgreementRatingsOf(db, { transcriptId: t.id });
      encoder.encode([{ id: t.id, annotations, ratings, unitizing: ahead.add(t, annotations, ratings) }]);
    }
  } finally {
    db.close();
  }
  await new Promise((resolve) => setImmediate(resolve));
  if (!asked()) ahead.pooled();
}

const request = workerData as ReaderRequest | null;
if (request) void serve(request);
else {
  let asked = false;
  parentPort?.once('message', (m: ReaderStart) => {
    asked = true;
    void serve(m.request);
  });
  // Only a warm-up: the request is served all the same if it fails.
  warmUp(() => asked).catch(() => undefined);
}
