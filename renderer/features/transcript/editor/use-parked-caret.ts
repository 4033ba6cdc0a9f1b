import { useCallback, useRef } from 'react';
import { Range, Transforms, type BasePoint, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { markSynced, type SyncedSelection } from './use-dom-selection.ts';

/**
 * A code key highlights the selected passage, then leaves the caret at its end. The highlight splits
 * the text node under the selection, so the render that paints it must put the DOM selection back;
 * inside the key press that costs ~2 ms more than anywhere else (Chromium sends a selection changed
 * while it handles an input event to the browser, counting characters from the start of the text).
 * So the selection is parked: none in the model and the DOM while the key press renders the
 * highlight, and the caret is put back in the next animation frame, before that frame is painted.
 * Anything that needs the selection sooner (a key, focus) puts it back first (`unpark`). Only a
 * pointer press while parked means the coder chose a place of their own: a selection the browser made
 * up meanwhile (Chromium puts a caret at the start of a focused text that has none) is replaced.
 */
export function useParkedCaret(
  editor: Editor,
  renderAtOnce: { current: boolean },
  lastSynced: SyncedSelection,
): { park: () => void; unpark: () => void } {
  const parked = useRef<BasePoint | null>(null);
  const pressed = useRef(false);
  const onPress = useRef(() => {
    pressed.current = true;
  });
  const restoreCaret = useCallback(
    (atOnce: boolean) => {
      const caret = parked.current;
      parked.current = null;
      document.removeEventListener('pointerdown', onPress.current, true);
      const dom = window.getSelection();
      // The coder clicked meanwhile: their selection stays.
      if (!caret || pressed.current) return;
      const range = { anchor: caret, focus: caret };
      if (atOnce) {
        Transforms.select(editor, range);
        // Straight into the DOM too: the key being handled reads (or extends) the DOM selection.
        try {
          const r = ReactEditor.toDOMRange(editor, range);
          dom?.setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
          lastSynced.current = null;
        } catch {
          // Not rendered: Slate puts it there when it renders.
        }
        return;
      }
      renderAtOnce.current = true;
      Transforms.select(editor, range);
      queueMicrotask(() => {
        // Slate's onChange, queued by the select, has run by now: rendered, and the DOM caret placed.
        renderAtOnce.current = false;
        // Its selectionchange need not map the DOM selection back to the model: they agree.
        markSynced(lastSynced, window.getSelection());
      });
    },
    [editor, renderAtOnce, lastSynced],
  );
  const park = () => {
    const sel = editor.selection;
    if (!sel) return;
    parked.current = Range.end(sel);
    pressed.current = false;
    document.addEventListener('pointerdown', onPress.current, true);
    Transforms.deselect(editor);
    window.getSelection()?.removeAllRanges();
    lastSynced.current = null;
    requestAnimationFrame(() => restoreCaret(false));
  };
  const unpark = () => {
    if (parked.current) restoreCaret(true);
  };
  return { park, unpark };
}
