import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeLabProject } from '../../scripts/lab-project.ts';
import type { AgreementSummary, DisagreementPage } from '../../shared/api/agreement.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { Disagreement } from '../../shared/reliability/types.ts';
import { tempDir } from '../../tests/support/temp-dir.ts';
import { createServices, type Services } from './services.ts';

// The dashboard's disagreements a page at a time, on a real generated project (30 transcripts, 3 coders).
describe('agreement disagreements, a page at a time', () => {
  const dir = tempDir();
  let services: Services;
  const call = async <T = unknown>(method: string, arg: unknown = {}): Promise<T> => {
    const r = await services.dispatcher.dispatch(method, arg);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { type: r.error.type });
    return r.value as T;
  };
  const fail = async (method: string, arg: unknown) => {
    const r = await services.dispatcher.dispatch(method, arg);
    if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
    return r.error;
  };
  let transcripts: string[] = [];
  /** Every disagreement in list order: each transcript's, asked for one transcript at a time. */
  let full: Disagreement[] = [];

  beforeAll(async () => {
    const path = dir.file('lab.attune');
    makeLabProject({ path, transcripts: 30, coders: 3, highlightsPerTranscript: 20, words: 1500, seed: 7 });
    services = createServices({ dataDir: dir.file('data'), transport: 'http', version: 'test' });
    await call('project-open', { path });
    transcripts = (await call<{ id: string }[]>('transcript-list')).map((t) => t.id);
    full = [];
    for (const transcriptId of transcripts) {
      const page = await call<DisagreementPage>('agreement-list-disagreements', {
        transcriptIds: [transcriptId],
        limit: 1000,
      });
      expect(page.items).toHaveLength(page.total);
      full.push(...page.items);
    }
  }, 120_000);
  afterAll(() => {
    services.close();
    dir.remove();
  });

  it('agreement-compute answers the counts and only the first page; the rows add up to the total', async () => {
    const r = await call<AgreementSummary>('agreement-compute', { pageSize: 25 });
    const total = r.transcripts.reduce((s, t) => s + t.disagreements, 0);
    expect(total).toBeGreaterThan(100);
    expect(r.disagreements.total).toBe(total);
    expect(full).toHaveLength(total);
    expect(Object.values(r.disagreements.byKind).reduce((s, n) => s + n, 0)).toBe(total);
    expect(r.disagreements.byKind.classification).toBe(full.filter((d) => d.kind === 'classification').length);
    expect(r.disagreements).toMatchObject({ offset: 0, limit: 25 });
    expect(r.disagreements.items).toEqual(full.slice(0, 25));
    const byDefault = await call<AgreementSummary>('agreement-compute');
    expect(byDefault.disagreements.items).toEqual(full.slice(0, 100));
  });

  it('paging through gives every disagreement once, in the order of the full list', async () => {
    await call('agreement-compute', {});
    const paged: Disagreement[] = [];
    for (let offset = 0; ; offset += 37) {
      const page = await call<DisagreementPage>('agreement-list-disagreements', { offset, limit: 37 });
      expect(page).toMatchObject({ offset, limit: 37, total: full.length });
      paged.push(...page.items);
      if (page.items.length < 37) break;
    }
    expect(paged).toEqual(full);
  });

  it('pages without a computation first, and filtered by kind', async () => {
    const spans = full.filter((d) => d.kind === 'span-only-one-coder' || d.kind === 'different-codes-same-span');
    const kinds = ['different-codes-same-span', 'span-only-one-coder'];
    // A new selection (these coders named) has no kept counts: the first page computes them.
    const coders = (await call<Coder[]>('coder-list')).map((c) => c.id);
    const first = await call<DisagreementPage>('agreement-list-disagreements', { coderIds: coders, kinds, limit: 50 });
    expect(first.total).toBe(spans.length);
    expect(first.items).toEqual(spans.slice(0, 50));
    const later = await call<DisagreementPage>('agreement-list-disagreements', {
      coderIds: coders,
      kinds,
      offset: spans.length - 3,
      limit: 50,
    });
    expect(later.items).toEqual(spans.slice(-3));
    const beyond = await call<DisagreementPage>('agreement-list-disagreements', { kinds, offset: spans.length + 5 });
    expect(beyond).toMatchObject({ total: spans.length, items: [] });
  });

  it('counts again once the project changes', async () => {
    await call('agreement-compute', {});
    const coder = (await call<Coder[]>('coder-list'))[0]!;
    await call('session-set-coder', { coderId: coder.id });
    const transcriptId = transcripts[0]!;
    // A highlight of a code nobody else used there: one more "only one coder" disagreement.
    const text = (await call<{ text: string }>('transcript-get', { id: transcriptId })).text;
    const start = text.indexOf('R: ') + 3;
    await call('annotation-create', { transcriptId, coderId: coder.id, codeId: 'humour', start, end: start + 4 });
    await call('session-set-coder', { coderId: null });
    const page = await call<DisagreementPage>('agreement-list-disagreements', { limit: 1 });
    expect(page.total).toBe(full.length + 1);
  });

  it('refuses bad pages, naming what is wrong', async () => {
    for (const [arg, path] of [
      [{ limit: 0 }, 'limit'],
      [{ limit: 1001 }, 'limit'],
      [{ offset: -1 }, 'offset'],
      [{ offset: 1.5 }, 'offset'],
      [{ kinds: [] }, 'kinds'],
      [{ kinds: ['typo'] }, 'kinds'],
      [{ page: 2 }, ''],
    ] as const) {
      const e = await fail('agreement-list-disagreements', arg);
      expect(e.type, JSON.stringify(arg)).toBe('validation');
      expect(JSON.stringify(e.issues ?? e.message)).toContain(path);
    }
    expect((await fail('agreement-compute', { pageSize: 5000 })).type).toBe('validation');
  });

  it('answers other calls while it computes (the work pauses for the event loop)', async () => {
    let finished = false;
    const agreement = call('agreement-compute', {}).then(() => (finished = true));
    let answered = 0;
    while (!finished) {
      // A request arrives as I/O does: on a later turn of the event loop.
      await new Promise((resolve) => setImmediate(resolve));
      await call('coder-list');
      if (!finished) answered++;
    }
    await agreement;
    // Without pauses the computation would end before the first other call is read. How many are answered
    // depends on the machine's speed (a pause every 15 ms of work): at least one.
    expect(answered).toBeGreaterThanOrEqual(1);
  });

  it('blind coding: refused for pages too; a trainee pages only what they may see', async () => {
    const coders = await call<Coder[]>('coder-list');
    const lead = coders.find((c) => c.role === 'lead')!;
    await call('session-set-coder', { coderId: lead.id });
    await call('settings-update', { blindMode: true });
    expect((await fail('agreement-list-disagreements', {})).type).toBe('refused');
    await call('settings-update', { blindMode: false });
    const trainee = await call<Coder>('coder-create', { name: 'Tia', role: 'trainee' });
    await call('session-set-coder', { coderId: trainee.id });
    const others = coders.map((c) => c.id);
    const page = await call<DisagreementPage>('agreement-list-disagreements', { coderIds: others, limit: 1000 });
    expect(page.total).toBe(0);
    expect(JSON.stringify(page)).not.toMatch(new RegExp(others.join('|')));
    await call('session-set-coder', { coderId: null });
  });
});
