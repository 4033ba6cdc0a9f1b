import { useLayoutEffect, useMemo, useRef } from 'react';
import type { CodeLook } from '../transcript-leaf.tsx';
import type { ViewContextValue } from '../view-context.ts';

/**
 * The one stable context object of a mounted transcript: block renderers read the decoration index
 * (set by the caller on each render), code looks and margin-bar callbacks through it, so a new
 * callback or look re-renders no block.
 */
export function useViewContext(
  lookOf: (codeId: string) => CodeLook,
  onBarClick: (id: string) => void,
  onBarHover: (ids: string[], anchor: DOMRect | null) => void,
): ViewContextValue {
  const lookRef = useRef(lookOf);
  const barClick = useRef(onBarClick);
  const barHover = useRef(onBarHover);
  useLayoutEffect(() => {
    lookRef.current = lookOf;
    barClick.current = onBarClick;
    barHover.current = onBarHover;
  });
  const viewContext = useMemo<ViewContextValue>(
    () => ({ index: { current: null }, lookOf: lookRef, onBarClick: barClick, onBarHover: barHover }),
    [],
  );
  return viewContext;
}
