import { describe, expect, it } from 'vitest';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import { defaultCodebook } from '../../../shared/codebook/default-codebook.ts';
import {
  eventLabel,
  groupScales,
  linkCount,
  parseRatingInput,
  ratingFromInput,
  reportedValue,
  scalePoints,
  stepValue,
  targetLabel,
} from './score-sheet-logic.ts';

const scale = { min: 1, max: 9, step: 0.5, notRateableAllowed: true };
const rating = (target: string, value: number | null): Rating => ({
  transcriptId: 't',
  coderId: 'c',
  scaleId: 'unres.loss',
  target,
  value,
  notRateable: value === null,
  note: '',
  links: [],
  updatedAt: '',
});
const event = (id: string): LossEvent => ({
  id,
  transcriptId: 't',
  coderId: 'c',
  kind: 'loss',
  who: '',
  speakerAge: '',
  note: '',
  createdAt: '',
});

describe('score sheet layout and input', () => {
  it('groups the default codebook scales with per-parent columns, transcript columns and event scales', () => {
    const groups = groupScales(defaultCodebook().scales);
    expect(groups.map((g) => [g.name, g.columns, g.scales.length, g.eventScales.map((s) => s.id)])).toEqual([
      ['Probable experience', ['mother', 'father', 'other'], 5, []],
      ['State of mind toward parents', ['mother', 'father'], 3, []],
      ['Overall state of mind', ['transcript'], 5, []],
      ['Coherence', ['transcript'], 2, []],
      ['Unresolved', [], 0, ['unres.loss', 'unres.trauma']],
    ]);
  });

  it('leaves out archived scales unless the coder already rated them', () => {
    const scales = defaultCodebook().scales.map((s) => (s.id === 'coh.transcript' ? { ...s, archived: true } : s));
    const coherence = (rated?: Set<string>) =>
      groupScales(scales, rated)
        .find((g) => g.name === 'Coherence')!
        .scales.map((s) => s.id);
    expect(coherence()).toEqual(['coh.mind']);
    expect(coherence(new Set(['coh.transcript']))).toEqual(['coh.transcript', 'coh.mind']);
  });

  it('reads typed ratings: half points, comma decimals, N for not rateable, empty to clear, and explains the rest', () => {
    expect(parseRatingInput('4.5', scale)).toEqual({ kind: 'value', value: 4.5 });
    expect(parseRatingInput(' 4,5 ', scale)).toEqual({ kind: 'value', value: 4.5 });
    expect(parseRatingInput('9', scale)).toEqual({ kind: 'value', value: 9 });
    expect(parseRatingInput('NR', scale)).toEqual({ kind: 'not-rateable' });
    expect(parseRatingInput('n', scale)).toEqual({ kind: 'not-rateable' });
    expect(parseRatingInput('', scale)).toEqual({ kind: 'clear' });
    expect(parseRatingInput('4.25', scale)).toEqual({
      kind: 'error',
      message: '4.25 is between steps: type a number from 1 to 9 in steps of 0.5.',
    });
    expect(parseRatingInput('10', scale)).toEqual({
      kind: 'error',
      message: '10 is outside the scale: type a number from 1 to 9 in steps of 0.5.',
    });
    expect(parseRatingInput('high', scale)).toEqual({
      kind: 'error',
      message: 'Type a number from 1 to 9 in steps of 0.5, or N for not rateable.',
    });
    expect(parseRatingInput('nr', { ...scale, notRateableAllowed: false }).kind).toBe('error');
  });

  it('steps by the scale step within its range (arrow keys), starting at an end when empty', () => {
    expect(stepValue(4.5, scale, 1)).toBe(5);
    expect(stepValue(4.5, scale, -1)).toBe(4);
    expect(stepValue(9, scale, 1)).toBe(9);
    expect(stepValue(1, scale, -1)).toBe(1);
    expect(stepValue(null, scale, 1)).toBe(1);
    expect(stepValue(null, scale, -1)).toBe(9);
    expect(scalePoints(scale)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9]);
    expect(scalePoints({ min: 0, max: 1, step: 0.1 })).toHaveLength(11);
  });

  it('reports the highest rating over events for unresolved scales (the maximum), not-rateable only when all rated are', () => {
    const events = [event('a'), event('b'), event('c')];
    expect(reportedValue({ id: 'unres.loss' }, [], events)).toBeNull();
    expect(reportedValue({ id: 'unres.loss' }, [rating('event:a', null)], events)).toEqual({
      value: null,
      notRateable: true,
      eventId: null,
    });
    expect(
      reportedValue(
        { id: 'unres.loss' },
        [rating('event:a', 3), rating('event:b', null), rating('event:c', 6.5)],
        events,
      ),
    ).toEqual({
      value: 6.5,
      notRateable: false,
      eventId: 'c',
    });
    // Ratings of deleted events do not count.
    expect(reportedValue({ id: 'unres.loss' }, [rating('event:gone', 9), rating('event:a', 2)], events)?.value).toBe(2);
  });

  it('names events by kind, who and age', () => {
    expect(eventLabel({ kind: 'loss', who: 'grandmother', speakerAge: '9' }, 0)).toBe('Loss: grandmother (age 9)');
    expect(eventLabel({ kind: 'trauma', who: ' ', speakerAge: '' }, 1)).toBe('Trauma 2');
  });
});

describe('score sheet labels and writes', () => {
  it('names parent and transcript targets, and events by their label or as deleted', () => {
    const events = [event('e1'), { ...event('e2'), kind: 'trauma' as const, who: 'uncle' }];
    expect(targetLabel('mother', events)).toBe('Mother');
    expect(targetLabel('transcript', events)).toBe('Transcript');
    expect(targetLabel('event:e1', events)).toBe('Loss 1');
    expect(targetLabel('event:e2', events)).toBe('Trauma: uncle');
    expect(targetLabel('event:gone', events)).toBe('Deleted event');
  });

  it('turns a rating field input into what is saved', () => {
    expect(ratingFromInput({ kind: 'clear' })).toBeNull();
    expect(ratingFromInput({ kind: 'not-rateable' })).toEqual({ value: null, notRateable: true });
    expect(ratingFromInput({ kind: 'value', value: 4.5 })).toEqual({ value: 4.5, notRateable: false });
  });

  it("counts a scale's linked highlights over all its targets", () => {
    const linked = (target: string, links: string[]) => ({ ...rating(target, 3), links });
    const ratings = [
      linked('event:a', ['h1', 'h2']),
      linked('event:b', ['h3']),
      { ...linked('mother', ['h4']), scaleId: 'x' },
    ];
    expect(linkCount('unres.loss', ratings)).toBe(3);
    expect(linkCount('x', ratings)).toBe(1);
    expect(linkCount('none', ratings)).toBe(0);
  });
});
