import { describe, expect, it } from 'vitest';
import { analyzeTranscript } from './analyze.ts';
import { normalizeTranscriptText } from './normalize.ts';

describe('analyzeTranscript', () => {
  const raw =
    '\uFEFFSYNTHETIC – NOT REAL DATA\r\nParticipant: SYN-0100\r\nDate: 2026-03\r\nInterviewer: XY\r\n\r\n' +
    'I: 1. Could you tell me about your family?\r\nR: Me and [MOTHER] (I: mm) {{laughs}}.\r\n' +
    'I: 2. And your parents?\r\n[MOTHER]: She was there.\r\nR: (pause 6 sec) Yes.';

  it('returns turns, sections, marks, words and header for normalised text', () => {
    const text = normalizeTranscriptText(raw);
    const a = analyzeTranscript(text, { extraLabels: ['[MOTHER]'] });
    expect(a.turns.map((t) => t.speaker)).toEqual(['I', 'R', 'I', '[MOTHER]', 'R']);
    expect(a.sections.map((s) => [s.number, s.title])).toEqual([
      [1, 'Could you tell me about your family?'],
      [2, 'And your parents?'],
    ]);
    expect(a.marks.map((m) => m.kind)).toEqual(['interjection', 'transcriber-note', 'pause']);
    expect(a.header.metadata).toMatchObject({
      participantCode: 'SYN-0100',
      interviewDate: '2026-03',
      interviewer: 'XY',
    });
    expect(a.header.end).toBe(a.turns[0]!.start);
    expect(a.words).toBeGreaterThan(20);
  });

  it('recognises interjections by the configured labels', () => {
    const a = analyzeTranscript('Q: where?\nA: there (Q: yes)', {
      patterns: [
        { label: 'Q', role: 'interviewer' },
        { label: 'A', role: 'respondent' },
      ],
    });
    expect(a.turns).toHaveLength(2);
    expect(a.marks).toEqual([{ start: 19, end: 27, kind: 'interjection', text: '(Q: yes)' }]);
  });

  it('analyses a 40,000-word transcript whole (speed: npm run bench)', () => {
    const block = (n: number) =>
      `I: ${n}. Could you tell me more about that time?\nR: ${'Well, um, we used to walk down to the harbour {{laughs}} and (I: mm) then [00:01:02] home. '.repeat(90)}\n`;
    const text = normalizeTranscriptText(Array.from({ length: 25 }, (_, i) => block(i + 1)).join(''));
    const a = analyzeTranscript(text);
    expect(a.words).toBeGreaterThan(35000);
    expect(a.sections).toHaveLength(25);
  });
});
