import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Editor, Element as SlateElement, Text, type NodeEntry } from 'slate';
import { laneOrder } from '../decorations/decorate.ts';
import { DecorationIndex } from '../decorations/decoration-index.ts';
import type { TextMatch } from '../../find/index.ts';
import type { PendingHighlights } from '../pending-highlights.ts';
import type { MarkSpan } from '../decorations/structure-decor.ts';
import type { Highlight, TranscriptElement, TranscriptRange } from '../types.ts';
import { createShownHighlights, type ShownHighlights } from './shown-highlights.ts';

interface Inputs {
  editor: Editor;
  doc: readonly TranscriptElement[];
  text: string;
  saved: readonly Highlight[];
  pending: PendingHighlights;
  activeIds: ReadonlySet<string>;
  marks: readonly MarkSpan[];
  find: { matches: readonly TextMatch[]; current: number };
  /** A new function (the codebook changed a colour or name) redraws every block once. */
  lookOf: unknown;
}

/**
 * The decorations painted over the text (highlights, the open ones, marks, find matches), kept in a
 * DecorationIndex so `decorate` has a stable identity (Slate never re-decorates every text node) and
 * returns per-node arrays cached in the index. A change recomputes only the blocks its offsets touch
 * and bumps those blocks' `deco` version with a set_node operation: only they re-render.
 */
export function useDecorations({ editor, doc, text, saved, pending, activeIds, marks, find, lookOf }: Inputs) {
  // Saved highlights in lane order, sorted once per change of the saved list (a pending one is inserted).
  const sortedSaved = useMemo(() => [...saved].sort(laneOrder), [saved]);
  const savedIds = useMemo(() => new Set(saved.map((h) => h.id)), [saved]);

  // The props as of the last commit, kept outside React state for the pending store's listener.
  const live = useRef({ sortedSaved, savedIds, activeIds, marks, find });
  const [shown] = useState(createShownHighlights);
  const currentHighlights = useCallback((): ShownHighlights => {
    const { sortedSaved: sorted, savedIds: ids } = live.current;
    return shown(sorted, ids, pending.getState().list);
  }, [pending, shown]);

  // The index is built for the document, filled on first render (so the first paint has every highlight).
  const indexRef = useRef<{ doc: readonly TranscriptElement[]; index: DecorationIndex } | null>(null);
  if (!indexRef.current || indexRef.current.doc !== doc) {
    const index = new DecorationIndex(doc, text);
    live.current = { sortedSaved, savedIds, activeIds, marks, find };
    index.update({ highlights: currentHighlights().highlights, activeIds, marks, find });
    indexRef.current = { doc, index };
  }
  const index = indexRef.current.index;

  // Runs before paint (a layout effect) for prop changes, and straight from the pending store for a
  // code key: the new highlight then reaches Slate inside the key press, in one render, without
  // re-rendering the transcript view.
  const decoVersion = useRef(0);
  const redecorate = useCallback(
    (all = false) => {
      const { highlights, done } = currentHighlights();
      const { activeIds: act, marks: mk, find: fd } = live.current;
      const changed = index.update({ highlights, activeIds: act, marks: mk, find: fd });
      const blocks = all ? editor.children.map((_, i) => i) : changed;
      if (blocks.length > 0) {
        const v = ++decoVersion.current;
        Editor.withoutNormalizing(editor, () => {
          for (const b of blocks) {
            const node = editor.children[b]; // absent while only the first blocks are rendered: drawn fresh later
            if (!node || !SlateElement.isElement(node)) continue;
            editor.apply({ type: 'set_node', path: [b], properties: { deco: node.deco }, newProperties: { deco: v } });
          }
        });
      }
      if (done.length) pending.getState().remove(done); // already left out above: removing them changes nothing shown
    },
    [currentHighlights, index, editor, pending],
  );
  const lookSeen = useRef(lookOf);
  useLayoutEffect(() => {
    live.current = { sortedSaved, savedIds, activeIds, marks, find };
    // Codes changed colour or name (codebook edited): every bar and leaf is redrawn once.
    const lookChanged = lookSeen.current !== lookOf;
    lookSeen.current = lookOf;
    redecorate(lookChanged);
  }, [redecorate, sortedSaved, savedIds, activeIds, marks, find, lookOf]);

  // A new pending highlight (a code key) paints inside the key press, straight from the store.
  useLayoutEffect(() => pending.subscribe(() => redecorate()), [pending, redecorate]);

  return { index, currentHighlights };
}

/** Slate's `decorate`, stable per mounted transcript: Slate re-decorates every text node whenever it changes identity. */
export function useDecorate(index: { current: DecorationIndex | null }) {
  return useCallback(
    ([node, path]: NodeEntry): TranscriptRange[] => {
      if (!Text.isText(node)) return [];
      return index.current?.rangesAt(path) ?? [];
    },
    [index],
  );
}
