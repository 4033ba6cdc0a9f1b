import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeLabProject } from '../../../scripts/lab-project.ts';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { computeAgreement } from '../agreement-data.ts';
import { AppEventBus } from '../app-events.ts';
import { ServiceContext, ServiceState } from '../context.ts';
import { ProjectStore } from '../project-store.ts';
import { RecentProjects } from '../recent-projects.ts';
import type { WorkerSource } from '../worker-source.ts';
import { WORKER_FROM } from './spare.ts';

const WORKER: WorkerSource = { kind: 'tsx', path: join(import.meta.dirname, 'worker.ts') };

describe('the spare reader and the open project', () => {
  it('a computation that ends after its project closed starts no spare (it would wait for nothing)', async () => {
    const dir = tempDir();
    const path = dir.file('lab.attune');
    makeLabProject({ path, transcripts: WORKER_FROM + 2, coders: 2, highlightsPerTranscript: 10, words: 600, seed: 3 });
    const data = dir.file('data');
    const state = new ServiceState(
      new AppEventBus(),
      new RecentProjects(data),
      'test',
      'http',
      data,
      null,
      homedir(),
      WORKER,
    );
    try {
      state.switchTo(ProjectStore.open(path));
      expect(state.readers.waiting()).toBe(true); // a large project opened: one waits
      state.actingCoderId = state.open!.store.listCoders().find((c) => c.role === 'lead')!.id;
      const events = state.events;
      let seq = events.lastSeq;
      const computing = computeAgreement(new ServiceContext(state), {});
      // Closed while it computes: once its first transcripts are done (the reader is at work by then).
      for (;;) {
        const e = await events.next(seq, 10_000);
        if (!e) throw new Error('no progress from the computation');
        seq = e.seq;
        if (e.event.type === 'progress') break;
      }
      state.close();
      await computing.catch(() => undefined);
      expect(state.readers.waiting()).toBe(false);

      // Still open at the end: the next computation finds one waiting.
      state.switchTo(ProjectStore.open(path));
      state.actingCoderId = state.open!.store.listCoders().find((c) => c.role === 'lead')!.id;
      await computeAgreement(new ServiceContext(state), {});
      expect(state.readers.waiting()).toBe(true);
    } finally {
      state.close();
      dir.remove();
    }
  }, 60_000);
});
