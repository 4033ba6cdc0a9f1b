import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/api/project.ts';
import { searchStatus } from './search-status.ts';

const hit = (transcriptId: string, start: number): SearchHit => ({
  transcriptId,
  title: transcriptId,
  start,
  end: start + 1,
  line: 1,
  context: 'x',
});

describe('searchStatus', () => {
  it('shows an error before anything else', () => {
    expect(searchStatus({ error: 'the host is gone', q: 'a', hits: [hit('t', 0)], fresh: true })).toBe(
      'the host is gone',
    );
  });

  it('prompts for a query, then says it is searching until the first answer', () => {
    expect(searchStatus({ error: null, q: '', hits: null, fresh: false })).toBe(
      'Type to search every transcript in the project.',
    );
    expect(searchStatus({ error: null, q: 'a', hits: null, fresh: false })).toBe('Searching…');
  });

  it('says "No matches" only when the empty answer is for the typed query', () => {
    expect(searchStatus({ error: null, q: 'a', hits: [], fresh: true })).toBe('No matches');
    expect(searchStatus({ error: null, q: 'ab', hits: [], fresh: false })).toBe('Searching…');
  });

  it('counts matches and the transcripts they are in, in the singular where it fits', () => {
    expect(searchStatus({ error: null, q: 'a', hits: [hit('t', 0)], fresh: true })).toBe('1 match in 1 transcript');
    const hits = [hit('t', 0), hit('t', 5), hit('u', 0)];
    expect(searchStatus({ error: null, q: 'a', hits, fresh: false })).toBe('3 matches in 2 transcripts');
  });
});
