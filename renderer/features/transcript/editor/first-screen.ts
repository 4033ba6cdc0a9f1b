/**
 * The transcript's text column is never wider than this (transcript.css: a 52rem page less 13rem of
 * padding for line numbers and margin bars, less the 3.25rem label column): 40rem errs wide.
 */
const COLUMN_MAX_PX = 40 * 16;
/** A character of the reader's text (1.07rem, lines of 1.8): about 8.5 px wide, 31 px a line; less, to err long. */
const CHAR_PX = 7.5;
const LINE_PX = 28;

/**
 * About how many characters of transcript a window this size can show: a text column as wide as it ever
 * gets (or the window, if narrower) over the window's whole height, in characters and lines smaller than
 * the reader's. More than a screen shows, which also has headings, labels and short last lines.
 */
export function screenfulOfText(width: number, height: number): number {
  return Math.ceil(Math.min(width, COLUMN_MAX_PX) / CHAR_PX) * Math.ceil(height / LINE_PX);
}

/**
 * How many blocks the first paint needs: the fewest whose text reaches `chars` (a screenful and more),
 * and never more than `most` (nor fewer than one, for a document that has any).
 */
export function firstScreenBlocks(
  doc: ReadonlyArray<{ start: number; end: number }>,
  chars: number,
  most: number,
): number {
  if (doc.length === 0) return 0;
  const limit = Math.min(doc.length, Math.max(1, most));
  const from = doc[0]!.start;
  let n = 1;
  while (n < limit && doc[n - 1]!.end - from < chars) n++;
  return n;
}
