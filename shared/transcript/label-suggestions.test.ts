import { describe, expect, it } from 'vitest';
import { fewTurnsWarning, lineStartLabels, suggestedRole } from './label-suggestions.ts';

const QA = (n: number) =>
  `Participant: SYN-0301\nDate: 2026-01-05\n${Array.from({ length: n }, (_, i) => `Q: Question ${i} about your mother?\nA: ${'word '.repeat(40)}\n`).join('')}`;

describe('speaker labels seen at line starts', () => {
  it('offers Q and A from a Q:/A: transcript, most used first, and leaves out header keys and known labels', () => {
    expect(lineStartLabels(QA(8), ['I', 'R'])).toEqual(['Q', 'A']);
    expect(lineStartLabels(QA(8), ['q', 'R'])).toEqual(['A']);
    expect(lineStartLabels('Note: once\nQ: x\n', [])).toEqual([]); // fewer than three lines each
  });

  it('warns when fewer than 5 turns are found in more than 500 words, naming the labels', () => {
    expect(fewTurnsWarning(620, 1, ['Q', 'A'])).toBe(
      'Only 1 speaker turn found in 620 words: the speaker labels may not match this transcript. Labels seen at line starts: Q:, A:; add them under Speaker labels.',
    );
    expect(fewTurnsWarning(620, 5, ['Q'])).toBeNull();
    expect(fewTurnsWarning(400, 1, ['Q'])).toBeNull();
    expect(fewTurnsWarning(620, 0, ['Q'])).toBeNull(); // "no turns" has its own warning
  });

  it('guesses who asks: Q and I ask, A answers', () => {
    expect([suggestedRole('Q'), suggestedRole('INT'), suggestedRole('A'), suggestedRole('Mother')]).toEqual([
      'interviewer',
      'interviewer',
      'respondent',
      'respondent',
    ]);
  });
});
