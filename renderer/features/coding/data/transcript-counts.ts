import type { TranscriptSummary } from '../../../../shared/api/transcript.ts';

/**
 * The transcript list with one transcript's annotation count moved by `delta` (a highlight made,
 * deleted or restored): the list is not fetched again for a change the coding view made itself.
 * The same list when the transcript is not in it.
 */
export function withCountChange(
  list: TranscriptSummary[] | null,
  transcriptId: string,
  delta: number,
): TranscriptSummary[] | null {
  if (!list?.some((t) => t.id === transcriptId)) return list;
  return list.map((t) => (t.id === transcriptId ? { ...t, annotations: Math.max(0, t.annotations + delta) } : t));
}
