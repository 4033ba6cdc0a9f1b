import { join } from 'node:path';
import { createServices, type Services } from '../../electron/services/services.ts';
import { tempDir } from './temp-dir.ts';

/** The CSV import worker, run from source as the CLI runs it. */
export const CSV_WORKER = {
  kind: 'tsx',
  path: join(import.meta.dirname, '..', '..', 'electron', 'services', 'exchange', 'csv-import-worker.ts'),
} as const;

/** Real services over a real project file in a temp folder, called through the dispatcher like a transport. */
export async function servicesWithProject(name = 'p.attune') {
  const dir = tempDir();
  const services: Services = createServices({
    dataDir: dir.file('data'),
    transport: 'http',
    version: 'test',
    csvWorker: CSV_WORKER,
  });
  const path = dir.file(name);
  const call = async <T = unknown>(method: string, arg: unknown = {}): Promise<T> => {
    const r = await services.dispatcher.dispatch(method, arg);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { type: r.error.type });
    return r.value as T;
  };
  /** The typed error of a call that should fail. */
  const fail = async (method: string, arg: unknown = {}) => {
    const r = await services.dispatcher.dispatch(method, arg);
    if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
    return r.error;
  };
  await call('project-create', { path });
  return {
    dir,
    path,
    services,
    call,
    fail,
    done: () => {
      services.close();
      dir.remove();
    },
  };
}
