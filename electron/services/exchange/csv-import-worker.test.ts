import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/api/app.ts';
import type { CodingImportReport } from '../../../shared/api/coding.ts';
import { servicesWithProject } from '../../../tests/support/services.ts';

const TEXT = Array.from({ length: 400 }, (_, i) => `${i % 2 ? 'R' : 'I'}: line ${i} of the interview.`).join('\n');

describe('a large annotations CSV imports in a worker thread', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let transcriptId: string;
  beforeEach(async () => {
    h = await servicesWithProject();
    transcriptId = (await h.call<{ id: string }>('transcript-import-text', { fileName: 't.txt', text: TEXT })).id;
  });
  afterEach(() => h.done());

  it('other calls answer while 100,000 rows import; progress is reported; every row lands once', async () => {
    const rows = ['transcript,coder,start,end,code,note'];
    for (let i = 0; i < 100_000; i++) {
      const start = (i * 7) % (TEXT.length - 40);
      rows.push(`${transcriptId},Coder${i % 3},${start},${start + 10 + (i % 29)},humour,n${i}`);
    }
    const seqBefore = (await h.call<{ seq: number } | null>('app-wait-event', { after: 0, timeoutMs: 0 }))?.seq ?? 0;
    let finished = false;
    const importing = h
      .call<CodingImportReport>('coding-import', { fileName: 'big.csv', content: `${rows.join('\n')}\n` })
      .then((r) => {
        finished = true;
        return r;
      });
    // A call made while the import runs answers before it finishes (the import is off this thread).
    const coders = await h.call<unknown[]>('coder-list');
    expect(finished).toBe(false);
    expect(Array.isArray(coders)).toBe(true);
    const report = await importing;
    expect(report).toMatchObject({ format: 'csv', annotationsAdded: 100_000, transcripts: 1 });
    expect(report.coders.sort()).toEqual(['Coder0', 'Coder1', 'Coder2']);
    const counts = await h
      .call<{ annotations: number }>('project-get-current')
      .then((p) => (p as unknown as { counts: { annotations: number } }).counts.annotations);
    expect(counts).toBe(100_000);
    // Progress events, ending with done === total.
    const progress: AppEvent[] = [];
    for (let after = seqBefore; ;) {
      const e = await h.call<{ seq: number; event: AppEvent } | null>('app-wait-event', { after, timeoutMs: 0 });
      if (!e) break;
      after = e.seq;
      if (e.event.type === 'progress' && e.event.task === 'import-coding') progress.push(e.event);
    }
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ type: 'progress', task: 'import-coding', done: 100_000, total: 100_000 });
  }, 300_000);

  it('a refused file reports from the worker as it would in-thread, and writes nothing', async () => {
    const bad = `transcript,coder,start,end,code,note\n${transcriptId},Ada,5,2,humour,\n`;
    const e = await h.fail('coding-import', { fileName: 'bad.csv', content: bad });
    expect(e).toMatchObject({
      type: 'validation',
      message: 'bad.csv: nothing was imported. row 2: end (2) must be after start (5)',
    });
    expect(await h.call('coder-list')).toEqual([]);
  });
});
