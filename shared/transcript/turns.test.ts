import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_SPEAKER_PATTERNS, detectTurns, type SpeakerPattern } from './turns.ts';

function slices(text: string, turns: ReturnType<typeof detectTurns>) {
  return turns.map((t) => ({
    label: text.slice(t.labelStart, t.labelEnd),
    body: text.slice(t.start, t.end),
    speaker: t.speaker,
    role: t.role,
  }));
}

describe('detectTurns', () => {
  it('finds I:/R: turns, skipping header lines and excluding trailing newlines', () => {
    const text = 'SYNTHETIC – NOT REAL DATA\nParticipant: SYN-0001\n\nI: Hello there.\nStill me.\n\nR: Hi.\n';
    const turns = detectTurns(text);
    expect(slices(text, turns)).toEqual([
      { label: 'I:', body: 'I: Hello there.\nStill me.', speaker: 'I', role: 'interviewer' },
      { label: 'R:', body: 'R: Hi.', speaker: 'R', role: 'respondent' },
    ]);
    for (const t of turns) expect(t.start).toBe(t.labelStart);
  });

  it('does not treat parenthesised interjections as turns', () => {
    const text = 'I: Tell me more.\nR: Well (I: mm-hm) she was there.\n(I: right)\nand then she left.';
    const turns = detectTurns(text);
    expect(turns).toHaveLength(2);
    expect(text.slice(turns[1]!.start, turns[1]!.end)).toBe(
      'R: Well (I: mm-hm) she was there.\n(I: right)\nand then she left.',
    );
  });

  it('matches INT:/SUBJ: and Interviewer:/Respondent: case-insensitively, longest label first', () => {
    const text = 'INT: One?\nsubj: Two.\nInterviewer: Three?\nRESPONDENT : Four.';
    const turns = detectTurns(text);
    expect(turns.map((t) => [t.speaker, t.role])).toEqual([
      ['INT', 'interviewer'],
      ['SUBJ', 'respondent'],
      ['Interviewer', 'interviewer'],
      ['Respondent', 'respondent'],
    ]);
    expect(text.slice(turns[3]!.labelStart, turns[3]!.labelEnd)).toBe('RESPONDENT :');
  });

  it('accepts indentation, bold markers and a leading timestamp', () => {
    const text = '  **I:** Question one?\n[00:01:02] R: An answer.\n__I__: Next.';
    const turns = detectTurns(text);
    expect(slices(text, turns).map((s) => s.label)).toEqual(['I:', 'R:', 'I__:']);
    expect(turns[0]!.labelStart).toBe(4);
  });

  it('does not treat a header "Interviewer: XY" as a turn, but does treat a first speech line as one', () => {
    const header = 'SYNTHETIC – NOT REAL DATA\nParticipant: SYN-0003\nDate: 2026-03-02\nInterviewer: XY\n\n';
    const text = header + 'Interviewer: So, could you tell me about your family?\nRespondent: Sure.';
    const turns = detectTurns(text);
    expect(turns).toHaveLength(2);
    expect(turns[0]!.start).toBe(header.length);

    const noHeader = 'Interviewer: Okay\nRespondent: Yes.';
    expect(detectTurns(noHeader)).toHaveLength(2);
  });

  it('supports extra labels such as pseudonymised names, with role other', () => {
    const text = 'I: And what did she say?\n[MOTHER]: Go to bed.\nAnna Maria: No.\nAnna: Yes.';
    const turns = detectTurns(text, DEFAULT_SPEAKER_PATTERNS, { extraLabels: ['[MOTHER]', 'Anna', 'Anna Maria'] });
    expect(turns.map((t) => [t.speaker, t.role])).toEqual([
      ['I', 'interviewer'],
      ['[MOTHER]', 'other'],
      ['Anna Maria', 'other'],
      ['Anna', 'other'],
    ]);
  });

  it('accepts custom patterns and ignores unknown labels', () => {
    const patterns: SpeakerPattern[] = [
      { label: 'Q', role: 'interviewer' },
      { label: 'A', role: 'respondent' },
    ];
    const text = 'Q: Where?\nA: Here.\nR: not a label now';
    const turns = detectTurns(text, patterns);
    expect(turns).toHaveLength(2);
    expect(text.slice(turns[1]!.start, turns[1]!.end)).toBe('A: Here.\nR: not a label now');
  });

  it('returns no turns for text without labels and handles an empty turn body', () => {
    expect(detectTurns('just some prose\nwith lines')).toEqual([]);
    const text = 'I:\n\nR: ok';
    const turns = detectTurns(text);
    expect(turns[0]).toMatchObject({ start: 0, end: 2, labelEnd: 2 });
  });

  it('handles CR characters left in the text as trailing whitespace', () => {
    const text = 'I: a\r\nR: b\r\n';
    expect(slices(text, detectTurns(text)).map((s) => s.body)).toEqual(['I: a', 'R: b']);
  });

  it('property: turns are sorted, non-overlapping, inside the text, and labelled at a line start', () => {
    const line = fc.oneof(
      fc.constantFrom('I: question?', 'R: answer.', 'INT: hm', 'SUBJ: yes', '(I: mm)', '', '  ', 'Date: 2026'),
      fc.string({ maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
        const text = lines.join('\n');
        const turns = detectTurns(text);
        let prevEnd = 0;
        for (const t of turns) {
          expect(t.start).toBe(t.labelStart);
          expect(t.labelStart).toBeLessThan(t.labelEnd);
          expect(t.labelEnd).toBeLessThanOrEqual(t.end);
          expect(t.start).toBeGreaterThanOrEqual(prevEnd);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text[t.labelEnd - 1]).toBe(':');
          const lineStart = text.lastIndexOf('\n', t.labelStart - 1) + 1;
          expect(text.slice(lineStart, t.labelStart)).not.toContain('(');
          prevEnd = t.end;
        }
      }),
    );
  });
});
