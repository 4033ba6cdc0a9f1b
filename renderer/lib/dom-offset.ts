/**
 * The transcript offset of a DOM position inside the rendered transcript, read from the DOM alone:
 * every block carries `data-start` (its first character's offset) and its text nodes hold the stored
 * text contiguously from there (see editor/build-document.ts), so the offset is data-start plus the
 * characters before the position. Slate's zero-width placeholders (U+FEFF) are not text.
 * Headings are CSS ::before content, never DOM text, so they never count.
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
  return start + range.toString().replace(/\uFEFF/g, '').length;
}

/** The start of the current DOM selection (or the caret) when it lies in `root`, as a transcript offset. */
export function selectionStartIn(root: Element | null): number | null {
  const sel = window.getSelection();
  if (!root || !sel || sel.rangeCount === 0) return null;
  const r = sel.getRangeAt(0);
  if (!root.contains(r.startContainer)) return null;
  return domPointToOffset(r.startContainer, r.startOffset);
}
