import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodingsExportFile } from '../../shared/api/dataset.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

const TEXT = (i: number) => `SYNTHETIC - NOT REAL DATA ${i}\nI: Tell me.\nR: She was warm, always there.`;

describe('dataset-export (real SQLite, through the dispatcher)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let ids: Record<string, string>;
  beforeEach(async () => {
    h = await servicesWithProject();
    ids = await h.addCoders([
      ['Lea', 'lead'],
      ['Ada', 'coder'],
    ]);
    for (let i = 0; i < 40; i++) {
      const t = (await h.call<{ id: string }>('transcript-import-text', { fileName: `SYN-${i}.txt`, text: TEXT(i) }))
        .id;
      await h.call('transcript-update-metadata', {
        id: t,
        metadata: { participantCode: `P-${i}`, fields: { group: 'A' } },
      });
      await h.call('annotation-create', { transcriptId: t, coderId: ids.Ada, codeId: 'humour', start: 40, end: 44 });
    }
  });
  afterEach(() => h.done());

  const participants = (f: CodingsExportFile) =>
    new Set(
      f.content
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[2]),
    );

  it('participant: the metadata code for a lead; NA for a coder when the lab hides the field from coders', async () => {
    await h.call('session-set-coder', { coderId: ids.Lea });
    await h.call('settings-update', { hiddenMetadataFields: ['participantCode'] });
    expect(participants(await h.call('dataset-export', { layout: 'long' }))).toContain('P-0');
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(participants(await h.call('dataset-export', { layout: 'long' }))).toEqual(new Set(['NA']));
    const wide = await h.call<CodingsExportFile>('dataset-export', { layout: 'wide' });
    expect(wide.content.split('\n')[0]).not.toContain('participant');
  });

  it('other calls are answered while a long export runs (it yields between transcripts)', async () => {
    const order: string[] = [];
    const exporting = h.call<CodingsExportFile>('dataset-export', { layout: 'long' }).then((f) => {
      order.push('export');
      return f;
    });
    await new Promise((r) => setImmediate(r));
    await h.call('coder-list').then(() => order.push('coder-list'));
    const f = await exporting;
    expect(order).toEqual(['coder-list', 'export']);
    expect(f.rows).toBe(40);
  });

  it('output: streamed to an absolute .csv path, never over a file; refusals write nothing', async () => {
    const out = h.dir.file('codings.csv');
    const f = await h.call<CodingsExportFile>('dataset-export', { layout: 'long', output: out, spss: true });
    expect(f).toMatchObject({ content: '', path: out, rows: 40, fileName: 'codings.csv' });
    expect(existsSync(h.dir.file('codings.sps'))).toBe(true);
    expect((await h.fail('dataset-export', { layout: 'long', output: out })).message).toBe(`${out} already exists`);
    expect((await h.fail('dataset-export', { layout: 'long', output: 'rel.csv' })).message).toMatch(/absolute path/);
    expect((await h.fail('dataset-export', { layout: 'long', output: h.dir.file('x.txt') })).message).toMatch(
      /must end in \.csv/,
    );
    // The .sps exists already: refused before the CSV is written.
    writeFileSync(h.dir.file('pair.sps'), 'x');
    await h.fail('dataset-export', { layout: 'long', output: h.dir.file('pair.csv'), spss: true });
    expect(existsSync(h.dir.file('pair.csv'))).toBe(false);
    expect((await h.fail('dataset-export', { layout: 'wide', include: ['memos'] })).message).toMatch(
      /long layout only/,
    );
    // No half-written temporary file is left behind.
    expect(readdirSync(h.dir.file('.')).filter((n) => n.includes('.partial'))).toEqual([]);
  });
});
