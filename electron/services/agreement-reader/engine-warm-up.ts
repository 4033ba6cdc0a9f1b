// The request thread's side of the warm-up (shared/reliability/warm-up.ts): once per process, soon after a
// large project opens, the invented project is computed as the dashboard computes a large one (records
// decoded from the reader's wire format, disagreements past the first transcript only counted), in 15 ms
// slices between calls, its answer dropped.
import { defaultCodebook } from '../../../shared/codebook/default-codebook.ts';
import { computeProjectAgreementAsync, yieldToEventLoop } from '../../../shared/reliability/project-agreement.ts';
import { warmUpProject } from '../../../shared/reliability/warm-up.ts';
import { WireDecoder, WireEncoder, type TranscriptRecords } from './wire.ts';

/** After the opening's own calls (the coding screen's first reads). */
const AFTER_MS = 400;

let started = false;
/** A computation of a person's began: the warm-up gives way (at its next pause) and is not started later. */
let inUse = false;

class GaveWay extends Error {}

/** Called as a real computation starts: its own run warms the code up, and it should not share the thread. */
export function engineInUse(): void {
  inUse = true;
}

export async function warmUpEngine(): Promise<void> {
  if (started || inUse) return;
  started = true;
  const input = warmUpProject(defaultCodebook());
  const items: TranscriptRecords[] = input.transcripts.map((t) => ({
    id: t.id,
    annotations: input.annotations.filter((a) => a.transcriptId === t.id),
    ratings: input.ratings.filter((r) => r.transcriptId === t.id),
    unitizing: null,
  }));
  const { batch } = new WireEncoder().encode(items);
  const records = new Map(new WireDecoder().decode(batch, () => true).map((r) => [r.id, r]));
  const first = input.transcripts[0]?.id;
  await computeProjectAgreementAsync(input, {
    source: {
      annotationsOf: (id) => records.get(id)?.annotations ?? [],
      ratingsOf: (id) => records.get(id)?.ratings ?? [],
    },
    keepDisagreements: false,
    countDisagreements: (id) => id !== first,
    onDisagreements: () => undefined,
    sliceMs: 15,
    yieldFn: async () => {
      await yieldToEventLoop();
      if (inUse) throw new GaveWay();
    },
  }).catch((e: unknown) => {
    if (!(e instanceof GaveWay)) throw e;
  });
}

/** Starts the warm-up soon, unless it ran already; it never keeps the process alive and never fails aloud. */
export function warmUpEngineSoon(): void {
  if (started || inUse) return;
  setTimeout(() => void warmUpEngine().catch(() => undefined), AFTER_MS).unref();
}
