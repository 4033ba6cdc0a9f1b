import { useCallback, useEffect, useState } from 'react';
import type { StoredCodebook } from '../../../../shared/api/codebook.ts';
import type { TranscriptSummary } from '../../../../shared/api/transcript.ts';
import { errorMessage, send } from '../../../api/client.ts';
import { rememberedTranscriptId } from '../../../state/coder-memory.ts';
import { withCountChange } from './transcript-counts.ts';

/**
 * Project-level data of the coding view: the active codebook, the transcript list and which
 * transcript is open (the one this browser last had open, else the first). Read again when the host
 * says the project changed (`refreshSeq`); the list also after an import (`refreshList`). A highlight
 * made or deleted here only moves its transcript's count (`changeCount`).
 */
export function useTranscriptList(projectPath: string, refreshSeq: number, onError: (message: string) => void) {
  const [codebook, setCodebook] = useState<StoredCodebook | null>(null);
  const [transcripts, setTranscripts] = useState<TranscriptSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  const refreshList = useCallback(async () => {
    const list = await send('transcript-list', {});
    setTranscripts(list);
    return list;
  }, []);
  const changeCount = useCallback(
    (transcriptId: string, delta: 1 | -1) => setTranscripts((list) => withCountChange(list, transcriptId, delta)),
    [],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [cb, list] = await Promise.all([send('codebook-get-active', {}), send('transcript-list', {})]);
        if (!live) return;
        setCodebook(cb);
        setTranscripts(list);
        setSelectedId((current) => {
          if (current && list.some((t) => t.id === current)) return current;
          const remembered = rememberedTranscriptId(projectPath);
          return list.find((t) => t.id === remembered)?.id ?? list[0]?.id ?? null;
        });
      } catch (e) {
        if (live) onError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [projectPath, refreshSeq, onError]);

  return { codebook, transcripts, selectedId, setSelectedId, refreshList, changeCount };
}
