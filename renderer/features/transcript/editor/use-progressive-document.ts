import { useEffect, useState } from 'react';
import type { Editor } from 'slate';
import type { TranscriptElement } from '../types.ts';

/** Blocks rendered before the first paint (a screenful and more). */
const FIRST_BLOCKS = 40;
/** Blocks added per frame after it: a chunk and a half of Slate's, well under a 50 ms task on a laptop. */
const SLICE = 48;

/**
 * Progressive first paint: Slate starts with the first blocks only; once they are painted, the rest
 * is appended a slice per frame (editor.children + onChange, as Slate documents for replacing a value),
 * so a 40,000-word transcript shows its first screen at once and the page answers keys, clicks and
 * scrolling while the rest comes in (one task for all of it took 200–400 ms). Appending keeps the
 * blocks already in (with any decoration version set on them). `complete` once the whole document is in.
 */
export function useProgressiveDocument(
  doc: TranscriptElement[],
  editor: Editor,
): { initialValue: TranscriptElement[]; complete: boolean } {
  const [complete, setComplete] = useState(() => doc.length <= FIRST_BLOCKS);
  const [initialValue] = useState(() => (doc.length <= FIRST_BLOCKS ? doc : doc.slice(0, FIRST_BLOCKS)));
  useEffect(() => {
    if (complete) return;
    let frame = 0;
    let timer = 0;
    const next = () => {
      // After the frame is painted (a task queued from requestAnimationFrame runs after the paint).
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => {
          const have = editor.children.length;
          const upTo = Math.min(doc.length, have + SLICE);
          if (upTo > have) {
            editor.children = [...editor.children, ...doc.slice(have, upTo)];
            editor.onChange();
          }
          if (upTo >= doc.length) setComplete(true);
          else next();
        }, 0);
      });
    };
    next();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete, doc, editor]);
  return { initialValue, complete };
}
