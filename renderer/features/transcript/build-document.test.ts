import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../../shared/transcript/turns.ts';
import { buildDocument } from './build-document.ts';
import type { TranscriptElement } from './types.ts';

const SAMPLE = [
  'SYNTHETIC – NOT REAL DATA',
  'Participant: SYN-0001',
  '',
  'I: Could you describe your family?',
  'R: Well, we moved a lot.',
  'There were four of us (I: mm-hm) in a small flat.',
  '',
  '[00:01:12] I: And your mother?',
  'R:',
].join('\n');

/** Every character of the text is either inside exactly one text node (at its offset) or whitespace between blocks. */
function expectCovers(text: string, doc: TranscriptElement[]) {
  const owner = new Array<number>(text.length).fill(0);
  for (const block of doc) {
    for (const node of block.children) {
      expect(text.slice(node.start, node.start + node.text.length)).toBe(node.text);
      for (let i = node.start; i < node.start + node.text.length; i++) owner[i] = (owner[i] ?? 0) + 1;
    }
  }
  for (let i = 0; i < text.length; i++) {
    if (owner[i] === 0) expect(text[i]).toMatch(/\s/);
    else expect(owner[i]).toBe(1);
  }
  // Blocks and nodes are in text order.
  const starts = doc.flatMap((b) => b.children.map((n) => n.start));
  expect([...starts].sort((a, b) => a - b)).toEqual(starts);
}

describe('buildDocument', () => {
  it('makes one turn element per speaker turn and paragraphs for header lines', () => {
    const doc = buildDocument(SAMPLE, detectTurns(SAMPLE));
    expect(doc.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'turn', 'turn', 'turn', 'turn']);
    const [, , first, second, third] = doc;
    expect(first?.children[0].text).toBe('I: ');
    expect(first?.children[1]?.text).toBe('Could you describe your family?');
    expect(second?.type === 'turn' && second.role).toBe('respondent');
    // A multi-line turn keeps its inner line break; the interjection is not a turn.
    expect(second?.children[1]?.text).toBe('Well, we moved a lot.\nThere were four of us (I: mm-hm) in a small flat.');
    // A timestamp before the label stays in the label cell of its turn.
    expect(third?.children[0].text).toBe('[00:01:12] I: ');
    expectCovers(SAMPLE, doc);
  });

  it('keeps a turn with no speech after its label', () => {
    const doc = buildDocument(SAMPLE, detectTurns(SAMPLE));
    const last = doc.at(-1)!;
    expect(last.type).toBe('turn');
    expect(last.children.map((c) => c.text)).toEqual(['R:', '']);
  });

  it('gives an empty transcript one empty paragraph', () => {
    expect(buildDocument('', [])).toEqual([
      { type: 'paragraph', start: 0, end: 0, children: [{ text: '', start: 0 }] },
    ]);
  });

  it('shows text without any speaker label as paragraphs, one per line', () => {
    const text = 'just a note\n\n  indented line';
    const doc = buildDocument(text, detectTurns(text));
    expect(doc.map((b) => b.children[0].text)).toEqual(['just a note', '  indented line']);
    expectCovers(text, doc);
  });

  it('covers every character of generated transcripts exactly once (property)', () => {
    const line = fc.oneof(
      fc
        .constantFrom('I:', 'R:', 'INT:', 'SUBJ:', '  R:', '[00:00:01] I:', '**I**:')
        .chain((label) => fc.string({ maxLength: 30 }).map((s) => `${label}${s.replace(/\n/g, ' ')}`)),
      fc.string({ maxLength: 30 }).map((s) => s.replace(/\n/g, ' ')),
      fc.constant(''),
      fc.constant('Participant: SYN-0002'),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 25 }), (lines) => {
        const text = lines.join('\n');
        expectCovers(text, buildDocument(text, detectTurns(text)));
      }),
      { numRuns: 300 },
    );
  });
});
