import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';

type Extend = readonly ['left' | 'right' | 'backward' | 'forward', 'character' | 'word' | 'line'];
/** Shift+key: how the browser extends the selection. */
const EXTEND: Partial<Record<string, Extend>> = {
  ArrowLeft: ['left', 'character'],
  ArrowRight: ['right', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
};
/** Ctrl+Shift (Alt+Shift on Apple) +key: by words. */
const WORD_EXTEND: Partial<Record<string, Extend>> = { ArrowLeft: ['left', 'word'], ArrowRight: ['right', 'word'] };
const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Scroll the selection's moving end into view when it left the visible part of its scroller. */
function revealFocus(dom: Selection, root: HTMLElement) {
  const node = dom.focusNode;
  if (!node) return;
  const caret = document.createRange();
  caret.setStart(node, dom.focusOffset);
  const rect = caret.getClientRects()[0] ?? caret.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight;
  for (let el = root.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      ({ top, bottom } = el.getBoundingClientRect());
      break;
    }
  }
  if (rect.top < top || rect.bottom > bottom)
    (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'nearest' });
}

/**
 * Shift+Arrow moves the DOM selection and the model together, inside the key press. Left to the
 * browser, the model caught up only at the next selectionchange (a task of its own), and a render
 * landing before it (the click's or a tag's coding-view update, a new highlight's paint, the rest of
 * the document) made Slate write the one-press-old model selection back: the press was lost.
 * Selection.modify is what the browser runs for these keys (Slate uses it for word moves too).
 * True when the key was handled here (the caller prevents the browser's own move).
 */
export function extendSelectionByKey(editor: Editor, e: KeyboardEvent, syncFromDom: () => void): boolean {
  if (!e.shiftKey || e.metaKey || ReactEditor.isComposing(editor)) return false;
  const word = IS_APPLE ? e.altKey && !e.ctrlKey : e.ctrlKey && !e.altKey;
  if ((e.altKey || e.ctrlKey) && !word) return false;
  const how = (word ? WORD_EXTEND : EXTEND)[e.key];
  const dom = window.getSelection();
  if (!how || !dom || dom.rangeCount === 0 || typeof dom.modify !== 'function') return false;
  let root: HTMLElement;
  try {
    root = ReactEditor.toDOMNode(editor, editor);
  } catch {
    return false;
  }
  if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return false;
  dom.modify('extend', how[0], how[1]);
  syncFromDom();
  revealFocus(dom, root);
  return true;
}
