import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { Annotation } from '../../../../shared/api/annotation.ts';
import { movedBoundary, type highlightActions } from '../../highlights/index.ts';

type Update = ReturnType<typeof highlightActions>['update'];

interface Deps {
  /** The one open highlight, which the boundary keys move. */
  openOne: Annotation | undefined;
  annotations: readonly Annotation[];
  setAnnotations: Dispatch<SetStateAction<Annotation[]>>;
  /** The transcript text's length (null: no transcript open). */
  textLength: number | null;
  update: Update;
  setNotice: (notice: string) => void;
}

export type DragPreview = { id: string; start: number; end: number } | null;

/**
 * Moving a highlight's ends: by keys (Alt+arrows, one character a press) and by dragging its handles
 * (previewed while dragging, saved on release). Each move is its own undo step.
 */
export function useBoundaryMoves({ openOne, annotations, setAnnotations, textLength, update, setNotice }: Deps) {
  const [dragPreview, setDragPreview] = useState<DragPreview>(null);
  // Key presses can come faster than saves: each move starts from the last one asked for, and the
  // saves go one after another (in order), each its own undo step.
  const boundaryQueue = useRef<{ id: string; start: number; end: number; chain: Promise<unknown> } | null>(null);

  const moveBoundary = (edge: 'start' | 'end', delta: number) => {
    if (!openOne || textLength === null) {
      setNotice(
        'Open a highlight first (click it, or press ] or [), then move its ends with Alt+← / Alt+→ (start) or Alt+Shift+← / → (end).',
      );
      return;
    }
    const q =
      boundaryQueue.current?.id === openOne.id
        ? boundaryQueue.current
        : { id: openOne.id, start: openOne.start, end: openOne.end, chain: Promise.resolve() };
    const from = { ...openOne, start: q.start, end: q.end };
    const moved = movedBoundary(from, edge, (edge === 'start' ? from.start : from.end) + delta, textLength);
    if (moved.start === from.start && moved.end === from.end) return;
    const label = edge === 'start' ? 'Move highlight start' : 'Move highlight end';
    // Shown at once; saved in order.
    setAnnotations((list) => list.map((a) => (a.id === from.id ? { ...a, ...moved } : a)));
    const chain = q.chain.then(() => update(from, moved, label)).catch(() => {});
    boundaryQueue.current = { id: from.id, ...moved, chain };
    void chain.then(() => {
      if (boundaryQueue.current?.chain === chain) boundaryQueue.current = null;
    });
  };

  const dragBoundary = (id: string, edge: 'start' | 'end', offset: number, done: boolean) => {
    const a = annotations.find((x) => x.id === id);
    if (!a || textLength === null) return;
    const moved = movedBoundary(dragPreview?.id === id ? dragPreview : a, edge, offset, textLength);
    if (!done) {
      setDragPreview({ id, ...moved });
      return;
    }
    const final = movedBoundary(a, edge, edge === 'start' ? moved.start : moved.end, textLength);
    const keep =
      dragPreview && dragPreview.id === id
        ? {
            start: edge === 'start' ? final.start : dragPreview.start,
            end: edge === 'end' ? final.end : dragPreview.end,
          }
        : final;
    if (keep.start === a.start && keep.end === a.end) {
      setDragPreview(null);
      return;
    }
    void update(a, keep, edge === 'start' ? 'Move highlight start' : 'Move highlight end')
      .catch(() => {})
      .finally(() => setDragPreview(null));
  };

  return { moveBoundary, dragBoundary, dragPreview, setDragPreview };
}
