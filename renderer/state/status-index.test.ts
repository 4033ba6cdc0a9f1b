import { describe, expect, it } from 'vitest';
import type { TranscriptStatus } from '../../shared/api/status.ts';
import { statusOf } from './status-index.ts';

const st = (transcriptId: string, coderId: string, status: TranscriptStatus['status']): TranscriptStatus => ({
  transcriptId,
  coderId,
  status,
  submittedAt: null,
  updatedAt: null,
});

describe('statusOf', () => {
  it("finds each coder's status of each transcript, and not-started where none is stored", () => {
    const list = [st('t1', 'a', 'complete'), st('t1', 'b', 'in-progress'), st('t2', 'a', 'in-progress')];
    expect(statusOf(list, { transcriptId: 't1', coderId: 'a' })).toBe('complete');
    expect(statusOf(list, { transcriptId: 't1', coderId: 'b' })).toBe('in-progress');
    expect(statusOf(list, { transcriptId: 't2', coderId: 'a' })).toBe('in-progress');
    expect(statusOf(list, { transcriptId: 't2', coderId: 'b' })).toBe('not-started');
    expect(statusOf([], { transcriptId: 't1', coderId: 'a' })).toBe('not-started');
  });

  it('answers from the list it is given: a replaced list (a status saved) is read afresh', () => {
    const before = [st('t1', 'a', 'in-progress')];
    expect(statusOf(before, { transcriptId: 't1', coderId: 'a' })).toBe('in-progress');
    const after = [st('t1', 'a', 'complete')];
    expect(statusOf(after, { transcriptId: 't1', coderId: 'a' })).toBe('complete');
    expect(statusOf(before, { transcriptId: 't1', coderId: 'a' })).toBe('in-progress');
  });

  it('does not mistake one id pair for another that joins to the same text', () => {
    const list = [st('t1a', 'b', 'complete')];
    expect(statusOf(list, { transcriptId: 't1', coderId: 'ab' })).toBe('not-started');
  });
});
