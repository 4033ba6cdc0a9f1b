import { useLayoutEffect } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * React saves and restores the selection of a focused contenteditable="true" around every commit
 * by walking its DOM up to the caret (O(transcript size) per render). "plaintext-only" is still
 * editable for the caret and keyboard selection, but React leaves it alone; Slate sets the
 * attribute once per mount and never again, so it stays.
 */
export function usePlaintextOnly(editor: Editor): void {
  useLayoutEffect(() => {
    try {
      ReactEditor.toDOMNode(editor, editor).setAttribute('contenteditable', 'plaintext-only');
    } catch {
      // Not mounted yet.
    }
  });
}
