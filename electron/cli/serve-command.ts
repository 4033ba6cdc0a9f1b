import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHttpHost } from '../host/http-host.ts';
import { createServices } from '../services/services.ts';
import type { WorkerSource } from '../services/worker-source.ts';
import { UsageError } from './cli-errors.ts';
import type { CliIo } from './cli-io.ts';
import { userDataDir } from './data-dir.ts';
import { REPO_ROOT } from './repo-root.ts';
import { isProjectName, openableProject } from './cli-passphrase.ts';
import { parse } from './project-commands.ts';

export { REPO_ROOT };
export const RENDERER_DIR = join(REPO_ROOT, 'dist', 'renderer');
/** The CLI runs from source (tsx), and so does its CSV import worker. */
export const CSV_WORKER = {
  kind: 'tsx',
  path: join(REPO_ROOT, 'electron', 'services', 'exchange', 'csv-import-worker.ts'),
} as const;

/**
 * The agreement reader's worker: the bundle beside the built CLI (dist/cli/agreement-reader.mjs), or its
 * source through tsx when the CLI runs from source.
 */
export const AGREEMENT_WORKER: WorkerSource = (() => {
  const here = fileURLToPath(import.meta.url);
  const bundle = join(dirname(here), 'agreement-reader.mjs');
  if (here.endsWith('.mjs') && existsSync(bundle)) return { kind: 'bundle', path: bundle };
  return { kind: 'tsx', path: join(REPO_ROOT, 'electron', 'services', 'agreement-reader', 'worker.ts') };
})();

const USAGE = 'attune serve [PROJECT.attune] [--create] [--port N]';

/** Build the UI on first use so `npx attune serve` works straight after `npm ci`. */
function ensureRendererBuilt(io: CliIo): void {
  if (existsSync(join(RENDERER_DIR, 'index.html'))) return;
  io.stderr('attune: building the user interface (first run)…');
  const r = spawnSync(
    process.execPath,
    [
      join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--logLevel',
      'error',
    ],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'ignore'],
    },
  );
  // The API still works without the UI (scripts, tests); the page itself explains what to do.
  if (r.status !== 0)
    io.stderr('attune: could not build the user interface; run `npm run build` to see why. Serving the API only.');
}

export async function serveCommand(args: string[], io: CliIo, version: string): Promise<number> {
  const { positionals, values } = parse(args, { port: { type: 'string' }, create: { type: 'boolean' } }, USAGE);
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}" (usage: ${USAGE})`);
  const given = positionals[0];
  if (given !== undefined && !isProjectName(given))
    throw new UsageError(`${given}: a project file name ends in .attune`);
  let port = 0;
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535)
      throw new UsageError(`--port takes a number from 0 to 65535, not "${values.port}"`);
    port = Number(values.port);
  }
  const project = given !== undefined && existsSync(given) ? await openableProject(given) : given;
  // A mistyped path must not quietly serve a new, empty project: creating one is asked for.
  if (project !== undefined && !existsSync(project) && !values.create)
    throw new UsageError(
      `${project}: no such project (create it with \`attune init ${project}\` or \`attune serve ${project} --create\`)`,
    );
  if (project !== undefined && existsSync(project) && values.create)
    throw new UsageError(`${project}: already exists; --create makes a new project only`);
  ensureRendererBuilt(io);

  const services = createServices({
    dataDir: userDataDir(),
    transport: 'http',
    version,
    log: (m) => io.stderr(m),
    csvWorker: CSV_WORKER,
    agreementWorker: AGREEMENT_WORKER,
  });
  if (project !== undefined) {
    const r = await services.dispatcher.dispatch(existsSync(project) ? 'project-open' : 'project-create', {
      path: project,
    });
    if (!r.ok) {
      services.close();
      throw new UsageError(r.error.message);
    }
  }
  let host;
  try {
    host = await startHttpHost({
      dispatcher: services.dispatcher,
      staticDir: RENDERER_DIR,
      port,
      events: services.events,
    });
  } catch (e) {
    services.close();
    throw new UsageError(`cannot listen on 127.0.0.1:${port}: ${(e as Error).message}`);
  }
  io.stdout(host.url);
  io.stderr(`Attune is serving ${project ?? 'no project'} on ${host.origin} (127.0.0.1 only). Press Ctrl+C to stop.`);

  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await host.close();
  services.close();
  return 0;
}
