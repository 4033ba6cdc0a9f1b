import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeLabProject } from '../../../scripts/lab-project.ts';
import type { AgreementFile, AgreementSummary } from '../../../shared/api/agreement.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { createServices, type Services } from '../services.ts';
import type { WorkerSource } from '../worker-source.ts';
import type { ReaderRequest } from './protocol.ts';
import { spansOf, transcriptUnitizing } from '../../../shared/reliability/passage-agreement.ts';
import type { PooledUnitizing } from '../../../shared/reliability/pooled-unitizing.ts';
import { readInWorker } from './reader.ts';
import { SpareReader, WORKER_FROM } from './spare.ts';

const WORKER: WorkerSource = { kind: 'tsx', path: join(import.meta.dirname, 'worker.ts') };
const read = (request: ReaderRequest, shown = () => true) => readInWorker(new SpareReader(WORKER).take(request), shown);

// The same project computed by two hosts: one reads on its own thread, the other through the worker thread
// (which also computes each transcript's unitizing alpha ahead). Every figure must be the same to the bit.
describe('agreement read by a worker thread', () => {
  const dir = tempDir();
  const path = dir.file('lab.attune');
  const hosts: Record<'plain' | 'worker', Services> = {} as never;
  const call = async <T = unknown>(host: 'plain' | 'worker', method: string, arg: unknown = {}): Promise<T> => {
    const r = await hosts[host].dispatcher.dispatch(method, arg);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { type: r.error.type });
    return r.value as T;
  };
  const both = async <T>(method: string, arg: unknown = {}): Promise<[T, T]> => [
    await call<T>('plain', method, arg),
    await call<T>('worker', method, arg),
  ];

  /** A request for every transcript and coder of a summary, as the host would send it. */
  const wholeRequest = async (summary: AgreementSummary) => {
    const coders = summary.coders.map((c) => c.id);
    const transcripts: ReaderRequest['transcripts'] = [];
    for (const row of summary.transcripts) {
      const { text } = await call<{ text: string }>('plain', 'transcript-get', { id: row.transcriptId });
      transcripts.push({ id: row.transcriptId, length: text.length, visible: coders, extra: [] });
    }
    const codebook = await call<{ codebook: { codes: { id: string; archived?: boolean }[] } }>(
      'plain',
      'codebook-get-active',
    );
    return { coders, codes: codebook.codebook.codes.map((c) => ({ id: c.id, archived: c.archived })), transcripts };
  };
  /** A pooled figure computed ahead is the one the steps gave (its continuum, coders and every value). */
  const expectPooledAsSteps = (ahead: PooledUnitizing | undefined, summary: AgreementSummary) => {
    expect(ahead?.pooled).toEqual(summary.passages.pooledTranscripts);
    expect(ahead?.coders).toEqual(summary.passages.coders);
    expect(ahead?.result.overall.value).toBe(summary.passages.overall.alphaU.value);
    for (const c of summary.passages.codes)
      expect(ahead?.result.categories[c.codeId]?.value ?? null).toBe(c.alphaU.value);
  };

  beforeAll(async () => {
    makeLabProject({
      path,
      transcripts: WORKER_FROM + 5,
      coders: 3,
      highlightsPerTranscript: 15,
      words: 900,
      seed: 11,
    });
    hosts.plain = createServices({ dataDir: dir.file('a'), transport: 'http', version: 'test' });
    hosts.worker = createServices({
      dataDir: dir.file('b'),
      transport: 'http',
      version: 'test',
      agreementWorker: WORKER,
    });
    await both('project-open', { path });
  }, 120_000);
  afterAll(() => {
    hosts.plain?.close();
    hosts.worker?.close();
    dir.remove();
  });

  it('gives the same figures, disagreements and pooled unitizing alpha as reading in-thread', async () => {
    const [plain, viaWorker] = await both<AgreementSummary>('agreement-compute', { pageSize: 500 });
    expect(plain.transcripts).toHaveLength(WORKER_FROM + 5);
    expect(plain.passages.overall.alphaU.value).not.toBeNull();
    expect(plain.disagreements.total).toBeGreaterThan(100);
    expect(viaWorker).toEqual(plain);
    // Another threshold and a chosen subset of transcripts (still above the worker's threshold) and coders.
    const coders = (await call<Coder[]>('plain', 'coder-list')).map((c) => c.id).slice(0, 2);
    const ids = plain.transcripts.map((t) => t.transcriptId).slice(2, WORKER_FROM + 3);
    const arg = { overlapThreshold: 0.3, transcriptIds: ids, coderIds: coders, pageSize: 50 };
    const [a, b] = await both<AgreementSummary>('agreement-compute', arg);
    expect(b).toEqual(a);
    expect(b.coders.map((c) => c.id)).toEqual(coders);
  });

  it('the HTML report reads the same through the worker (its date and time aside)', async () => {
    const [a, b] = await both<AgreementFile>('report-create', { format: 'html' });
    const timeless = (f: AgreementFile) => f.content.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
    expect(timeless(b)).toEqual(timeless(a));
  });

  it("a trainee acting sees through the worker only their own coding, never another coder's", async () => {
    const coders = await call<Coder[]>('plain', 'coder-list');
    const lead = coders.find((c) => c.role === 'lead') as Coder;
    await call('worker', 'session-set-coder', { coderId: lead.id });
    const trainee = await call<Coder>('worker', 'coder-create', { name: 'Tia', role: 'trainee' });
    await call('worker', 'session-set-coder', { coderId: trainee.id });
    const others = coders.map((c) => c.id);
    const r = await call<AgreementSummary>('worker', 'agreement-compute', { coderIds: others });
    expect(r.transcripts).toHaveLength(WORKER_FROM + 5);
    expect(r.transcripts.every((t) => t.coders.length === 0 && t.disagreements === 0)).toBe(true);
    expect(r.passages.overall.spans).toBe(0);
    expect(r.disagreements.total).toBe(0);
    expect(JSON.stringify(r.transcripts)).not.toMatch(new RegExp(others.join('|')));
    await call('worker', 'session-set-coder', { coderId: null });
  });

  it('the worker reads only the coders shown, and its unitizing alpha is the one the steps use', async () => {
    const [summary] = await both<AgreementSummary>('agreement-compute', {});
    const coders = summary.coders.map((c) => c.id);
    const row = summary.transcripts[0]!;
    const { text } = await call<{ text: string }>('plain', 'transcript-get', { id: row.transcriptId });
    const t = { id: row.transcriptId, length: text.length, visible: coders, extra: [] };
    const all = read({ path, coders, codes: [], transcripts: [t] });
    const hidden = read({ path, coders, codes: [], transcripts: [{ ...t, visible: [coders[0]!] }] });
    try {
      await all.ready(t.id);
      await hidden.ready(t.id);
      expect(new Set(all.annotationsOf(t.id).map((a) => a.coderId))).toEqual(new Set(coders));
      // All coders shown: its figure computed ahead is the row's; used only for exactly the same coder list.
      expect(all.unitizingOf?.(t.id, coders)?.alphaU).toEqual(row.alphaU);
      expect(row.alphaU.value).not.toBeNull();
      expect(all.unitizingOf?.(t.id, coders.slice(1))).toBeUndefined();
      // Shown everything on this side, the worker still sends only the visible coder's records.
      expect(new Set(hidden.annotationsOf(t.id).map((a) => a.coderId))).toEqual(new Set([coders[0]]));
      expect(new Set(hidden.ratingsOf(t.id).map((r) => r.coderId))).toEqual(new Set([coders[0]]));
      expect(hidden.unitizingOf?.(t.id, coders)).toBeUndefined();
    } finally {
      all.close();
      hidden.close();
    }
  });

  it("the pooled continuum's unitizing alpha computed ahead is the figure the steps give", async () => {
    const [summary] = await both<AgreementSummary>('agreement-compute', {});
    const { coders, codes, transcripts } = await wholeRequest(summary);
    const source = read({ path, coders, codes, transcripts });
    try {
      await source.readyAll();
      expectPooledAsSteps(source.pooledUnitizing?.(), summary);
    } finally {
      source.close();
    }
  });

  it("transcripts left to the request thread: the worker waits for their observed sums, and its pooled figure is the steps' again", async () => {
    const [summary] = await both<AgreementSummary>('agreement-compute', {});
    const whole = await wholeRequest(summary);
    const { coders, codes } = whole;
    const transcripts = whole.transcripts.map((t, i) => ({ ...t, callerUnitizes: i % 2 === 1 }));
    const source = read({ path, coders, codes, transcripts });
    try {
      for (const t of transcripts) await source.ready(t.id);
      const left = transcripts.filter((t) => t.callerUnitizes);
      // Not computed ahead for those; and the pooled figure waits for them.
      for (const t of left) expect(source.unitizingOf?.(t.id, coders)).toBeUndefined();
      const early = await Promise.race([
        source.readyAll()?.then(() => 'done'),
        new Promise((r) => setTimeout(() => r('waiting'), 300)),
      ]);
      expect(early).toBe('waiting');
      for (const t of left) {
        const anns = source.annotationsOf(t.id);
        const took = coders.filter(
          (c) => anns.some((a) => a.coderId === c) || source.ratingsOf(t.id).some((r) => r.coderId === c),
        );
        source.unitizedHere?.(t.id, transcriptUnitizing(t.length, took, spansOf(anns)).observed);
      }
      await source.readyAll();
      expectPooledAsSteps(source.pooledUnitizing?.(), summary);
    } finally {
      source.close();
    }
  });

  it('a worker that cannot start: the figures are read on the request thread instead, the same', async () => {
    const broken = createServices({
      dataDir: dir.file('c'),
      transport: 'http',
      version: 'test',
      agreementWorker: { kind: 'bundle', path: dir.file('no-such-worker.mjs') },
    });
    try {
      const r = await broken.dispatcher.dispatch('project-open', { path, forReading: true });
      expect(r.ok).toBe(true);
      const viaBroken = await broken.dispatcher.dispatch('agreement-compute', { pageSize: 500 });
      const [plain] = await both<AgreementSummary>('agreement-compute', { pageSize: 500 });
      expect(viaBroken).toEqual({ ok: true, value: plain });
    } finally {
      broken.close();
    }
  });

  it('a project the worker cannot open: the wait ends with an error naming the file', async () => {
    const gone = dir.file('gone.attune');
    const source = read({
      path: gone,
      coders: [],
      codes: [],
      transcripts: [{ id: 't', length: 10, visible: [], extra: [] }],
    });
    try {
      await expect(source.ready('t')).rejects.toThrow(/gone\.attune/);
      await expect(source.ready('t')).rejects.toThrow(/gone\.attune/);
      await expect(source.readyAll()).rejects.toThrow(/gone\.attune/);
    } finally {
      source.close();
    }
  });

  it('a spare worker started ahead (as a large project opens) serves the next request, and one is started again', async () => {
    const readers = new SpareReader(WORKER);
    expect(readers.usedFor(WORKER_FROM - 1)).toBe(false);
    expect(readers.usedFor(WORKER_FROM)).toBe(true);
    expect(new SpareReader(null).usedFor(1000)).toBe(false);
    readers.warm();
    readers.warm();
    expect(readers.waiting()).toBe(true);
    // Loaded and waiting before it is asked: the request arrives as a message.
    await new Promise((r) => setTimeout(r, 500));
    const [summary] = await both<AgreementSummary>('agreement-compute', {});
    const coders = summary.coders.map((c) => c.id);
    const row = summary.transcripts[1]!;
    const { text } = await call<{ text: string }>('plain', 'transcript-get', { id: row.transcriptId });
    const t = { id: row.transcriptId, length: text.length, visible: coders, extra: [] };
    const source = readInWorker(readers.take({ path, coders, codes: [], transcripts: [t] }), () => true);
    expect(readers.waiting()).toBe(false);
    try {
      await source.ready(t.id);
      expect(source.unitizingOf?.(t.id, coders)?.alphaU).toEqual(row.alphaU);
    } finally {
      source.close();
    }
    readers.warm();
    expect(readers.waiting()).toBe(true);
    readers.close();
    expect(readers.waiting()).toBe(false);
  });

  it('a worker ends by itself once it has sent everything (a thread left waiting held its data: 1.8 GB after six runs)', async () => {
    const readers = new SpareReader(WORKER);
    const [summary] = await both<AgreementSummary>('agreement-compute', {});
    const coders = summary.coders.map((c) => c.id);
    const row = summary.transcripts[0]!;
    const t = { id: row.transcriptId, length: 1000, visible: coders, extra: [], callerUnitizes: true };
    const worker = readers.take({ path, coders, codes: [], transcripts: [t] });
    const ended = new Promise((resolve) => worker.once('exit', resolve));
    const source = readInWorker(worker, () => true);
    await source.ready(t.id);
    source.unitizedHere?.(t.id, null);
    await source.readyAll();
    await ended; // without close()
  });

  it('a spare that cannot load is dropped; the next request starts a worker and hears why', async () => {
    const readers = new SpareReader({ kind: 'bundle', path: dir.file('no-such-worker.mjs') });
    readers.warm();
    // Dropped once its loading fails (however long a loaded machine takes to say so).
    await vi.waitFor(() => expect(readers.waiting()).toBe(false), { timeout: 10_000, interval: 20 });
    const source = readInWorker(readers.take({ path, coders: [], codes: [], transcripts: [] }), () => true);
    await expect(source.readyAll()).rejects.toThrow(/no-such-worker/);
    expect(source.delivered()).toBe(false);
  });
});
