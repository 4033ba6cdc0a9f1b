import { describe, expect, it } from 'vitest';
import { steppedMatch } from './find-step.ts';

describe('steppedMatch (Enter / Shift+Enter in the find bar)', () => {
  it('steps forward and back, wrapping at both ends', () => {
    expect(steppedMatch(0, 1, 3)).toBe(1);
    expect(steppedMatch(2, 1, 3)).toBe(0);
    expect(steppedMatch(0, -1, 3)).toBe(2);
    expect(steppedMatch(1, -1, 3)).toBe(0);
  });
  it('starts at the first match going forward and at the last going back', () => {
    expect(steppedMatch(-1, 1, 3)).toBe(0);
    expect(steppedMatch(-1, -1, 3)).toBe(2);
  });
});
