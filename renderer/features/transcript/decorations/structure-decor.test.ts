import { describe, expect, it } from 'vitest';
import { detectMarks } from '../../../../shared/transcript/marks.ts';
import { detectSections } from '../../../../shared/transcript/sections.ts';
import { detectTurns } from '../../../../shared/transcript/turns.ts';
import { buildDocument } from '../build-document.ts';
import { markRangesIn, sameSections, sectionHeading, withSectionHeadings } from './structure-decor.ts';

const TEXT = [
  'Participant: SYN-0001',
  '',
  '[00:00:04] I: 1. Tell me about your family.',
  'R: We were four. {{laughs}} (pause 6 sec) Fine.',
  'I: 2. Describe your mother.',
  'R: Kind (I: mm-hm) and busy.',
].join('\n');

describe('transcript view: marks and section headings', () => {
  it('splits marks to the text nodes they fall in, in node-local offsets', () => {
    const marks = detectMarks(TEXT);
    const doc = buildDocument(TEXT, detectTurns(TEXT));
    const found: string[] = [];
    for (const block of doc)
      for (const node of block.children)
        for (const r of markRangesIn(marks, node.start, node.start + node.text.length))
          found.push(`${r.kind}:${node.text.slice(r.from, r.to)}`);
    expect(found).toEqual([
      'timestamp:[00:00:04]',
      'transcriber-note:{{laughs}}',
      'pause:(pause 6 sec)',
      'interjection:(I: mm-hm)',
    ]);
    // A mark crossing a node edge is clipped to the node.
    expect(markRangesIn([{ start: 5, end: 15, kind: 'pause' }], 10, 20)).toEqual([{ from: 0, to: 5, kind: 'pause' }]);
    expect(markRangesIn([{ start: 5, end: 10, kind: 'pause' }], 10, 20)).toEqual([]);
  });

  it('heads the block where each question starts, leaving every text node as it was', () => {
    const turns = detectTurns(TEXT);
    const doc = buildDocument(TEXT, turns);
    const sections = detectSections(TEXT, turns);
    const headed = withSectionHeadings(doc, sections);
    expect(headed.map((b) => b.heading ?? null)).toEqual([
      null,
      'Q1 · Tell me about your family.',
      null,
      'Q2 · Describe your mother.',
      null,
    ]);
    expect(headed.map((b) => b.children)).toEqual(doc.map((b) => b.children));
    expect(sectionHeading({ number: null, title: 'Loss' })).toBe('Loss');
    expect(sectionHeading({ number: 7, title: '' })).toBe('Question 7');
  });

  it('joins two sections starting in one block and ignores sections past the end', () => {
    const doc = buildDocument(TEXT, detectTurns(TEXT));
    const at = doc[2]!.start;
    const headed = withSectionHeadings(doc, [
      { start: at, number: 3, title: 'A' },
      { start: at + 1, number: 4, title: 'B' },
      { start: TEXT.length + 5, number: 9, title: 'Z' },
    ]);
    expect(headed[2]!.heading).toBe('Q3 · A / Q4 · B');
    expect(headed.filter((b) => b.heading)).toHaveLength(1);
  });

  it('counts sections the same when every heading and place is, whatever the array (a sorted copy draws nothing anew)', () => {
    const sections = detectSections(TEXT, detectTurns(TEXT));
    expect(
      sameSections(
        sections,
        sections.map((x) => ({ ...x })),
      ),
    ).toBe(true);
    expect(
      sameSections(
        sections,
        sections.map((x, i) => (i === 0 ? { ...x, title: 'Other' } : x)),
      ),
    ).toBe(false);
    expect(
      sameSections(
        sections,
        sections.map((x, i) => (i === 0 ? { ...x, start: x.start + 1 } : x)),
      ),
    ).toBe(false);
    expect(
      sameSections(
        sections,
        sections.map((x, i) => (i === 0 ? { ...x, number: 9 } : x)),
      ),
    ).toBe(false);
    expect(sameSections(sections, sections.slice(1))).toBe(false);
  });
});
