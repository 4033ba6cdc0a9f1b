import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ApiErrorType } from '../../shared/api/result.ts';
import { storageError } from './db/storage-errors.ts';
import { ServiceError } from './service-error.ts';

/**
 * Where a worker thread's code is: a bundle (`import-worker.cjs` beside Electron's main bundle, the CLI's
 * `agreement-reader.mjs`), or the TypeScript source run through tsx (the CLI's CSV import, tests).
 */
export type WorkerSource = { kind: 'bundle'; path: string } | { kind: 'tsx'; path: string };

/** Starts a worker thread on its code with its data. */
export function startWorker(source: WorkerSource, workerData: unknown): Worker {
  if (source.kind === 'bundle') return new Worker(source.path, { workerData });
  // A worker does not inherit tsx's loader: register it first, then load the TypeScript entry.
  const api = createRequire(source.path)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs');
  const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source.path).href)}); })`;
  return new Worker(code, { eval: true, workerData });
}

/** A worker's error as the dispatcher would word it (storage errors name the project file), for its parent. */
export function failureOf(e: unknown, projectPath: string): { kind: 'failed'; type: ApiErrorType; message: string } {
  const known = e instanceof ServiceError ? e : storageError(e, basename(projectPath));
  return {
    kind: 'failed',
    type: known?.type ?? 'internal',
    message: known?.message ?? (e instanceof Error ? e.message : String(e)),
  };
}
