import { useCallback, useEffect, useRef } from 'react';
import { Range, Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/** The DOM selection last mapped into the model (null: map the next one whatever it is). */
export type SyncedSelection = { current: { a: Node | null; ao: number; f: Node | null; fo: number } | null };

/** Remember the DOM selection now as already mapped: its selectionchange need not map it back. */
export function markSynced(lastSynced: SyncedSelection, dom: Selection | null): void {
  if (dom?.anchorNode)
    lastSynced.current = { a: dom.anchorNode, ao: dom.anchorOffset, f: dom.focusNode, fo: dom.focusOffset };
}

/**
 * Slate reads the DOM selection only every 100 ms, yet re-applies its model selection to the
 * DOM on every render: a highlight arriving mid-selection would undo fast Shift+Arrow presses.
 * Keeping the model in step on each selectionchange (and at once for keys and clicks: `syncFromDom`)
 * makes a re-render harmless.
 */
export function useDomSelection(editor: Editor): { lastSynced: SyncedSelection; syncFromDom: () => void } {
  const lastSynced: SyncedSelection = useRef(null);
  const syncFromDom = useCallback(() => {
    if (ReactEditor.isComposing(editor)) return;
    const dom = window.getSelection();
    if (!dom || dom.rangeCount === 0) return;
    // Unchanged since the last sync (the usual case at a key press): mapping it again costs a layout.
    const last = lastSynced.current;
    if (
      last &&
      last.a === dom.anchorNode &&
      last.ao === dom.anchorOffset &&
      last.f === dom.focusNode &&
      last.fo === dom.focusOffset &&
      editor.selection
    )
      return;
    lastSynced.current = { a: dom.anchorNode, ao: dom.anchorOffset, f: dom.focusNode, fo: dom.focusOffset };
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return;
    }
    if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
    const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
    if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
  }, [editor]);

  useEffect(() => {
    document.addEventListener('selectionchange', syncFromDom);
    return () => document.removeEventListener('selectionchange', syncFromDom);
  }, [syncFromDom]);

  return { lastSynced, syncFromDom };
}
