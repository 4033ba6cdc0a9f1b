import { describe, expect, it } from 'vitest';
import { buildPrintModel, type PrintCoder } from './print-model.ts';

const TEXT = 'Header\nI: Tell me.\nR: She was warm, always there.\n\nR: End.';
const at = (s: string) => TEXT.indexOf(s);
const coder = (name: string, anns: [string, string][]): PrintCoder => ({
  name,
  annotations: anns.map(([phrase, label]) => ({
    start: at(phrase),
    end: at(phrase) + phrase.length,
    label,
    severity: null,
  })),
  classification: null,
  ratings: [],
  events: [],
});

describe('the printed transcript model', () => {
  const m = buildPrintModel({
    title: 'SYN',
    participant: null,
    projectName: 'p',
    text: TEXT,
    turns: ['I:', 'R: She', 'R: End'].map((p) => ({ labelStart: at(p), labelEnd: at(p) + 2 })),
    sections: [{ start: at('I: Tell'), number: 3, title: 'Warmth' }],
    coders: [
      coder('Ada', [['She was warm, always', 'Warmth']]),
      coder('Ben', [['warm, always there.\n\nR: End', 'Idealisation']]),
    ],
  });

  it('numbers every line of the stored text (1-based, empty lines too) and rebuilds the text exactly', () => {
    expect(m.lines.map((l) => l.number)).toEqual([1, 2, 3, 4, 5]);
    expect(m.lines.map((l) => l.fragments.map((f) => f.text).join('')).join('\n')).toBe(TEXT);
  });

  it('puts the section heading before the line it starts on and marks speaker labels', () => {
    expect(m.lines.map((l) => l.heading)).toEqual([null, 'Q3  Warmth', null, null, null]);
    expect(m.lines[1]!.fragments[0]).toEqual({ text: 'I:', coders: [], label: true });
  });

  it('marks each stretch with the coders covering it, codes in the margin of the line a highlight starts on', () => {
    expect(m.lines[2]!.fragments.map((f) => [f.text, f.coders])).toEqual([
      ['R:', []],
      [' ', []],
      ['She was ', [0]],
      ['warm, always', [0, 1]],
      [' there.', [1]],
    ]);
    expect(m.lines[2]!.margins).toEqual([['Warmth'], ['Idealisation']]);
    expect(m.lines[4]!.margins).toEqual([[], []]);
    expect(m.lines[4]!.fragments.map((f) => [f.text, f.coders])).toEqual([
      ['R:', [1]],
      [' End', [1]],
      ['.', []],
    ]);
  });
});
