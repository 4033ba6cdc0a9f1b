import { describe, expect, it } from 'vitest';
import { codingsUsing, nextVersion } from './versions.ts';

const versions = [
  { id: 'aai', version: 1, uses: 3 },
  { id: 'aai', version: 4, uses: 0 },
  { id: 'other', version: 9, uses: 5 },
];

describe('codebook versions', () => {
  it('numbers a save one past every stored version of the same codebook', () => {
    expect(nextVersion({ version: 2 }, versions, 'aai')).toBe(5);
    expect(nextVersion({ version: 2 }, [], 'aai')).toBe(3);
    expect(nextVersion({ version: 2 }, versions, 'new')).toBe(3); // another codebook's versions do not count
  });

  it('counts the codings made with any version of the codebook', () => {
    expect(codingsUsing(versions, 'aai')).toBe(3);
    expect(codingsUsing(versions, 'new')).toBe(0);
    expect(codingsUsing(versions, undefined)).toBe(0);
  });
});
