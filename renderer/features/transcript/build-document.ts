import type { Turn } from '../../../shared/transcript/turns.ts';
import type { TranscriptElement } from './types.ts';

/**
 * Build the Slate document for a transcript: one element per speaker turn, one paragraph per other
 * non-blank line (header, text before the first label).
 *
 * Invariant (tested): every non-whitespace character of the text lies in exactly one text node, at
 * node.start + index. What lies between two blocks is only line breaks and blank lines; the block
 * break itself stands for them, so offsets on both sides of a break stay exact.
 */
export function buildDocument(text: string, turns: readonly Turn[]): TranscriptElement[] {
  const blocks: TranscriptElement[] = [];

  const addPlainLines = (from: number, to: number) => {
    let lineStart = from;
    while (lineStart < to) {
      const nl = text.indexOf('\n', lineStart);
      const lineEnd = nl === -1 || nl > to ? to : nl;
      const line = text.slice(lineStart, lineEnd);
      if (line.trim().length > 0) {
        blocks.push({
          type: 'paragraph',
          start: lineStart,
          end: lineEnd,
          children: [{ text: line, start: lineStart }],
        });
      }
      lineStart = lineEnd + 1;
    }
  };

  let cursor = 0;
  for (const turn of turns) {
    // The label cell takes the whole line start: indentation or a "[00:01:02]" timestamp stays with its turn.
    const lineStart = text.lastIndexOf('\n', turn.labelStart - 1) + 1;
    const blockStart = Math.max(lineStart, cursor);
    addPlainLines(cursor, blockStart);
    // Spaces after the colon belong to the label cell, so the speech starts flush in its column.
    let labelEnd = Math.max(turn.labelEnd, blockStart);
    while (labelEnd < turn.end && (text[labelEnd] === ' ' || text[labelEnd] === '\t')) labelEnd++;
    const end = Math.max(turn.end, labelEnd);
    blocks.push({
      type: 'turn',
      speaker: turn.speaker,
      role: turn.role,
      start: blockStart,
      end,
      children: [
        { text: text.slice(blockStart, labelEnd), start: blockStart, label: true },
        { text: text.slice(labelEnd, end), start: labelEnd },
      ],
    });
    cursor = end;
  }
  addPlainLines(cursor, text.length);

  // Slate needs at least one block, even for an empty transcript.
  if (blocks.length === 0) blocks.push({ type: 'paragraph', start: 0, end: 0, children: [{ text: '', start: 0 }] });
  return blocks;
}
