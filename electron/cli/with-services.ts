import { existsSync } from 'node:fs';
import { createServices, type Services } from '../services/services.ts';
import { UsageError } from './cli-errors.ts';
import { openableProject } from './cli-passphrase.ts';
import { userDataDir } from './data-dir.ts';
import { CSV_WORKER } from './serve-command.ts';

/**
 * Run a CLI command through the same dispatcher the app uses (same validation, same errors),
 * with the project open; typed errors become one-line usage errors (exit 2).
 */
export async function withServices<T>(
  project: string,
  version: string,
  fn: (call: <V = unknown>(name: string, arg?: unknown) => Promise<V>, services: Services) => Promise<T>,
  /** Only reading: opened read-only, without the whole-file check after a clean close (project-file.ts). */
  options: { forReading?: boolean } = {},
): Promise<T> {
  if (!existsSync(project)) throw new UsageError(`${project} does not exist`);
  const path = await openableProject(project);
  // No agreement reader thread here: a one-shot command pays its start-up (~0.1 s) and gains nothing from a
  // host kept answering meanwhile; at consortium size both ways take the same time (`attune serve` has it).
  const services = createServices({ dataDir: userDataDir(), transport: 'http', version, csvWorker: CSV_WORKER });
  const call = async <V = unknown>(name: string, arg: unknown = {}): Promise<V> => {
    const r = await services.dispatcher.dispatch(name, arg);
    if (!r.ok) throw new UsageError(r.error.message);
    return r.value as V;
  };
  try {
    await call('project-open', { path, ...(options.forReading ? { forReading: true } : {}) });
    return await fn(call, services);
  } finally {
    services.close();
  }
}
