/**
 * The transcript offset of a DOM position inside the rendered transcript, read from the DOM alone:
 * every block carries `data-start` (its first character's offset) and its Slate strings hold the
 * stored text contiguously from there (see build-document.ts), so the offset is data-start
 * plus the characters of the strings before the position. Anything else in a block (zero-width
 * placeholders, non-editable decorations) is not text and never counts; headings are CSS ::before
 * content, never DOM text.
 */
export function domPointToOffset(node: Node, offset: number): number | null {
  const el = node instanceof Element ? node : node.parentElement;
  const block = el?.closest<HTMLElement>('[data-slate-node="element"][data-start]');
  const start = block ? Number(block.dataset['start']) : NaN;
  if (!block || !Number.isInteger(start)) return null;
  const range = document.createRange();
  range.selectNodeContents(block);
  try {
    range.setEnd(node, offset);
  } catch {
    return null;
  }
  let count = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const isString =
      t.parentElement?.closest('[data-slate-string]') && !t.parentElement.closest('[contenteditable="false"]');
    if (t === node) {
      if (isString) count += offset;
      break;
    }
    if (range.comparePoint(t, t.length) > 0) break; // this text ends after the position
    if (isString) count += t.length;
  }
  return start + count;
}

/** The start of the current DOM selection (or the caret) when it lies in `root`, as a transcript offset. */
export function selectionStartIn(root: Element | null): number | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!root.contains(r.startContainer)) return null;
  return domPointToOffset(r.startContainer, r.startOffset);
}
