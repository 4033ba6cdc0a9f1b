import { useState } from 'react';
import { useOpenTranscript } from './use-open-transcript.ts';
import { useTranscriptList } from './use-transcript-list.ts';

/**
 * Everything the coding view loads: the project's codebook and transcript list, and the open
 * transcript with this coder's annotations. One error line for both: a failed load shows until a
 * transcript loads.
 */
export function useCodingData(projectPath: string, coderId: string, refreshSeq: number) {
  const [loadError, setLoadError] = useState<string | null>(null);
  const list = useTranscriptList(projectPath, refreshSeq, setLoadError);
  const open = useOpenTranscript(list.selectedId, coderId, projectPath, refreshSeq, setLoadError);
  return { ...list, ...open, loadError };
}

export type CodingData = ReturnType<typeof useCodingData>;
