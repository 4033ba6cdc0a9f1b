import { useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import { ReactEditor } from 'slate-react';
import { offsetToPoint, pointToOffset } from './offsets.ts';
import type { Highlight, TranscriptElement } from './types.ts';

interface Props {
  editor: ReactEditor;
  doc: readonly TranscriptElement[];
  highlight: Highlight;
  color: string;
  onDrag: (id: string, edge: 'start' | 'end', offset: number, done: boolean) => void;
}

interface Spot {
  left: number;
  top: number;
  height: number;
}

/** The text offset under a screen point (snapped to the nearest character boundary), or null off the text. */
function offsetAt(
  editor: ReactEditor,
  doc: readonly TranscriptElement[],
  x: number,
  y: number,
  grips: HTMLElement | null,
): number | null {
  if (grips) grips.style.display = 'none';
  const pos = document.caretPositionFromPoint?.(x, y);
  if (grips) grips.style.display = '';
  const node = pos?.offsetNode;
  if (!pos || !node) return null;
  const point = ReactEditor.toSlatePoint(editor, [node, pos.offset], { exactMatch: false, suppressThrow: true });
  if (!point) return null;
  try {
    return pointToOffset(doc, point);
  } catch {
    return null;
  }
}

/**
 * Two grips at the open highlight's start and end: drag one to move that boundary, character by
 * character (the view previews the new extent as you drag; releasing saves it). Positioned from the
 * DOM range of the two boundary characters only, so they cost nothing however long the transcript is.
 */
export function BoundaryHandles({ editor, doc, highlight, color, onDrag }: Props) {
  const [spots, setSpots] = useState<{ start: Spot; end: Spot } | null>(null);
  const dragging = useRef<'start' | 'end' | null>(null);
  const wrap = useRef<HTMLSpanElement>(null);

  useLayoutEffect(() => {
    const measure = () => {
      const host = wrap.current?.parentElement;
      if (!host) return;
      try {
        const at = (offset: number, affinity: 'forward' | 'backward') => {
          const p = offsetToPoint(doc, offset, affinity);
          const r = ReactEditor.toDOMRange(editor, { anchor: p, focus: p });
          const rects = r.getClientRects();
          return rects[0] ?? r.getBoundingClientRect();
        };
        const box = host.getBoundingClientRect();
        const s = at(highlight.start, 'forward');
        const e = at(highlight.end, 'backward');
        setSpots({
          start: { left: s.left - box.left, top: s.top - box.top, height: s.height },
          end: { left: e.left - box.left, top: e.top - box.top, height: e.height },
        });
      } catch {
        setSpots(null); // not rendered (e.g. scrolled far away and not laid out yet)
      }
    };
    measure();
    const ro = new ResizeObserver(measure);
    if (wrap.current?.parentElement) ro.observe(wrap.current.parentElement);
    return () => ro.disconnect();
  }, [editor, doc, highlight.start, highlight.end]);

  if (!spots) return <span ref={wrap} hidden />;

  const grip = (edge: 'start' | 'end') => {
    const spot = spots[edge];
    // Window listeners (not pointer capture): the grips stop taking pointer events while one is
    // dragged, so hit-testing the point under the pointer finds the text, not the grip.
    const onPointerDown = (e: PointerEvent<HTMLSpanElement>) => {
      e.preventDefault();
      dragging.current = edge;
      const grips = wrap.current;
      grips?.setAttribute('data-dragging', edge);
      let last: number | null = null;
      const move = (ev: globalThis.PointerEvent) => {
        const offset = offsetAt(editor, doc, ev.clientX, ev.clientY, wrap.current);
        if (offset !== null && offset !== last) {
          last = offset;
          onDrag(highlight.id, edge, offset, false);
        }
      };
      const up = (ev: globalThis.PointerEvent) => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', up);
        grips?.removeAttribute('data-dragging');
        dragging.current = null;
        const offset = ev.type === 'pointercancel' ? null : offsetAt(editor, doc, ev.clientX, ev.clientY, wrap.current);
        onDrag(highlight.id, edge, offset ?? last ?? (edge === 'start' ? highlight.start : highlight.end), true);
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', up);
    };
    return (
      <span
        className={`hl-handle hl-handle--${edge}`}
        style={{ left: spot.left, top: spot.top, height: spot.height, ['--handle-color' as string]: color }}
        data-testid={`handle-${edge}`}
        title={
          edge === 'start'
            ? 'Drag to move the start (or Alt+← / Alt+→)'
            : 'Drag to move the end (or Alt+Shift+← / Alt+Shift+→)'
        }
        onPointerDown={onPointerDown}
        onMouseDown={(e) => e.preventDefault() /* no text selection starts on a grip */}
      />
    );
  };

  return (
    <span ref={wrap} className="hl-handles" aria-hidden="true">
      {grip('start')}
      {grip('end')}
    </span>
  );
}
