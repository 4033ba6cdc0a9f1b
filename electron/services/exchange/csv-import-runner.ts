import type { CodingImportReport } from '../../../shared/api/coding.ts';
import type { ApiErrorType } from '../../../shared/api/result.ts';
import { ServiceError } from '../service-error.ts';
import { startWorker, type WorkerSource } from '../worker-source.ts';

/** Where the CSV import worker's code is (see worker-source.ts). */
export type CsvWorkerSource = WorkerSource;

export interface CsvWorkerRequest {
  path: string;
  fileName: string;
  content: string;
}

export type CsvWorkerMessage =
  | { kind: 'progress'; done: number; total: number }
  | { kind: 'done'; report: CodingImportReport }
  | { kind: 'failed'; type: ApiErrorType; message: string };

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
