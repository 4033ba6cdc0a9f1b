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
  /**
   * Add coders as a lab would: the lead first (a project's first coder is its lead), then the others
   * with the lead acting (only a lead gives the lead and trainer roles); ends with no coder acting.
   */
  const addCoders = async (list: ReadonlyArray<readonly [string, string]>): Promise<Record<string, string>> => {
    const ids: Record<string, string> = {};
    const first = list.find(([, role]) => role === 'lead');
    if (!first) throw new Error('addCoders: name a lead (a project needs one before anyone else)');
    ids[first[0]] = (await call<{ id: string }>('coder-create', { name: first[0], role: 'lead' })).id;
    await call('session-set-coder', { coderId: ids[first[0]] });
    for (const [name, role] of list)
      if (name !== first[0]) ids[name] = (await call<{ id: string }>('coder-create', { name, role })).id;
    await call('session-set-coder', { coderId: null });
    return ids;
  };
  await call('project-create', { path });
  return {
    addCoders,
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
