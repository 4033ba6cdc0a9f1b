import type { DragEvent } from 'react';
import { redo, undo } from '../../../state/undo-stack.ts';

/**
 * Editable's handlers for everything that could change the text. Belt and braces with withFixedText:
 * no input event reaches the DOM text either. The browser's own undo/redo (Edit menu, execCommand)
 * goes to the coding history instead.
 */
export const FIXED_TEXT_EVENTS = {
  onDOMBeforeInput: (e: InputEvent) => {
    e.preventDefault();
    if (e.inputType === 'historyUndo') void undo().catch(() => {});
    if (e.inputType === 'historyRedo') void redo().catch(() => {});
    return true;
  },
  onPaste: (e: { preventDefault: () => void }) => e.preventDefault(),
  onCut: (e: { preventDefault: () => void }) => e.preventDefault(),
  onDragStart: (e: { preventDefault: () => void }) => e.preventDefault(),
  onDrop: (e: DragEvent) => {
    // Files dropped here bubble to the coding view's importer; text is never dropped in.
    if (!e.dataTransfer.types.includes('Files')) e.stopPropagation();
    e.preventDefault();
    return true;
  },
};
