import { useState, type DragEvent } from 'react';

/**
 * Files dropped anywhere on the dialog, with a flag for the drop highlight while files are dragged over it.
 * Only file drags are taken, and only while `accepting`.
 */
export function useFileDrop(accepting: boolean, onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    onDragOver: (e: DragEvent) => {
      if (!e.dataTransfer.types.includes('Files') || !accepting) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: (e: DragEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      setDragging(false);
      onFiles([...e.dataTransfer.files]);
    },
  };
}
