import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '../../../../shared/api/annotation.ts';
import type { Transcript, TranscriptStructure } from '../../../../shared/api/transcript.ts';
import { errorMessage, send } from '../../../api/client.ts';
import { rememberTranscript } from '../../../state/coder-memory.ts';

/**
 * The open transcript, its structure and this coder's annotations on it, loaded together. `shownId`
 * is the transcript on screen now: a write that resolves after the user moved on must not paint there.
 */
export function useOpenTranscript(
  selectedId: string | null,
  coderId: string,
  projectPath: string,
  refreshSeq: number,
  onLoaded: (error: string | null) => void,
) {
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [structure, setStructure] = useState<TranscriptStructure | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const shownId = useRef<string | null>(null);
  useEffect(() => {
    shownId.current = transcript?.id ?? null;
  }, [transcript]);

  useEffect(() => {
    if (!selectedId) {
      setTranscript(null);
      setAnnotations([]);
      return;
    }
    let live = true;
    rememberTranscript(projectPath, selectedId);
    void (async () => {
      try {
        const [t, list, shape] = await Promise.all([
          send('transcript-get', { id: selectedId }),
          send('annotation-list', { transcriptId: selectedId, coderId }),
          // Turns as found with the labels used at import, sections and marks: set together with the text.
          send('transcript-get-structure', { id: selectedId }).catch(() => null),
        ]);
        if (!live) return;
        setStructure(shape);
        setTranscript(t);
        setAnnotations(list);
        onLoaded(null);
      } catch (e) {
        if (live) onLoaded(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [selectedId, coderId, projectPath, refreshSeq, onLoaded]);

  return { transcript, setTranscript, structure, annotations, setAnnotations, shownId };
}
