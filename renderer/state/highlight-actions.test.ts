import { describe, expect, it } from 'vitest';
import { movedBoundary, stepFrom } from './highlight-actions.ts';

const list = [
  { id: 'c', start: 50, end: 60 },
  { id: 'a', start: 10, end: 20 },
  { id: 'b', start: 30, end: 40 },
];

describe('stepFrom (next / previous highlight)', () => {
  it('goes to the next highlight after an offset, and wraps', () => {
    expect(stepFrom(list, 25, 1)?.id).toBe('b');
    expect(stepFrom(list, 55, 1)?.id).toBe('a');
    expect(stepFrom(list, 25, -1)?.id).toBe('a');
    expect(stepFrom(list, 5, -1)?.id).toBe('c');
  });
  it('steps from the open highlight in reading order when there is one', () => {
    expect(stepFrom(list, 0, 1, 'a')?.id).toBe('b');
    expect(stepFrom(list, 0, -1, 'a')?.id).toBe('c');
  });
  it('has nothing to step to in an empty list', () => {
    expect(stepFrom([], 0, 1)).toBeNull();
  });
});

describe('movedBoundary', () => {
  it('moves one end, keeps at least one character and stays inside the text', () => {
    expect(movedBoundary({ start: 10, end: 20 }, 'start', 8, 100)).toEqual({ start: 8, end: 20 });
    expect(movedBoundary({ start: 10, end: 20 }, 'start', 25, 100)).toEqual({ start: 19, end: 20 });
    expect(movedBoundary({ start: 10, end: 20 }, 'end', 5, 100)).toEqual({ start: 10, end: 11 });
    expect(movedBoundary({ start: 10, end: 20 }, 'end', 120, 100)).toEqual({ start: 10, end: 100 });
    expect(movedBoundary({ start: 0, end: 20 }, 'start', -3, 100)).toEqual({ start: 0, end: 20 });
  });
});
