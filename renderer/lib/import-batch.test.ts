import { describe, expect, it } from 'vitest';
import { batchSummary, outcomeOf } from './import-batch.ts';

describe('import batch outcomes', () => {
  it('reads a conflict as a duplicate and strips the method name from messages', () => {
    expect(outcomeOf({ ok: false, type: 'conflict', message: 'transcript-import-file: a.txt: duplicate: already there' })).toEqual({
      phase: 'duplicate',
      message: 'a.txt: duplicate: already there',
    });
    expect(outcomeOf({ ok: false, type: 'validation', message: 'x.docx: this is a PDF file' })).toEqual({ phase: 'failed', message: 'x.docx: this is a PDF file' });
  });

  it('describes a successful import by its counts', () => {
    const value = { id: 'i', title: 't', hash: 'h', words: 1234, characters: 9, sourceName: 'a', importedAt: '', annotations: 0, turns: 1, sections: 20, warnings: [] };
    expect(outcomeOf({ ok: true, value })).toEqual({ phase: 'imported', message: 'Imported: 1,234 words, 1 turn, 20 sections' });
  });

  it('summarises a batch, leaving out what did not happen', () => {
    expect(batchSummary(['imported', 'imported', 'duplicate', 'failed'])).toBe('2 imported, 1 duplicate, 1 not imported');
    expect(batchSummary(['failed'])).toBe('1 not imported');
    expect(batchSummary([])).toBe('Nothing imported');
  });
});
