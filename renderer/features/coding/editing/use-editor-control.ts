import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TextSelection, TranscriptEditorHandle } from '../../transcript/index.ts';

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
  /** Another transcript is opening: a passage asked for in the view on screen is not meant for it. */
  forget: () => void;
}

/**
 * What the coding view asks of the transcript view, through its handle. Focus and passages are given
 * after the render that follows the request, as effects: a palette or dialog that asked has closed
 * by then (focus cannot move out of an open modal dialog). A passage asked for while no view is on
 * screen (another transcript loading) is selected when its view appears; a view drawn anew (another
 * transcript, edited headings) takes the focus once the text has been given focus before, and never
 * replays the passage the previous view showed.
 */
export function useEditorControl(): EditorControl {
  const handle = useRef<TranscriptEditorHandle | null>(null);
  const [attached, setAttached] = useState<TranscriptEditorHandle | null>(null);
  const [asked, setAsked] = useState(0);
  const wantFocus = useRef(false);
  const waiting = useRef<TextSelection | null>(null);
  const focusGiven = useRef(false);
  const served = useRef<TranscriptEditorHandle | null>(null);

  const ref = useCallback((next: TranscriptEditorHandle | null) => {
    handle.current = next;
    setAttached(next);
  }, []);

  useEffect(() => {
    const h = handle.current;
    if (!h) return;
    const fresh = served.current !== h;
    served.current = h;
    if (wantFocus.current || (fresh && focusGiven.current)) h.focus();
    wantFocus.current = false;
    const passage = waiting.current;
    waiting.current = null;
    if (passage) h.select(passage);
  }, [asked, attached]);

  return useMemo(() => {
    const focus = () => {
      focusGiven.current = true;
      wantFocus.current = true;
      setAsked((n) => n + 1);
    };
    const select = (passage: TextSelection) => {
      waiting.current = passage;
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
      forget: () => {
        handle.current = null;
        waiting.current = null;
      },
    };
  }, [ref]);
}
