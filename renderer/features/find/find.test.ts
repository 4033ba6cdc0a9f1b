import { describe, expect, it } from 'vitest';
import { findMatches, matchesIn, nextMatchIndex } from './find.ts';

const TEXT = 'I: And your Mother?\nR: My mother, well. MOTHER was busy.\nİstanbul mother';

describe('findMatches', () => {
  it('finds every occurrence, ignoring case, at offsets into the original text', () => {
    const found = findMatches(TEXT, 'mother');
    expect(found.map((m) => TEXT.slice(m.start, m.end))).toEqual(['Mother', 'mother', 'MOTHER', 'mother']);
  });

  it('keeps offsets exact after characters whose lower case is longer', () => {
    const last = findMatches(TEXT, 'mother').at(-1)!;
    expect(last.start).toBe(TEXT.lastIndexOf('mother'));
  });

  it('treats regex characters literally and lets a space match a line break', () => {
    expect(findMatches('a (pause 6 sec) b', '(pause 6 sec)')).toEqual([{ start: 2, end: 15 }]);
    expect(findMatches('your Mother?\nR: My', 'Mother? R:').map((m) => m.start)).toEqual([5]);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(findMatches(TEXT, '')).toEqual([]);
    expect(findMatches(TEXT, '   ')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(findMatches('aaaa', 'a', 3)).toHaveLength(3);
  });
});

describe('matchesIn / nextMatchIndex', () => {
  const matches = findMatches(TEXT, 'mother');
  it('returns the matches overlapping a range', () => {
    const from = TEXT.indexOf('R:');
    const to = TEXT.indexOf('İ');
    expect(matchesIn(matches, from, to).map((m) => TEXT.slice(m.start, m.end))).toEqual(['mother', 'MOTHER']);
    expect(matchesIn(matches, 0, 3)).toEqual([]);
    // A range starting inside a match still includes it.
    expect(matchesIn(matches, matches[0]!.start + 2, matches[0]!.start + 3)).toEqual([matches[0]]);
  });

  it('finds the next match after an offset and wraps around', () => {
    expect(nextMatchIndex(matches, 0)).toBe(0);
    expect(nextMatchIndex(matches, matches[1]!.start)).toBe(1);
    expect(nextMatchIndex(matches, TEXT.length)).toBe(0);
    expect(nextMatchIndex([], 5)).toBe(-1);
  });
});
