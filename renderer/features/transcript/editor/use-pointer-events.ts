import { useRef, type MouseEvent } from 'react';

/** The highlight ids under a pointer event's target ('' for none), and that element. */
function highlightTarget(e: MouseEvent): { ids: string; target: Element | null } {
  const target = e.target instanceof Element ? e.target.closest('[data-highlight-ids]') : null;
  return { ids: target?.getAttribute('data-highlight-ids') ?? '', target };
}

/** Margin bars open and report their own highlights (see the block renderer). */
const onMarginBar = (e: MouseEvent) => e.target instanceof Element && e.target.closest('.hl-bars-cell') !== null;

/**
 * Clicks and hover over the text: a click opens the highlights under it, resting on a highlight
 * reports it for the hover card (one delegated listener; the card appears after a short rest).
 */
export function usePointerEvents(
  syncFromDom: () => void,
  onOpenHighlights: (ids: string[]) => void,
  onHover: (ids: string[], anchor: DOMRect | null) => void,
) {
  const hovered = useRef('');
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (onMarginBar(e)) return;
    // The caret the click placed goes into the model now, before the updates below re-render the text.
    syncFromDom();
    const domSelection = window.getSelection();
    if (domSelection && !domSelection.isCollapsed) return; // the end of a drag-selection, not a click
    onOpenHighlights(highlightTarget(e).ids.split(' ').filter(Boolean));
  };
  const onMouseOver = (e: MouseEvent<HTMLDivElement>) => {
    if (onMarginBar(e)) return;
    const { ids, target } = highlightTarget(e);
    if (ids === hovered.current) return;
    hovered.current = ids;
    onHover(ids ? ids.split(' ') : [], target && ids ? target.getBoundingClientRect() : null);
  };
  const onMouseLeave = () => {
    hovered.current = '';
    onHover([], null);
  };
  return { onClick, onMouseOver, onMouseLeave };
}
