import { describe, expect, it } from 'vitest';
import { detectTurns } from './turns.ts';
import { detectSections } from './sections.ts';

function sections(text: string) {
  return detectSections(text, detectTurns(text));
}

describe('detectSections', () => {
  it('finds numbers at the start of interviewer turns in all common forms', () => {
    const text = [
      'SYNTHETIC – NOT REAL DATA',
      'I: 1. Could you tell me about your family? Where did you live?',
      'R: In a town.',
      'I: Q2 Describe your relationship with your parents.',
      'R: Fine (I: mm) mostly.',
      'I: Question 3: Five adjectives for your mother.',
      'R: Kind.',
      'I: 5) Which parent did you feel closer to?',
      'R: Neither, 3. I said.',
    ].join('\n');
    const s = sections(text);
    expect(s.map((x) => [x.number, x.title])).toEqual([
      [1, 'Could you tell me about your family?'],
      [2, 'Describe your relationship with your parents.'],
      [3, 'Five adjectives for your mother.'],
      [5, 'Which parent did you feel closer to?'],
    ]);
    expect(text.slice(s[0]!.start, s[0]!.start + 5)).toBe('I: 1.');
    expect(s[0]!.end).toBe(s[1]!.start - 1);
    expect(s[3]!.end).toBe(text.length);
  });

  it('finds headings on their own line, including between a respondent turn and the next question', () => {
    const text = [
      'I: Okay, let us start.',
      'R: Sure.',
      '',
      '**1. Family background**',
      'I: Where did you grow up?',
      'R: By the sea.',
      '2.',
      'I: And your parents?',
      'R: Two of them.',
      'Q3',
      'I: Adjectives now.',
    ].join('\n');
    const s = sections(text);
    expect(s.map((x) => [x.number, x.title])).toEqual([
      [1, 'Family background'],
      [2, 'Question 2'],
      [3, 'Question 3'],
    ]);
    expect(text.slice(s[0]!.start, s[0]!.end)).toBe(
      '**1. Family background**\nI: Where did you grow up?\nR: By the sea.',
    );
  });

  it('ignores numbered lines in respondent speech and non-increasing numbers', () => {
    const text = [
      'I: 1. Tell me about your family.',
      'R: Well:',
      '1. my mother was there',
      'and 3.5 years later we moved.',
      'I: 2. And your parents?',
      'R: Yes.',
      'I: 2. Sorry, again: your parents?',
      'I: 4. Adjectives.',
    ].join('\n');
    expect(sections(text).map((x) => x.number)).toEqual([1, 2, 4]);
  });

  it('does not assume a question count', () => {
    const lines: string[] = [];
    for (let n = 1; n <= 25; n++) lines.push(`I: ${n}. Question number ${n}?`, `R: Answer ${n}.`);
    expect(sections(lines.join('\n')).map((s) => s.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('falls back to interviewer prompt topics, in order, when questions are not numbered', () => {
    const text = [
      'I: Could you tell me about your family, where you lived?',
      'R: A flat.',
      'I: Can you give me five adjectives for your relationship with your mother?',
      'R: Warm.',
      'I: mm. Why warm?',
      'R: Because.',
      'I: And five words for your father?',
      'R: Absent.',
      'I: Did you ever lose anyone close to you?',
      'R: No.',
    ].join('\n');
    const s = sections(text);
    expect(s.map((x) => [x.number, x.title])).toEqual([
      [null, 'Family background'],
      [null, 'Adjectives – mother'],
      [null, 'Adjectives – father'],
      [null, 'Loss'],
    ]);
  });

  it('returns no sections for text without questions', () => {
    expect(sections('I: hello\nR: hi')).toEqual([]);
    expect(sections('')).toEqual([]);
  });
});
