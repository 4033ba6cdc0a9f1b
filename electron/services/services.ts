import { homedir } from 'node:os';
import { basename } from 'node:path';
import { AppEventBus } from './app-events.ts';
import { ServiceContext, ServiceState } from './context.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';
import type { CsvWorkerSource } from './exchange/csv-import-runner.ts';
import { handlers } from './handlers/index.ts';
import type { ProjectStore } from './project-store.ts';
import { RecentProjects } from './recent-projects.ts';
import type { WorkerSource } from './worker-source.ts';

export interface ServicesOptions {
  /** Per-user folder for app state that is not part of any project (recent list). */
  dataDir: string;
  transport: 'electron' | 'http';
  version: string;
  log?: (msg: string) => void;
  /** The CSV import worker's code (see exchange/csv-import-runner.ts); without it imports run in-thread. */
  csvWorker?: CsvWorkerSource;
  /** The folder the browser's file picker is confined to (default: the user's home folder). */
  home?: string;
  /**
   * The agreement reader's worker (agreement-reader/worker.ts): reads a large selection's highlights and ratings
   * while the first transcripts are computed. Without it they are read on the calling thread.
   */
  agreementWorker?: WorkerSource;
}

export interface Services {
  dispatcher: Dispatcher;
  events: AppEventBus;
  /** The open project, if any (for the CLI and the Electron shell). */
  current(): ProjectStore | null;
  close(): void;
}

/**
 * The services both transports share: one "open project" slot, one acting coder (who is coding in this
 * window) and the handlers of every domain (handlers/). No Electron imports.
 */
export function createServices(opts: ServicesOptions): Services {
  const events = new AppEventBus();
  const state = new ServiceState(
    events,
    new RecentProjects(opts.dataDir),
    opts.version,
    opts.transport,
    opts.dataDir,
    opts.csvWorker ?? null,
    opts.home ?? homedir(),
    opts.agreementWorker ?? null,
  );
  return {
    dispatcher: createDispatcher(
      handlers,
      () => new ServiceContext(state),
      opts.log,
      () => (state.open ? basename(state.open.store.path) : null),
    ),
    events,
    current: () => state.open?.store ?? null,
    close() {
      events.closeAll();
      state.close();
    },
  };
}
