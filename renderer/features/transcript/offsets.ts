import type { TranscriptElement, TranscriptText } from './types.ts';

/** A Slate point in this document: [block index, child index] + offset inside that text node. */
export interface DocPoint {
  path: number[];
  offset: number;
}

export interface DocRange {
  anchor: DocPoint;
  focus: DocPoint;
}

function textAt(doc: readonly TranscriptElement[], path: readonly number[]): TranscriptText {
  const [b, c] = path;
  const node = b === undefined || c === undefined ? undefined : doc[b]?.children[c];
  if (!node) throw new RangeError(`no text node at path [${path.join(', ')}]`);
  return node;
}

/** Global UTF-16 offset of a Slate point. */
export function pointToOffset(doc: readonly TranscriptElement[], point: DocPoint): number {
  const node = textAt(doc, point.path);
  if (point.offset < 0 || point.offset > node.text.length)
    throw new RangeError(`offset ${point.offset} is outside a text node of length ${node.text.length}`);
  return node.start + point.offset;
}

/** Ordered half-open global offsets of a Slate range, whichever way the user dragged. */
export function rangeToOffsets(doc: readonly TranscriptElement[], range: DocRange): { start: number; end: number } {
  const a = pointToOffset(doc, range.anchor);
  const f = pointToOffset(doc, range.focus);
  return a <= f ? { start: a, end: f } : { start: f, end: a };
}

/**
 * The Slate point for a global offset. An offset that falls between blocks (on a line break)
 * snaps to the end of the block before it ('backward') or the start of the block after it ('forward').
 */
export function offsetToPoint(
  doc: readonly TranscriptElement[],
  offset: number,
  affinity: 'forward' | 'backward' = 'forward',
): DocPoint {
  if (doc.length === 0) throw new RangeError('empty document');
  // Last block whose start <= offset (binary search: blocks are in text order).
  let lo = 0;
  let hi = doc.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found === -1) return { path: [0, 0], offset: 0 };
  const block = doc[found]!;
  if (offset > block.end) {
    const next = doc[found + 1];
    if (affinity === 'forward' && next) return { path: [found + 1, 0], offset: 0 };
    const lastIndex = block.children.length - 1;
    const last = block.children[lastIndex]!;
    return { path: [found, lastIndex], offset: last.text.length };
  }
  const children: readonly TranscriptText[] = block.children;
  for (let c = 0; c < children.length; c++) {
    const node = children[c]!;
    const nodeEnd = node.start + node.text.length;
    const isLast = c === children.length - 1;
    // At a boundary between two nodes, 'forward' prefers the start of the next one.
    if (offset < nodeEnd || (offset === nodeEnd && (affinity === 'backward' || isLast)))
      return { path: [found, c], offset: Math.max(0, offset - node.start) };
  }
  return { path: [found, children.length - 1], offset: children[children.length - 1]!.text.length };
}
