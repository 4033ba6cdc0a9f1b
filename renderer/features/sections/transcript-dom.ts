import { selectionStartIn } from '../transcript/index.ts';

/** The rendered transcript of the coding view (the text nodes carry their offsets, see dom-offset.ts). */
export const transcriptRoot = () => document.querySelector('main.reader .transcript-text');

/**
 * Where the user put the caret or selection in the transcript, or null. Only while the text has
 * focus: a redrawn view leaves a stray DOM selection at its start that nobody chose.
 */
export function caretInTranscript(): number | null {
  const root = transcriptRoot();
  return root && root.contains(document.activeElement) ? selectionStartIn(root) : null;
}

/** The rendered block (turn or line) where an offset lies: the last one starting at or before it. */
export function blockAt(offset: number): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (const el of transcriptRoot()?.querySelectorAll<HTMLElement>('[data-slate-node="element"][data-start]') ?? []) {
    if (Number(el.dataset['start']) > offset) break;
    found = el;
  }
  return found;
}
