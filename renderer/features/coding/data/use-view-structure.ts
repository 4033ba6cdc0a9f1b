import { useMemo } from 'react';
import type { Transcript, TranscriptStructure } from '../../../../shared/api/transcript.ts';
import { headingsKey, useTranscriptSections } from '../../sections/index.ts';

/**
 * Question sections as edited in the outline, and the structure the transcript view draws. The view
 * is keyed by `viewKey` (transcript and headings): Slate takes its document only when mounted, so a
 * changed heading draws the view anew.
 */
export function useViewStructure(transcript: Transcript | null, structure: TranscriptStructure | null) {
  const sections = useTranscriptSections(transcript?.id ?? null, structure?.sections ?? null);
  const viewStructure = useMemo(
    () => (structure && sections ? { ...structure, sections } : structure),
    [structure, sections],
  );
  const viewKey = `${transcript?.id ?? ''}\u0000${headingsKey(sections ?? [])}`;
  return { sections, viewStructure, viewKey };
}
