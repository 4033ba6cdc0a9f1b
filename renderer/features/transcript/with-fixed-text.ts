import type { Editor } from 'slate';

/**
 * Why the transcript editor is editable at all: with Slate's `readOnly` the content is
 * contenteditable=false, and Chromium then shows no caret and ignores Arrow / Shift+Arrow (checked in
 * Chromium 156: Shift+ArrowRight ×5 selects nothing), so coders could select only with the mouse. We keep it editable (a real caret, keyboard selection) and make
 * the TEXT immutable here instead: every operation except moving the selection (and bumping a block's
 * decoration version) is dropped, so no
 * key, paste, drop, cut, IME or undo can change the transcript that annotation offsets index into.
 */
export function withFixedText<E extends Editor>(editor: E): E {
  const { apply } = editor;
  editor.apply = (op) => {
    // Selection moves, and the decoration version of a block (see decoration-index.ts): never text.
    if (op.type === 'set_selection') apply(op);
    else if (
      op.type === 'set_node' &&
      Object.keys(op.newProperties).every((k) => k === 'deco') &&
      Object.keys(op.properties).every((k) => k === 'deco')
    )
      apply(op);
  };
  const noop = () => {};
  editor.insertText = noop;
  editor.insertBreak = noop;
  editor.insertSoftBreak = noop;
  editor.insertFragment = noop;
  editor.insertNode = noop;
  editor.insertNodes = noop;
  editor.deleteBackward = noop;
  editor.deleteForward = noop;
  editor.deleteFragment = noop;
  editor.normalizeNode = noop;
  return editor;
}
