import { useRef } from 'react';
import type { Editor } from 'slate';
import { rangeToOffsets } from '../offsets.ts';
import type { TranscriptElement } from '../types.ts';
import type { TextSelection } from './use-editor-handle.ts';

/**
 * The model selection as text offsets (`currentOffsets`), and Slate's onSelectionChange, which
 * tells the coding view about a passage selected or let go (never about a caret that merely moved).
 */
export function useSelectionReport(
  editor: Editor,
  doc: readonly TranscriptElement[],
  onSelectionChange: (selection: TextSelection | null) => void,
) {
  const reported = useRef<TextSelection | null>(null);
  const currentOffsets = (): TextSelection | null => {
    const sel = editor.selection;
    if (!sel) return null;
    try {
      return rangeToOffsets(doc, sel);
    } catch {
      return null;
    }
  };
  const onSlateSelectionChange = () => {
    const sel = currentOffsets();
    const next = sel && sel.end > sel.start ? sel : null;
    // The same as last reported (a caret moved, a parked selection put back): nothing to tell.
    const last = reported.current;
    if (last === next || (last && next && last.start === next.start && last.end === next.end)) return;
    reported.current = next;
    onSelectionChange(next);
  };
  return { currentOffsets, onSlateSelectionChange };
}
