// A reader worker started ahead. Loading a worker thread and its code takes about 0.1 s, all of it before
// the first transcript can be computed: a spare started when a large project opens (and again after each
// use) has done that by the time the Agreement view asks.
import type { Worker } from 'node:worker_threads';
import { startWorker, type WorkerSource } from '../worker-source.ts';
import type { ReaderRequest, ReaderStart } from './protocol.ts';

/**
 * From this many transcripts the highlights and ratings are read in a worker thread (when the host has one),
 * which also computes each transcript's unitizing alpha ahead. Below it a worker costs more than it saves,
 * and no spare is kept.
 */
export const WORKER_FROM = 40;

export class SpareReader {
  private spare: Worker | null = null;

  constructor(private readonly source: WorkerSource | null) {}

  /** Whether computations of this many transcripts read in a worker. */
  usedFor(transcripts: number): boolean {
    return this.source !== null && transcripts >= WORKER_FROM;
  }

  /** Whether a spare is started and waiting. */
  waiting(): boolean {
    return this.spare !== null;
  }

  /** Starts a spare if none waits; it does not keep the process alive while it waits. */
  warm(): void {
    if (!this.source || this.spare) return;
    const w = startWorker(this.source, null);
    w.unref();
    // A spare that failed to load is dropped; the next computation starts one and hears why.
    const drop = () => {
      if (this.spare === w) this.spare = null;
    };
    w.once('error', drop);
    w.once('exit', drop);
    this.spare = w;
  }

  /** A worker reading for this request: the spare if one waits, else a new one. */
  take(request: ReaderRequest): Worker {
    if (!this.source) throw new Error('no agreement reader worker is configured');
    const w = this.spare ?? startWorker(this.source, null);
    this.spare = null;
    w.removeAllListeners('error');
    w.removeAllListeners('exit');
    w.ref();
    w.postMessage({ kind: 'request', request } satisfies ReaderStart);
    return w;
  }

  /** Stops the spare (the project closed, or the services did). */
  close(): void {
    const w = this.spare;
    this.spare = null;
    if (w) void w.terminate();
  }
}
