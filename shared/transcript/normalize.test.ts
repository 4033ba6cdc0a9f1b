import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, normalizeTranscriptText } from './normalize.ts';

describe('normalizeTranscriptText', () => {
  it('strips the BOM and converts CRLF and lone CR to LF', () => {
    expect(normalizeTranscriptText('\uFEFFI: one\r\nR: two\rI: three\n')).toBe('I: one\nR: two\nI: three');
  });

  it('composes to NFC so decomposed and precomposed letters are the same text', () => {
    const decomposed = 'Zoe\u0308 and \u0141ukasz';
    expect(normalizeTranscriptText(decomposed)).toBe('Zoë and Łukasz');
    expect(normalizeTranscriptText(decomposed)).toBe(normalizeTranscriptText('Zo\u00EB and \u0141ukasz'));
  });

  it('turns NBSP and other fixed spaces into spaces, tabs into one space, non-breaking hyphen into "-"', () => {
    expect(normalizeTranscriptText('I:\tMrs\u00A0Smith\u202Fsaid\u2009so, O\u2019Brien\u2011Smith')).toBe(
      'I: Mrs Smith said so, O\u2019Brien-Smith',
    );
  });

  it('removes soft hyphens, zero-width spaces, word joiners and control characters, keeps ZWJ', () => {
    expect(normalizeTranscriptText('Mar\u00ADgaret\u200B went\u2060 home\u0007.')).toBe('Margaret went home.');
    expect(normalizeTranscriptText('👩\u200D👧')).toBe('👩\u200D👧');
  });

  it('removes a soft hyphen before combining marks and still yields NFC', () => {
    expect(normalizeTranscriptText('e\u00AD\u0301')).toBe('\u00E9');
  });

  it('keeps smart quotes and dashes as typed', () => {
    const s = 'R: “Loving” — she was ‘always’ there – mostly.';
    expect(normalizeTranscriptText(s)).toBe(s);
  });

  it('trims trailing spaces per line, collapses blank-line runs, trims the ends', () => {
    expect(normalizeTranscriptText('\n\n  \nI: a   \n\n\n\n  \nR: b  \n\n')).toBe('I: a\n\nR: b');
  });

  it('keeps indentation and interior spacing', () => {
    expect(normalizeTranscriptText('  I: a  b')).toBe('  I: a  b');
  });

  it('turns line separators, vertical tabs and form feeds into LF', () => {
    expect(normalizeTranscriptText('a\u2028b\u000Bc\u000Cd\u2029e')).toBe('a\nb\nc\nd\ne');
  });

  it('property: idempotent', () => {
    const chars = fc.constantFrom(
      'a',
      'é',
      'e\u0301',
      ' ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u00A0',
      '\u00AD',
      '\u200B',
      '\uFEFF',
      '\u2011',
      '\u2000',
      '\u0301',
      '’',
      'Ł',
      '\u0000',
      '\u000B',
      '\u2028',
      '😀',
      '\u200D',
      'I:',
      'R:',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(chars, { maxLength: 60 }).map((a) => a.join('')),
          fc.string({ unit: 'grapheme' }),
        ),
        (s) => {
          const once = normalizeTranscriptText(s);
          expect(normalizeTranscriptText(once)).toBe(once);
          expect(once).not.toMatch(/\r|\t|\uFEFF|\u00A0|\u00AD| \n|\n\n\n/);
          expect(once).toBe(once.normalize('NFC'));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('countWords', () => {
  it('counts words, joining inner apostrophes and hyphens', () => {
    expect(countWords("I: Don't know, mother-in-law O’Brien {{laughs}} (pause 6 sec).")).toBe(9);
    expect(countWords('')).toBe(0);
    expect(countWords('  — … ')).toBe(0);
    expect(countWords('Zoë Łukasz 1999')).toBe(3);
  });
});
