import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useRef, type Ref } from 'react';
import { Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { offsetToPoint } from '../offsets.ts';
import type { TranscriptElement } from '../types.ts';
import type { SyncedSelection } from './use-dom-selection.ts';

/** Half-open [start, end) offsets into the transcript text. */
export interface TextSelection {
  start: number;
  end: number;
}

/** What the coding view asks of the transcript view. The handle keeps its identity while the view is mounted. */
export interface TranscriptEditorHandle {
  /** Put keyboard focus in the text. */
  focus: () => void;
  /** Collapse the selection to its end (after tagging, so the new highlight shows without it). */
  collapseSelection: () => void;
  /** Select a passage and scroll it into view; before the whole document is in, once it is. */
  select: (passage: TextSelection) => void;
  /** Put the caret at an offset without scrolling or taking focus (a reopened transcript's place). */
  placeCaret: (offset: number) => void;
}

/** Select a passage in the model and, when the text has focus, in the DOM at once; scroll it to the middle. */
function selectPassage(editor: Editor, doc: readonly TranscriptElement[], at: TextSelection, synced: SyncedSelection) {
  const range = { anchor: offsetToPoint(doc, at.start, 'forward'), focus: offsetToPoint(doc, at.end, 'backward') };
  Transforms.select(editor, range);
  try {
    const dom = ReactEditor.toDOMRange(editor, range);
    // The DOM selection goes with the model at once, not at Slate's next render: the focus just
    // given to the text put a caret in the DOM, and its selectionchange (still queued) would
    // otherwise read that caret and write it over the passage. Only when the text has focus:
    // a selection placed in it would take focus from, say, a note being typed.
    const root = ReactEditor.toDOMNode(editor, editor);
    const selection = window.getSelection();
    if (selection && document.activeElement === root) {
      selection.setBaseAndExtent(dom.startContainer, dom.startOffset, dom.endContainer, dom.endOffset);
      synced.current = null;
    }
    dom.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  } catch {
    // The range may not be rendered yet; selecting it is enough.
  }
}

/**
 * The transcript view's imperative handle. Also gives focus back after an input method's
 * composition redrew the text (`domEpoch`, see the view).
 */
export function useEditorHandle(
  ref: Ref<TranscriptEditorHandle> | undefined,
  v: {
    editor: Editor;
    doc: readonly TranscriptElement[];
    complete: boolean;
    lastSynced: SyncedSelection;
    domEpoch: number;
    /** Put back a caret parked by a code key (see use-parked-caret.ts). */
    unparkCaret: () => void;
  },
): void {
  const { editor, lastSynced } = v;
  // Slate's focus puts a missing selection at the very start of the text: a caret parked by a code key
  // must be back first, or the coder's place jumps to line 1.
  const unpark = useRef(v.unparkCaret);
  useLayoutEffect(() => {
    unpark.current = v.unparkCaret;
  });
  const focus = useCallback(() => {
    unpark.current();
    ReactEditor.focus(editor);
  }, [editor]);
  // Read by the handle's methods, which keep one identity (a new handle would look like a new view).
  const live = useRef({ doc: v.doc, complete: v.complete });
  useLayoutEffect(() => {
    live.current = { doc: v.doc, complete: v.complete };
  });
  const wanted = useRef<TextSelection | null>(null);
  useImperativeHandle(
    ref,
    () => ({
      focus,
      collapseSelection: () => {
        if (editor.selection) Transforms.collapse(editor, { edge: 'end' });
      },
      select: (passage) => {
        if (live.current.complete) selectPassage(editor, live.current.doc, passage, lastSynced);
        else wanted.current = passage;
      },
      placeCaret: (offset) => {
        if (!live.current.complete) return;
        const point = offsetToPoint(live.current.doc, offset, 'forward');
        const range = { anchor: point, focus: point };
        Transforms.select(editor, range);
        // In the DOM too (without scrolling): Tab or a click on the text's edge then finds the caret there.
        try {
          const r = ReactEditor.toDOMRange(editor, range);
          window.getSelection()?.setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
          lastSynced.current = null;
        } catch {
          // Not rendered yet: the model has it, and Slate puts it in the DOM when the text is focused.
        }
      },
    }),
    [editor, lastSynced, focus],
  );

  useEffect(() => {
    if (v.domEpoch > 0) focus();
  }, [v.domEpoch, focus]);

  // A passage asked for while only the first blocks were in.
  useEffect(() => {
    const passage = wanted.current;
    if (!v.complete || !passage) return;
    wanted.current = null;
    selectPassage(editor, v.doc, passage, lastSynced);
  }, [v.complete, v.doc, editor, lastSynced]);
}
