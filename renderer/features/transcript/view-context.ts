import { createContext } from 'react';
import type { DecorationIndex } from './decorations/decoration-index.ts';
import type { CodeLook } from './transcript-leaf.tsx';

/**
 * What block renderers need besides their element: the decoration index (margin bars per block),
 * how a code looks, and what a click on a margin bar does. One stable object per mounted transcript.
 */
export interface ViewContextValue {
  index: { current: DecorationIndex | null };
  lookOf: { current: (codeId: string) => CodeLook };
  onBarClick: { current: (id: string) => void };
  onBarHover: { current: (ids: string[], anchor: DOMRect | null) => void };
}

export const ViewContext = createContext<ViewContextValue | null>(null);
