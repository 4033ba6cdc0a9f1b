import { describe, expect, it } from 'vitest';
import {
  batchReadiness,
  batchSummary,
  hitIndexInContext,
  hitOrdinals,
  outcomeOf,
  readinessText,
} from './import-batch.ts';

describe('import batch outcomes', () => {
  it('reads a conflict as a duplicate and keeps the message as the host gave it', () => {
    expect(outcomeOf({ ok: false, type: 'conflict', message: 'a.txt: duplicate: already there' })).toEqual({
      phase: 'duplicate',
      message: 'a.txt: duplicate: already there',
    });
    expect(outcomeOf({ ok: false, type: 'validation', message: 'x.docx: this is a PDF file' })).toEqual({
      phase: 'failed',
      message: 'x.docx: this is a PDF file',
    });
  });

  it('describes a successful import by its counts', () => {
    const value = {
      id: 'i',
      title: 't',
      hash: 'h',
      words: 1234,
      characters: 9,
      sourceName: 'a',
      importedAt: '',
      annotations: 0,
      turns: 1,
      sections: 20,
      warnings: [],
    };
    expect(outcomeOf({ ok: true, value })).toEqual({
      phase: 'imported',
      message: 'Imported: 1,234 words, 1 turn, 20 sections',
    });
  });

  it('summarises a batch, leaving out what did not happen', () => {
    expect(batchSummary(['imported', 'imported', 'duplicate', 'failed'])).toBe(
      '2 imported, 1 duplicate, 1 not imported',
    );
    expect(batchSummary(['failed'])).toBe('1 not imported');
    expect(batchSummary([])).toBe('Nothing imported');
  });
});

describe('hitIndexInContext', () => {
  it('marks the right one of two names on a line', () => {
    // As shared/transcript/pseudonymize.ts cuts them: 40 characters either side, "…" where cut.
    const line = 'R: Me, my brother Will and my mum, Rose. {{laughs}} Everyone called her Rose, even us kids.';
    const first = line.indexOf('Rose');
    const second = line.lastIndexOf('Rose');
    const cut = (start: number, end: number) => {
      const from = Math.max(0, start - 40);
      const to = Math.min(line.length, end + 40);
      return (from > 0 ? '…' : '') + line.slice(from, to).trim() + (to < line.length ? '…' : '');
    };
    const c1 = cut(first, first + 4);
    const c2 = cut(second, second + 4);
    expect(c1.slice(hitIndexInContext(c1, 'Rose', 0), hitIndexInContext(c1, 'Rose', 0) + 30)).toBe(
      'Rose. {{laughs}} Everyone call',
    );
    expect(c2.slice(hitIndexInContext(c2, 'Rose', 1))).toBe('Rose, even us kids.');
  });

  it('tells a whole line apart by the ordinal and skips the word inside a longer one', () => {
    expect(hitIndexInContext('Rose, Roseanne and Rose.', 'Rose', 0)).toBe(0);
    expect(hitIndexInContext('Rose, Roseanne and Rose.', 'Rose', 1)).toBe(19);
    expect(hitIndexInContext('Roseanne and Rose.', 'Rose', 0)).toBe(13);
    expect(hitIndexInContext('no name here', 'Rose', 0)).toBe(-1);
  });
});

describe('hitOrdinals', () => {
  it('counts each word separately on each line', () => {
    const hits = [
      { line: 1, original: 'Rose' },
      { line: 1, original: 'Will' },
      { line: 1, original: 'Rose' },
      { line: 2, original: 'Rose' },
      { line: 1, original: 'Rose' },
    ];
    expect(hitOrdinals(hits)).toEqual([0, 0, 1, 0, 2]);
  });
});

describe('batchReadiness', () => {
  it('counts only importable files as ready: not unreadable ones, nor texts already in the project', () => {
    const e = (phase: 'ready' | 'invalid' | 'reading', duplicateOf: string | null = null) => ({
      phase,
      preview: phase === 'ready' ? { duplicateOf } : null,
    });
    const r = batchReadiness([
      ...Array(9).fill(e('ready')),
      e('invalid'),
      e('invalid'),
      e('invalid'),
      e('ready', 'SYN-1'),
    ]);
    expect(r).toEqual({ importable: 9, cannot: 4 });
    expect(readinessText(r)).toBe('9 files ready to import; 4 cannot be imported (marked in the list).');
    expect(readinessText(batchReadiness([e('invalid')]))).toBe(
      'No file can be imported; 1 cannot be imported (marked in the list).',
    );
    expect(readinessText(batchReadiness([e('ready'), e('reading')]))).toBe('1 file ready to import.');
  });
});
