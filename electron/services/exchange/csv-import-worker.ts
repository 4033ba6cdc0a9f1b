/**
 * Worker-thread entry for a large annotations CSV: it opens the project with a connection of its own,
 * so the request thread keeps answering other calls while this one checks and inserts the rows.
 * Messages to the parent: progress, then the report or the error (as the dispatcher would shape it).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ProjectStore } from '../project-store.ts';
import { importAnnotationsCsv } from './annotations-csv.ts';
import type { CsvWorkerMessage, CsvWorkerRequest } from './csv-import-runner.ts';
import { failureOf } from '../worker-source.ts';

const post = (m: CsvWorkerMessage) => parentPort?.postMessage(m);
const { path, fileName, content } = workerData as CsvWorkerRequest;

let store: ProjectStore | null = null;
try {
  store = ProjectStore.open(path);
  const report = importAnnotationsCsv(store, fileName, content, (done, total) =>
    post({ kind: 'progress', done, total }),
  );
  post({ kind: 'done', report });
} catch (e) {
  post(failureOf(e, path));
} finally {
  store?.close();
}
