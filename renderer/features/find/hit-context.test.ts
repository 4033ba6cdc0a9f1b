import { describe, expect, it } from 'vitest';
import { hitContext } from './hit-context.ts';

describe('hitContext', () => {
  it('drops the cut words at either end and marks the cut with ellipses', () => {
    expect(hitContext('ther said my mother was kind to', 'mother').text).toBe('…said my mother was kind…');
  });

  it('keeps the whole window when trimming would cut the match itself', () => {
    expect(hitContext('mother was there', 'mother').text).toBe('…mother was there…');
  });

  it('collapses whitespace, line breaks included', () => {
    expect(hitContext('x I:  And\nyour mother? y', 'mother').text).toBe('…I: And your mother?…');
  });

  it('alternates plain text and occurrences, ignoring case and letting a space match any whitespace', () => {
    const { parts } = hitContext('x My Mother, my\nmother y', 'my mother');
    expect(parts).toEqual(['…', 'My Mother', ', ', 'my mother', '…']);
  });

  it('treats regex characters in the query literally', () => {
    expect(hitContext('a said (pause) then b', '(pause)').parts).toEqual(['…said ', '(pause)', ' then…']);
  });

  it('has no parts to mark for an empty query', () => {
    expect(hitContext('a b c', '  ')).toEqual({ text: '…b…', parts: null });
  });
});
