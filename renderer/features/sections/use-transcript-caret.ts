import { useEffect, useRef, useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { caretInTranscript, transcriptRoot } from './transcript-dom.ts';

export type CaretStore = StoreApi<number | null>;

/**
 * The last caret or selection start the user made in the transcript (by mouse, keys or a jump from the
 * outline), kept when focus moves to the outline's buttons. A redrawn view puts its own caret at the start
 * of the text, which is nobody's choice, so selections count only after the user acted; `redrawKey`
 * changes when the view redraws. The caret is a store rather than state: it moves on every key and click
 * in the text, and the outline subscribes only to what it shows of it (see SectionsOutline).
 * `userChose` marks a caret the outline itself puts there as the user's.
 */
export function useTranscriptCaret(transcriptId: string, redrawKey: string) {
  const [caret] = useState<CaretStore>(() => createStore<number | null>(() => null));
  const userActed = useRef(false);

  useEffect(() => {
    const onChange = () => {
      const at = userActed.current ? caretInTranscript() : null;
      if (at !== null) caret.setState(at, true);
    };
    const onInput = (e: Event) => {
      if (e.target instanceof Node && transcriptRoot()?.contains(e.target)) userActed.current = true;
    };
    document.addEventListener('selectionchange', onChange);
    document.addEventListener('pointerdown', onInput, true);
    document.addEventListener('keydown', onInput, true);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      document.removeEventListener('pointerdown', onInput, true);
      document.removeEventListener('keydown', onInput, true);
    };
  }, [transcriptId, caret]);

  useEffect(() => {
    userActed.current = false;
  }, [redrawKey]);

  const userChose = () => {
    userActed.current = true;
  };

  return { caret, userChose };
}
