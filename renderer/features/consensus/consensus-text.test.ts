import { describe, expect, it } from 'vitest';
import { classText, quoteOf, ratingRows, ratingText } from './consensus-text.ts';

describe('consensus texts', () => {
  it('writes a classification by subtype (else category) with its alternative, and a rating or "not rateable"', () => {
    expect(classText({ primary: 'F', subtype: null, alternative: null })).toBe('F');
    expect(classText({ primary: 'Ds', subtype: 'Ds3', alternative: null })).toBe('Ds3');
    expect(classText({ primary: 'U', subtype: null, alternative: 'E2' })).toBe('U/E2');
    expect(ratingText({ value: 5.5, notRateable: false })).toBe('5.5');
    expect(ratingText({ value: null, notRateable: true })).toBe('not rateable');
  });

  it('quotes a passage, cutting it to 120 characters', () => {
    const text = 'x'.repeat(200);
    expect(quoteOf('I remember her well.', { start: 2, end: 10 })).toBe('remember');
    expect(quoteOf(text, { start: 0, end: 120 })).toHaveLength(120);
    expect(quoteOf(text, { start: 0, end: 121 })).toBe('x'.repeat(117) + '…');
  });

  it('lists each rated scale and target once, coders first, leaving event ratings to their events', () => {
    const r = (scaleId: string, target: string) => ({ scaleId, target });
    const rows = ratingRows(
      [
        [r('love', 'mother'), r('unres.loss', 'event:e1')],
        [r('love', 'mother'), r('coh', 'transcript')],
      ],
      [r('anger', 'father'), r('coh', 'transcript')],
    );
    expect(rows.map((x) => `${x.scaleId}|${x.target}`)).toEqual(['love|mother', 'coh|transcript', 'anger|father']);
  });
});
