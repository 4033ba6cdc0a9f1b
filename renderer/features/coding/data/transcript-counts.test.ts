import { describe, expect, it } from 'vitest';
import type { TranscriptSummary } from '../../../../shared/api/transcript.ts';
import { withCountChange } from './transcript-counts.ts';

const summary = (id: string, annotations: number) => ({ id, annotations }) as TranscriptSummary;

describe('withCountChange (the transcript list after a highlight is made or deleted)', () => {
  const list = [summary('t1', 2), summary('t2', 0)];

  it("moves only that transcript's count, in a new list", () => {
    const up = withCountChange(list, 't2', 1);
    expect(up?.map((t) => [t.id, t.annotations])).toEqual([
      ['t1', 2],
      ['t2', 1],
    ]);
    expect(up?.[0]).toBe(list[0]);
    expect(withCountChange(list, 't1', -1)?.map((t) => t.annotations)).toEqual([1, 0]);
    expect(list.map((t) => t.annotations)).toEqual([2, 0]);
  });

  it('never counts below zero', () => {
    expect(withCountChange(list, 't2', -1)?.[1]?.annotations).toBe(0);
  });

  it('returns the same list for a transcript it does not hold, or no list', () => {
    expect(withCountChange(list, 'gone', 1)).toBe(list);
    expect(withCountChange(null, 't1', 1)).toBeNull();
  });
});
