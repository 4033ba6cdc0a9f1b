import { describe, expect, it } from 'vitest';
import { tint } from './color.ts';

describe('tint', () => {
  it('turns a codebook colour into a translucent background', () => {
    expect(tint('#1f77b4', 0.2)).toBe('rgba(31, 119, 180, 0.2)');
    expect(tint('#FFFFFF', 1)).toBe('rgba(255, 255, 255, 1)');
  });
  it('falls back to grey for anything that is not #rrggbb', () => {
    expect(tint('red', 0.5)).toBe('rgba(128, 128, 128, 0.5)');
  });
});
