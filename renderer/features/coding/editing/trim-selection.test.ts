import { describe, expect, it } from 'vitest';
import { trimSelection } from './trim-selection.ts';

describe('trimSelection', () => {
  const text = 'We lived  above\na bakery. ';
  const trimmed = (start: number, end: number) => {
    const sel = trimSelection(text, { start, end });
    return text.slice(sel.start, sel.end);
  };
  it('drops whitespace and line breaks at both ends, keeping the inside', () => {
    expect(trimmed(2, 16)).toBe('lived  above');
    expect(trimmed(0, text.length)).toBe('We lived  above\na bakery.');
    expect(trimmed(3, 8)).toBe('lived');
  });
  it('leaves an empty passage where a selection held only whitespace', () => {
    const sel = trimSelection(text, { start: 8, end: 10 });
    expect(sel.end - sel.start).toBe(0);
  });
});
