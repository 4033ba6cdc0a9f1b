import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextSelection, TranscriptEditorHandle } from '../../transcript/index.ts';
import { createEditorRequests } from './editor-requests.ts';

export interface EditorControl {
  /** The transcript view's `ref`. */
  ref: (handle: TranscriptEditorHandle | null) => void;
  /** Keyboard focus into the text (the selection shows only in the focused text). */
  focus: () => void;
  /** Scroll to a passage and select it. */
  select: (passage: TextSelection) => void;
  /** Focus the text, then scroll to a passage and select it there. */
  showPassage: (passage: TextSelection) => void;
  collapseSelection: () => void;
  /** Put the caret at an offset without scrolling (a reopened transcript's place). */
  placeCaret: (offset: number) => void;
  /** Another transcript is opening: a passage asked for in the view on screen is not meant for it. */
  forget: () => void;
}

/**
 * What the coding view asks of the transcript view, through its handle (see createEditorRequests).
 * Focus and passages are given after the render that follows the request, as effects: a palette or
 * dialog that asked has closed by then (focus cannot move out of an open modal dialog). A passage
 * asked for while no view is on screen (another transcript loading) is given to the view that appears.
 */
export function useEditorControl(): EditorControl {
  const handle = useRef<TranscriptEditorHandle | null>(null);
  const [requests] = useState(createEditorRequests);
  const [attached, setAttached] = useState<TranscriptEditorHandle | null>(null);
  const [asked, setAsked] = useState(0);

  const ref = useCallback((next: TranscriptEditorHandle | null) => {
    handle.current = next;
    setAttached(next);
  }, []);

  useEffect(() => {
    if (handle.current) requests.serve(handle.current);
  }, [requests, asked, attached]);

  return useMemo(() => {
    const focus = () => {
      requests.focus();
      setAsked((n) => n + 1);
    };
    const select = (passage: TextSelection) => {
      requests.select(passage);
      setAsked((n) => n + 1);
    };
    return {
      ref,
      focus,
      select,
      showPassage: (passage) => {
        focus();
        select(passage);
      },
      collapseSelection: () => handle.current?.collapseSelection(),
      placeCaret: (offset: number) => handle.current?.placeCaret(offset),
      forget: () => {
        handle.current = null;
        requests.forget();
      },
    };
  }, [ref, requests]);
}
