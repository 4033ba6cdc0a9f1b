import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectMarks } from './marks.ts';

function kinds(text: string, labels?: string[]) {
  return detectMarks(text, labels ? { labels } : {}).map((m) => [m.kind, m.text]);
}

describe('detectMarks', () => {
  it('recognises the transcription conventions labs use (docs/domain.md)', () => {
    const text =
      'R: She was {{laughs}} kind (pause 6 sec) I think [pause 25 sec] we went {{sic}} there ' +
      '[inaudible 00:31:12] and (I: mm-hm) then [00:12:05] more.';
    expect(kinds(text)).toEqual([
      ['transcriber-note', '{{laughs}}'],
      ['pause', '(pause 6 sec)'],
      ['pause', '[pause 25 sec]'],
      ['sic', '{{sic}}'],
      ['inaudible', '[inaudible 00:31:12]'],
      ['interjection', '(I: mm-hm)'],
      ['timestamp', '[00:12:05]'],
    ]);
    for (const m of detectMarks(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('classifies brace notes by content and other bracket variants', () => {
    expect(
      kinds('{{pause}} {{inaudible}} {{00:01:02}} {{phone rings}} (sic) [sic] (long pause) (6 sec) (unclear)'),
    ).toEqual([
      ['pause', '{{pause}}'],
      ['inaudible', '{{inaudible}}'],
      ['timestamp', '{{00:01:02}}'],
      ['transcriber-note', '{{phone rings}}'],
      ['sic', '(sic)'],
      ['sic', '[sic]'],
      ['pause', '(long pause)'],
      ['pause', '(6 sec)'],
      ['inaudible', '(unclear)'],
    ]);
  });

  it('recognises non-speech events in brackets but leaves pseudonyms and speech alone', () => {
    expect(kinds('[MOTHER] said (she said) [crying] (laughs) [TOWN_A] (Interviewer: right) [crosstalk]')).toEqual([
      ['transcriber-note', '[crying]'],
      ['transcriber-note', '(laughs)'],
      ['interjection', '(Interviewer: right)'],
      ['transcriber-note', '[crosstalk]'],
    ]);
  });

  it('uses the configured labels for interjections', () => {
    expect(kinds('(Q: yes) (I: mm)', ['Q'])).toEqual([['interjection', '(Q: yes)']]);
  });

  it('does not span lines, and the innermost bracket pair wins', () => {
    expect(kinds('{{laughs\n}} (and (laughs) so)')).toEqual([['transcriber-note', '(laughs)']]);
    expect(kinds('{{unclosed')).toEqual([]);
  });

  it('finds no marks in 600,000 unclosed brackets (speed: npm run bench)', () => {
    const text = '(('.repeat(100_000) + '[['.repeat(100_000) + '{{'.repeat(100_000);
    expect(detectMarks(text)).toEqual([]);
  });

  it('property: marks are sorted, non-overlapping and slice to their text', () => {
    const piece = fc.constantFrom(
      '(',
      ')',
      '[',
      ']',
      '{{',
      '}}',
      'pause',
      'sic',
      'I:',
      ' ',
      'x',
      '\n',
      '00:01:02',
      'laughs',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }), (parts) => {
        const text = parts.join('');
        let prev = 0;
        for (const m of detectMarks(text)) {
          expect(m.start).toBeGreaterThanOrEqual(prev);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          expect(m.text).not.toContain('\n');
          prev = m.end;
        }
      }),
    );
  });
});
