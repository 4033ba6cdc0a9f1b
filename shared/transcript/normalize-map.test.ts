import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointOffsets, mapSpan, normalizeWithMap, utf16ToCodePoints } from './normalize-map.ts';
import { normalizeTranscriptText } from './normalize.ts';

describe('normalizeWithMap', () => {
  it('gives exactly the text normalizeTranscriptText gives, for any input', () => {
    const pieces = fc.constantFrom(
      'a',
      'é',
      'e\u0301',
      '\r\n',
      '\r',
      '\n',
      '\n\n\n',
      ' ',
      '\t',
      '\u00A0',
      '\uFEFF',
      '\u00AD',
      '😀',
      '👩\u200D👧',
      'I: ',
      '\u2011',
      '\u0007',
      '\u1100\u1161',
      '\u202E',
      '\u2066',
      '\uD800',
      '\uDC00',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        const n = normalizeWithMap(raw);
        expect(n).not.toBeNull();
        expect(n!.text).toBe(normalizeTranscriptText(raw));
        // Offsets never go backwards and stay inside the text.
        for (let i = 1; i < n!.map.length; i++) expect(n!.map[i]).toBeGreaterThanOrEqual(n!.map[i - 1]!);
        expect(n!.map[raw.length]).toBe(n!.text.length);
      }),
      { numRuns: 400 },
    );
  });

  it('carries a span across CRLF line ends, a BOM and collapsed blank lines onto the same words', () => {
    const raw = '\uFEFFI: Hello\r\nR: my mother\r\n\r\n\r\n\r\nI: and then';
    const n = normalizeWithMap(raw)!;
    const from = raw.indexOf('mother');
    const span = mapSpan(n, from, from + 'mother'.length);
    expect(span.ok && n.text.slice(span.start, span.end)).toBe('mother');
    const later = raw.indexOf('and then');
    const s2 = mapSpan(n, later, later + 8);
    expect(s2.ok && n.text.slice(s2.start, s2.end)).toBe('and then');
  });

  it('maps a span ending in a decomposed accent onto the composed letter, and refuses one splitting it', () => {
    const raw = 'Zoe\u0301 said';
    const n = normalizeWithMap(raw)!;
    expect(n.text).toBe('Zoé said');
    const whole = mapSpan(n, 0, 4);
    expect(whole.ok && n.text.slice(whole.start, whole.end)).toBe('Zoé');
    expect(mapSpan(n, 0, 3).ok).toBe(false);
  });

  it('refuses a span between the CR and LF of a line end, and one covering only removed spaces', () => {
    const n = normalizeWithMap('one\r\ntwo   \nthree')!;
    expect(mapSpan(n, 4, 7)).toMatchObject({ ok: false });
    expect(mapSpan(n, 8, 11)).toMatchObject({ ok: false });
  });
});

describe('code points and UTF-16 offsets', () => {
  it('counts an emoji as one code point and two UTF-16 units, a combining mark as its own code point', () => {
    const text = 'a😀b\u0301c';
    const units = codePointOffsets(text);
    expect([...units]).toEqual([0, 1, 3, 4, 5, 6]);
    const cps = utf16ToCodePoints(text);
    expect(cps[3]).toBe(2);
    expect(cps[text.length]).toBe(5);
    for (let cp = 0; cp < units.length; cp++) expect(cps[units[cp]!]).toBe(cp);
  });
});
