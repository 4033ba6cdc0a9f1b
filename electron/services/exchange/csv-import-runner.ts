import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CodingImportReport } from '../../../shared/api/coding.ts';
import type { ApiErrorType } from '../../../shared/api/result.ts';
import { ServiceError } from '../service-error.ts';

/**
 * Where the CSV import worker's code is: the bundled `import-worker.cjs` beside Electron's main bundle,
 * or the TypeScript source run through tsx (the CLI, `attune serve` and tests run from source).
 */
export type CsvWorkerSource = { kind: 'bundle'; path: string } | { kind: 'tsx'; path: string };

export interface CsvWorkerRequest {
  path: string;
  fileName: string;
  content: string;
}

export type CsvWorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; report: CodingImportReport }
  | { kind: 'failed'; type: ApiErrorType; message: string };

function startWorker(source: CsvWorkerSource, request: CsvWorkerRequest): Worker {
  if (source.kind === 'bundle') return new Worker(source.path, { workerData: request });
  // A worker does not inherit tsx's loader: register it first, then load the TypeScript entry.
  const api = createRequire(source.path)
    .resolve('tsx/esm/api')
    .replace(/index\.cjs$/, 'index.mjs');
  const code = `import(${JSON.stringify(pathToFileURL(api).href)}).then((m) => { m.register(); return import(${JSON.stringify(pathToFileURL(source.path).href)}); })`;
  return new Worker(code, { eval: true, workerData: request });
}

/** Run one CSV import in a worker thread; progress as it goes, then the report (or the typed error). */
export function importCsvInWorker(
  source: CsvWorkerSource,
  request: CsvWorkerRequest,
  onProgress: (done: number, total: number) => void,
): Promise<CodingImportReport> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(source, request);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    worker.on('message', (m: CsvWorkerMessage) => {
      if (m.kind === 'progress') onProgress(m.done, m.total);
      else if (m.kind === 'done') settle(() => resolve(m.report));
      else settle(() => reject(new ServiceError(m.type, m.message)));
    });
    worker.on('error', (e) => settle(() => reject(new ServiceError('internal', `the import stopped: ${e.message}`))));
    worker.on('exit', (code) =>
      settle(() => reject(new ServiceError('internal', `the import stopped before it finished (worker exit ${code})`))),
    );
  });
}
