/**
 * Worker-thread entry of the agreement reader: reads the asked transcripts' highlights and ratings with a
 * read-only connection of its own, in batches, while the request thread computes the ones already sent
 * (at consortium size reading is about a third of the dashboard's time). Messages: batches, then done, or
 * the error as the dispatcher would word it.
 */
import { basename } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { openReadingConnection } from '../db/project-file.ts';
import { storageError } from '../db/storage-errors.ts';
import { listAgreementAnnotationsOf, listAgreementRatingsOf } from '../db/tables/agreement-input.ts';
import { ServiceError } from '../service-error.ts';
import { spansOf, transcriptUnitizing } from '../../../shared/reliability/passage-agreement.ts';
import type { AgreementAnnotation, AgreementRating } from '../../../shared/reliability/types.ts';
import type { ReaderMessage, ReaderRequest, ReaderTranscript } from './protocol.ts';
import { WireEncoder, type TranscriptRecords, type UnitizingAhead } from './wire.ts';

const post = (m: ReaderMessage, transfer: ArrayBuffer[] = []) => parentPort?.postMessage(m, transfer);
const { path, coders: chosen, transcripts } = workerData as ReaderRequest;

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
  const coders = chosen.filter((c) => took.has(c));
  if (coders.length < 2 || !(t.length > 0)) return null;
  return { coders, value: transcriptUnitizing(t.length, coders, spansOf(annotations)) };
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
      const annotations = listAgreementAnnotationsOf(db, { transcriptId: t.id }).filter((a) => visible.has(a.coderId));
      const ratings = listAgreementRatingsOf(db, { transcriptId: t.id }).filter((r) => visible.has(r.coderId));
      items.push({ id: t.id, annotations, ratings, unitizing: unitizingAhead(t, annotations, ratings) });
      if (items.length >= size) send();
    }
    if (items.length > 0) send();
    post({ kind: 'done' });
  } finally {
    db.close();
  }
} catch (e) {
  const known = e instanceof ServiceError ? e : storageError(e, basename(path));
  post({
    kind: 'failed',
    type: known?.type ?? 'internal',
    message: known?.message ?? (e instanceof Error ? e.message : String(e)),
  });
}
