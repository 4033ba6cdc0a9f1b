import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Editor } from 'slate';
import type { TranscriptElement } from '../types.ts';

/** Blocks rendered before the first paint: more than a screenful of one-line turns at 1440×900. */
const FIRST_BLOCKS = 40;
/** Blocks appended per render after it (one of Slate's chunks, see create-transcript-editor.ts). */
const BATCH = 32;
/** Script time per task spent appending: the page answers keys, clicks and scrolling in between. */
const BUDGET_MS = 30;

/**
 * Progressive first paint: Slate starts with the first blocks only; once they are painted, the rest
 * is appended (editor.children + onChange, as Slate documents for replacing a value) in tasks of about
 * BUDGET_MS, one per frame, so a 40,000-word transcript shows its first screen at once and no long task
 * blocks input while the rest comes in (one task for all of it took 200–400 ms). Appending keeps the
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
    const append = () => {
      const began = performance.now();
      while (editor.children.length < doc.length && performance.now() - began < BUDGET_MS) {
        const have = editor.children.length;
        editor.children = [...editor.children, ...doc.slice(have, have + BATCH)];
        // Rendered here, so the time spent is known (React would otherwise render after this task).
        flushSync(() => editor.onChange());
      }
      if (editor.children.length >= doc.length) setComplete(true);
      else next();
    };
    // After the frame is painted (a task queued from requestAnimationFrame runs after the paint).
    const next = () => {
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(append, 0);
      });
    };
    // The first slice waits a frame more: this effect may run before the first blocks' frame, and its task
    // must not run ahead of that paint's other work (the first screen is what the user waits for).
    frame = requestAnimationFrame(next);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete, doc, editor]);
  return { initialValue, complete };
}
