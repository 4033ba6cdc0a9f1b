import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase-strength.ts';

describe('the passphrase strength hint', () => {
  it('calls short, common or repetitive passphrases weak', () => {
    for (const p of ['abc', 'password123456', 'aaaaaaaaaaaaaaaa', 'study-2026!'])
      expect(passphraseStrength(p).level, p).toBe('weak');
  });
  it('calls four random words or a long varied phrase strong, and asks for nothing when empty', () => {
    expect(passphraseStrength('copper lantern orbit maple').level).toBe('strong');
    expect(passphraseStrength('Kx9!vQ2#mPz7Lw').level).toBe('strong');
    expect(passphraseStrength('blue fox meadow').level).toBe('fair');
    expect(passphraseStrength('').level).toBe('empty');
  });
});
