import { useEffect, useState } from 'react';
import type { Editor } from 'slate';
import type { TranscriptElement } from '../types.ts';

/** Blocks rendered before the first paint (a screenful and more); the rest follow right after it. */
const FIRST_BLOCKS = 96;

/**
 * Progressive first paint: Slate starts with the first blocks only; right after they are painted,
 * the whole document is put in (editor.children + onChange, as Slate documents for replacing a
 * value), so a 40,000-word transcript shows its first screen without waiting for the rest.
 * `complete` once the whole document is in.
 */
export function useProgressiveDocument(
  doc: TranscriptElement[],
  editor: Editor,
): { initialValue: TranscriptElement[]; complete: boolean } {
  const [complete, setComplete] = useState(() => doc.length <= FIRST_BLOCKS);
  const [initialValue] = useState(() => (doc.length <= FIRST_BLOCKS ? doc : doc.slice(0, FIRST_BLOCKS)));
  useEffect(() => {
    if (complete) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        editor.children = doc;
        editor.onChange();
        setComplete(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete, doc, editor]);
  return { initialValue, complete };
}
