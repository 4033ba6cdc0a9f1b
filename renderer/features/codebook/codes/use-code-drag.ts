import { useState, type DragEvent } from 'react';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { moveCodeTo } from '../draft/codes.ts';

/** The drag data type of a code row, so drops of anything else (text, files) are ignored. */
const DRAG_TYPE = 'application/x-attune-code';

export type CodeDropTarget = { beforeCodeId: string } | { endOfGroup: string };

/** Drag and drop of code rows: onto another code (before it) or onto a group (at its end). */
export function useCodeDrag(draft: Codebook, onChange: (next: Codebook) => void) {
  const [dragging, setDragging] = useState<string | null>(null);
  return {
    /** The code being dragged, marked in the list. */
    dragging,
    start: (e: DragEvent, codeId: string) => {
      e.dataTransfer.setData(DRAG_TYPE, codeId);
      e.dataTransfer.effectAllowed = 'move';
      setDragging(codeId);
    },
    end: () => setDragging(null),
    allowDrop: (e: DragEvent) => {
      if (e.dataTransfer.types.includes(DRAG_TYPE)) e.preventDefault();
    },
    drop: (e: DragEvent, target: CodeDropTarget) => {
      const id = e.dataTransfer.getData(DRAG_TYPE);
      setDragging(null);
      if (!id) return;
      e.preventDefault();
      onChange(moveCodeTo(draft, id, target));
    },
  };
}

export type CodeDrag = ReturnType<typeof useCodeDrag>;
