import { describe, expect, it } from 'vitest';
import { keyStart, sizeForKey } from './splitter-keys.ts';

const base = { shiftKey: false, orientation: 'horizontal', direction: 1, min: 80, max: 400 } as const;

describe('splitter keys (ARIA window splitter)', () => {
  it('arrows step by 16 (Shift: 64) in the orientation, Home and End go to the limits, other keys do nothing', () => {
    expect(sizeForKey({ ...base, key: 'ArrowDown', from: 200 })).toBe(216);
    expect(sizeForKey({ ...base, key: 'ArrowUp', from: 200 })).toBe(184);
    expect(sizeForKey({ ...base, key: 'ArrowUp', shiftKey: true, from: 200 })).toBe(136);
    expect(sizeForKey({ ...base, key: 'ArrowLeft', from: 200 })).toBeNull();
    expect(sizeForKey({ ...base, key: 'Home', from: 200 })).toBe(80);
    expect(sizeForKey({ ...base, key: 'End', from: 200 })).toBe(400);
    expect(sizeForKey({ ...base, key: 'a', from: 200 })).toBeNull();
    const right = { ...base, orientation: 'vertical', direction: -1 } as const;
    expect(sizeForKey({ ...right, key: 'ArrowLeft', from: 300 })).toBe(316);
    expect(sizeForKey({ ...right, key: 'ArrowDown', from: 300 })).toBeNull();
  });

  it('stays within its limits and rounds a fractional measured size', () => {
    expect(sizeForKey({ ...base, key: 'ArrowUp', from: 90 })).toBe(80);
    expect(sizeForKey({ ...base, key: 'ArrowDown', from: 395.4 })).toBe(400);
    expect(sizeForKey({ ...base, key: 'ArrowDown', from: 100.4 })).toBe(116);
  });

  it('presses before the measured size catches up start from the last one asked for, so none is lost', () => {
    let pending: { asked: number; shown: number } | null = null;
    const shown = 200;
    for (let i = 0; i < 3; i++) {
      const asked: number | null = sizeForKey({ ...base, key: 'ArrowDown', from: keyStart(shown, pending) });
      expect(asked).not.toBeNull();
      pending = { asked: asked ?? 0, shown };
    }
    expect(pending?.asked).toBe(248);
    // Once the size shown moves (the layout may give less than asked), it is where the next press starts.
    expect(keyStart(240, pending)).toBe(240);
    expect(keyStart(200, null)).toBe(200);
  });
});
