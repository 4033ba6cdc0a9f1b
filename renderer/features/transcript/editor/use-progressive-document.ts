import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Editor } from 'slate';
import type { TranscriptElement } from '../types.ts';
import { firstScreenBlocks, screenfulOfText } from './first-screen.ts';

/** Most blocks rendered before the first paint: more than a screenful of one-line turns at 1440×900. */
const FIRST_BLOCKS = 40;
/** Most blocks appended per render after it (one of Slate's chunks, see create-transcript-editor.ts). */
const BATCH = 32;
/** Fewest blocks per render: every task appends at least this many, so the rest always comes in. */
const MIN_BATCH = 8;
/** Script time per task spent appending: the page answers keys, clicks and scrolling in between. */
const BUDGET_MS = 30;

/**
 * Progressive first paint: Slate starts with the first blocks only (a screenful of text with room to
 * spare, at most FIRST_BLOCKS: long turns fill a screen with a few); once they are painted, the rest
 * is appended (editor.children + onChange, as Slate documents for replacing a value) in tasks of about
 * BUDGET_MS, one per frame, so a 40,000-word transcript shows its first screen at once and no long task
 * blocks input while the rest comes in (one task for all of it took 200–400 ms). Appending keeps the
 * blocks already in (with any decoration version set on them). `complete` once the whole document is in.
 */
export function useProgressiveDocument(
  doc: TranscriptElement[],
  editor: Editor,
): { initialValue: TranscriptElement[]; complete: boolean } {
  const [first] = useState(() => firstScreenBlocks(doc, screenfulOfText(innerWidth, innerHeight), FIRST_BLOCKS));
  const [complete, setComplete] = useState(() => doc.length <= first);
  const [initialValue] = useState(() => (doc.length <= first ? doc : doc.slice(0, first)));
  useEffect(() => {
    if (complete) return;
    let frame = 0;
    let timer = 0;
    // What one block took to render in the last slice: a slice is sized to the time left, since a
    // slice started near the end of the budget ran the task past 50 ms (a long task, input waits).
    let msPerBlock = 0;
    const append = () => {
      const began = performance.now();
      for (let first = true; editor.children.length < doc.length; first = false) {
        const fits = msPerBlock > 0 ? Math.floor((BUDGET_MS - (performance.now() - began)) / msPerBlock) : BATCH;
        if (!first && fits < MIN_BATCH) break;
        const have = editor.children.length;
        const n = Math.max(MIN_BATCH, Math.min(BATCH, fits));
        const t = performance.now();
        editor.children = [...editor.children, ...doc.slice(have, have + n)];
        // Rendered here, so the time spent is known (React would otherwise render after this task).
        flushSync(() => editor.onChange());
        msPerBlock = (performance.now() - t) / n;
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
