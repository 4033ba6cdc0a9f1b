import { resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api/index.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import { AppEventBus } from './app-events.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';
import { ProjectStore } from './project-store.ts';
import { RecentProjects } from './recent-projects.ts';
import { ServiceError } from './service-error.ts';
import { importText } from './transcript-import.ts';

export interface ServicesOptions {
  /** Per-user folder for app state that is not part of any project (recent list). */
  dataDir: string;
  transport: 'electron' | 'http';
  version: string;
  log?: (msg: string) => void;
}

export interface Services {
  handlers: ApiHandlers;
  dispatcher: Dispatcher;
  events: AppEventBus;
  /** The open project, if any (for the CLI and the Electron shell). */
  current(): ProjectStore | null;
  close(): void;
}

/** Builds the handlers around one "open project" slot. No Electron imports: both transports share this. */
export function createServices(opts: ServicesOptions): Services {
  const events = new AppEventBus();
  const recent = new RecentProjects(opts.dataDir);
  let store: ProjectStore | null = null;

  const project = (): ProjectStore => {
    if (!store) throw new ServiceError('no-project', 'no project is open: create or open a project first');
    return store;
  };

  const summary = (s: ProjectStore): ProjectSummary => ({
    path: s.path,
    name: s.name,
    schemaVersion: s.schemaVersion,
    backupPath: s.backupPath,
    counts: s.counts(),
  });

  const switchTo = (next: ProjectStore): ProjectSummary => {
    store?.close();
    store = next;
    recent.add(next.path);
    events.push({ type: 'project-changed' });
    return summary(next);
  };

  const handlers: ApiHandlers = {
    'project-create': async ({ path }) => switchTo(ProjectStore.create(resolve(path))),
    'project-open': async ({ path }) => {
      const abs = resolve(path);
      if (store && store.path === abs) return summary(store);
      return switchTo(ProjectStore.open(abs));
    },
    'project-close': async () => {
      if (store) {
        store.close();
        store = null;
        events.push({ type: 'project-changed' });
      }
      return null;
    },
    'project-current': async () => (store ? summary(store) : null),
    'project-recent': async () => recent.list(),

    'coder-list': async () => project().listCoders(),
    'coder-create': async ({ name, role }) => project().createCoder(name, role ?? 'coder'),

    'transcript-list': async () => project().listTranscripts(),
    'transcript-get': async ({ id }) => project().getTranscript(id),
    'transcript-import-text': async (arg) => importText(project(), arg),

    'codebook-active': async () => project().activeCodebook(),

    'annotation-list': async ({ transcriptId, coderId }) => project().listAnnotations(transcriptId, coderId),
    'annotation-create': async (a) =>
      project().createAnnotation({ transcriptId: a.transcriptId, coderId: a.coderId, codeId: a.codeId, start: a.start, end: a.end, note: a.note ?? '' }),
    'annotation-update': async (u) => project().updateAnnotation(u),
    'annotation-delete': async ({ id }) => {
      project().deleteAnnotation(id);
      return null;
    },

    'app-next-event': async ({ after, timeoutMs }) => events.next(after, timeoutMs ?? 25_000),
    'app-info': async () => ({ version: opts.version, transport: opts.transport }),
  };

  return {
    handlers,
    dispatcher: createDispatcher(handlers, opts.log),
    events,
    current: () => store,
    close() {
      events.closeAll();
      store?.close();
      store = null;
    },
  };
}

/** Open a project into fresh services (CLI `serve`, tests). */
export async function openInto(services: Services, path: string): Promise<ProjectSummary> {
  const r = await services.dispatcher.dispatch('project-open', { path });
  if (!r.ok) throw new ServiceError(r.error.type, r.error.message);
  return r.value as ProjectSummary;
}
