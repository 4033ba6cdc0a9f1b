import { domPointToOffset } from './dom-offset.ts';

/**
 * Where the reader is in a transcript, read from and put back into the DOM alone: the offset of the first
 * character at the top of the scrolling pane. Blocks carry `data-start` (see dom-offset.ts).
 */
const BLOCKS = '[data-slate-node="element"][data-start]';

function blocksOf(pane: Element): HTMLElement[] {
  return [...pane.querySelectorAll<HTMLElement>(BLOCKS)];
}

/** The text offset shown at the top of `pane` (a little below its edge), or null with no text in it. */
export function offsetAtTop(pane: HTMLElement): number | null {
  const top = pane.getBoundingClientRect().top + 6;
  const blocks = blocksOf(pane);
  const block = blocks.find((b) => b.getBoundingClientRect().bottom > top);
  if (!block) return null;
  const start = Number(block.dataset['start']);
  const rect = block.getBoundingClientRect();
  if (rect.top >= top) return start;
  // Inside a long turn: the character at the start of the line now at the top.
  const strings = block.querySelectorAll('[data-slate-string]');
  const first = strings[0]?.getBoundingClientRect();
  const x = (first?.left ?? rect.left) + 2;
  const hit = document.caretRangeFromPoint?.(x, top + 4);
  if (hit && block.contains(hit.startContainer)) return domPointToOffset(hit.startContainer, hit.startOffset) ?? start;
  return start;
}

/** The text node and offset in it that hold transcript offset `offset`, inside its block. */
function domPointAt(block: HTMLElement, offset: number): { node: Text; at: number } | null {
  let left = offset - Number(block.dataset['start']);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const p = t.parentElement;
    if (!p?.closest('[data-slate-string]') || p.closest('[contenteditable="false"]')) continue;
    if (left <= t.length) return { node: t, at: left };
    left -= t.length;
  }
  return null;
}

/**
 * Scroll `pane` so `offset` is at its top. False until the whole document is rendered (it comes in chunks,
 * and a caret can be placed only then): the caller tries again.
 */
export function scrollToOffset(pane: HTMLElement, offset: number): boolean {
  const blocks = blocksOf(pane);
  let block: HTMLElement | undefined;
  for (const b of blocks) {
    if (Number(b.dataset['start']) <= offset) block = b;
    else break;
  }
  if (!block || !pane.querySelector('[data-complete="true"]')) return false;
  let y = block.getBoundingClientRect().top;
  const point = domPointAt(block, offset);
  if (point) {
    const r = document.createRange();
    r.setStart(point.node, point.at);
    r.setEnd(point.node, Math.min(point.node.length, point.at + 1));
    const rect = r.getClientRects()[0];
    if (rect) y = rect.top;
  }
  pane.scrollTop += y - pane.getBoundingClientRect().top - 6;
  return true;
}
