import type { CodingStatus, TranscriptStatus } from '../../shared/api/status.ts';

const key = (transcriptId: string, coderId: string) => `${transcriptId}\u0000${coderId}`;

/** Each status list's lookup table, built once per list (the store replaces the list on every change). */
const indexes = new WeakMap<readonly TranscriptStatus[], Map<string, CodingStatus>>();

function indexOf(list: readonly TranscriptStatus[]): Map<string, CodingStatus> {
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((s) => [key(s.transcriptId, s.coderId), s.status]));
    indexes.set(list, index);
  }
  return index;
}

/**
 * A coder's status of a transcript: a map lookup, as the transcript list asks it for every transcript
 * and coder on every render (600 transcripts × 8 coders at consortium size).
 */
export function statusOf(
  list: readonly TranscriptStatus[],
  o: { transcriptId: string; coderId: string },
): CodingStatus {
  return indexOf(list).get(key(o.transcriptId, o.coderId)) ?? 'not-started';
}
