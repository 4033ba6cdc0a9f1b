import { describe, expect, it } from 'vitest';
import { removalProblem } from './removal.ts';

describe('codebook draft edits: removal', () => {
  it('removes a scale or subtype only while nothing can refer to it; otherwise says to archive (or rename) instead', () => {
    expect(removalProblem('scale', 'Loving', false, 12)).toBeNull(); // new in this draft
    expect(removalProblem('scale', 'Loving', true, 0)).toBeNull(); // saved, but no coding uses the codebook yet
    expect(removalProblem('scale', 'Loving', true, 1)).toBe(
      '“Loving” cannot be removed: 1 coding uses this codebook, so ratings may refer to it. Archive it instead: it stays in the codebook for the ratings made with it.',
    );
    expect(removalProblem('subtype', 'F3a', true, 3)).toBe(
      '“F3a” cannot be removed: 3 codings use this codebook, so classifications may refer to it. Rename it instead.',
    );
  });
});
