import { describe, expect, it } from 'vitest';
import { cellRole, newSeed, nextRole } from './cell-cycle.ts';

describe('a click on a plan cell', () => {
  it('assigns a second coder, promotes a second to primary and unassigns a primary', () => {
    expect(nextRole(['a'], 'b')).toBe('second');
    expect(nextRole(['a', 'b'], 'c')).toBe('second');
    expect(nextRole(['a', 'b'], 'b')).toBe('primary');
    expect(nextRole(['a', 'b'], 'a')).toBe('none');
    expect(nextRole([], 'a')).toBe('primary');
    expect(cellRole(['a', 'b'], 'b')).toBe('second');
    expect(cellRole(['a'], 'z')).toBe('none');
  });

  it('draws seeds in 0..2^32−1', () => {
    for (let i = 0; i < 50; i++) {
      const s = newSeed();
      expect(Number.isInteger(s) && s >= 0 && s <= 0xffffffff).toBe(true);
    }
  });
});
