import type { KeyboardEvent } from 'react';
import { Range, type Editor } from 'slate';
import { highlightsAt } from '../decorations/decorate.ts';
import type { Highlight } from '../types.ts';
import { editorKey } from './editor-keys.ts';
import { extendSelectionByKey } from './extend-selection.ts';

export interface EditorKeyDeps {
  editor: Editor;
  hotkeys: ReadonlyMap<string, string>;
  syncFromDom: () => void;
  caret: { park: () => void; unpark: () => void };
  /** The model selection as text offsets (null when there is none). */
  currentOffsets: () => { start: number; end: number } | null;
  /** The highlights painted now, pending ones included. */
  shownHighlights: () => readonly Highlight[];
  onEscape: () => void;
  onOpenHighlights: (ids: string[]) => void;
  onStepHighlight: (direction: 1 | -1, from: number) => void;
  onHotkey: (codeId: string, selection: { start: number; end: number } | null) => void;
}

/**
 * Keys in the transcript text: the caret, mouse and Shift+Arrow selection work as in any text; keys
 * that would type run code hotkeys instead; Enter opens the highlights under the caret; `[` `]` step
 * through highlights. Made anew on each render: Editable takes it as a prop and re-renders with its parent anyway.
 */
export function editorKeyHandler(k: EditorKeyDeps): (e: KeyboardEvent<HTMLDivElement>) => void {
  const { editor, syncFromDom, currentOffsets } = k;
  return (e) => {
    if (e.nativeEvent.isComposing) return;
    k.caret.unpark();
    const what = editorKey(e, k.hotkeys);
    switch (what.kind) {
      case 'escape':
        k.onEscape();
        return;
      case 'open': {
        e.preventDefault();
        // The caret an arrow key just moved may not have reached the model yet (selectionchange is queued).
        syncFromDom();
        const sel = editor.selection;
        const at = sel && Range.isCollapsed(sel) ? currentOffsets() : null;
        if (at)
          k.onOpenHighlights(
            highlightsAt(k.shownHighlights(), at.start)
              .filter((s) => !s.pending)
              .map((s) => s.id),
          );
        return;
      }
      case 'navigate':
        // Navigation starts from what the browser shows (a click's selectionchange may still be queued).
        syncFromDom();
        if (extendSelectionByKey(editor, e.nativeEvent, syncFromDom)) e.preventDefault();
        return;
      case 'shortcut':
        // The coding view acts on the selection (palette, find from the caret): bring the model up to the DOM first.
        syncFromDom();
        // Shortcuts handled by the coding view pass; everything else a shortcut could do to the text is stopped.
        if (!what.pass) e.preventDefault();
        return;
      case 'step': {
        e.preventDefault();
        syncFromDom();
        const at = currentOffsets();
        k.onStepHighlight(what.direction, at ? (what.direction === 1 ? at.end : at.start) : 0);
        return;
      }
      case 'code': {
        e.preventDefault();
        // selectionchange is dispatched asynchronously: a key pressed right after Shift+Arrow
        // must tag what the DOM shows now, not the last selection event.
        syncFromDom();
        const sel = currentOffsets();
        const passage = sel && sel.end > sel.start ? sel : null;
        // Collapse to the passage's end so the new highlight shows without the selection over it (parked
        // now, before the highlight renders; the caret is back before the frame that paints it).
        if (passage) k.caret.park();
        k.onHotkey(what.codeId, passage);
        return;
      }
      case 'blocked':
        e.preventDefault();
    }
  };
}
