import { describe, expect, it } from 'vitest';
import { nearestLevel } from './confidence-levels.ts';

describe('nearestLevel', () => {
  it('shows no level when no confidence is recorded', () => {
    expect(nearestLevel(null)).toBeNull();
  });

  it('keeps a stored level as it is', () => {
    expect(nearestLevel(0.33)).toBe(0.33);
    expect(nearestLevel(0.67)).toBe(0.67);
    expect(nearestLevel(1)).toBe(1);
  });

  it('rounds an imported value to the closest level', () => {
    expect(nearestLevel(0)).toBe(0.33);
    expect(nearestLevel(0.45)).toBe(0.33);
    expect(nearestLevel(0.6)).toBe(0.67);
    expect(nearestLevel(0.9)).toBe(1);
  });
});
