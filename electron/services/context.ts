import { homedir } from 'node:os';
import type { ProjectSummary } from '../../shared/api/project.ts';
import type { ProjectSettings } from '../../shared/api/settings.ts';
import { hiddenHeaderRanges, type MaskedRange } from '../../shared/transcript/redact.ts';
import { Access } from './access.ts';
import type { AppEventBus } from './app-events.ts';
import { CodingStore } from './coding-store.ts';
import type { CsvWorkerSource } from './exchange/csv-import-runner.ts';
import { PrefsStore } from './local/prefs-store.ts';
import type { ProjectStore } from './project-store.ts';
import type { RecentProjects } from './recent-projects.ts';
import { ServiceError } from './service-error.ts';
import { SpareReader } from './agreement-reader/spare.ts';
import type { WorkerSource } from './worker-source.ts';

/** What lives as long as the services: the one open project slot and who is coding in this window. */
export class ServiceState {
  private store: ProjectStore | null = null;
  private coding: CodingStore | null = null;
  actingCoderId: string | null = null;

  constructor(
    readonly events: AppEventBus,
    readonly recent: RecentProjects,
    readonly version: string,
    readonly transport: 'electron' | 'http',
    /** The per-user folder (recent list, the demo study). */
    readonly dataDir: string,
    /** Where the CSV import worker is; null runs imports on the calling thread. */
    readonly csvWorker: CsvWorkerSource | null = null,
    /** The folder the browser's file picker is confined to. */
    readonly home: string = homedir(),
    /** Where the agreement reader's worker is; null reads on the calling thread. */
    readonly agreementWorker: WorkerSource | null = null,
  ) {
    this.prefs = new PrefsStore(dataDir);
    this.readers = new SpareReader(agreementWorker);
  }

  /** The agreement reader's workers, one started ahead while a large project is open. */
  readonly readers: SpareReader;

  /** This user's local settings (formats, panel sizes, reading places). */
  readonly prefs: PrefsStore;

  get open(): { store: ProjectStore; coding: CodingStore } | null {
    return this.store && this.coding ? { store: this.store, coding: this.coding } : null;
  }

  /** Close whatever is open and make `next` the open project, with no coder chosen yet. */
  switchTo(next: ProjectStore): ProjectSummary {
    this.store?.close();
    this.store = next;
    this.coding = new CodingStore(next);
    this.actingCoderId = null;
    this.recent.add(next.path);
    this.events.push({ type: 'project-changed' });
    const summary = projectSummary(next);
    // A large project's dashboard reads in a worker: one waits ready, and the engine's code is warmed up.
    if (this.readers.usedFor(summary.counts.transcripts)) {
      this.readers.warm();
      // Loaded only here: a one-shot command (which never reads in a worker) does not pay for the module.
      void import('./agreement-reader/engine-warm-up.ts').then((m) => m.warmUpEngineSoon());
    } else this.readers.close();
    return summary;
  }

  close(): void {
    this.readers.close();
    this.store?.close();
    this.store = null;
    this.coding = null;
    this.actingCoderId = null;
  }
}

export function projectSummary(s: ProjectStore): ProjectSummary {
  return {
    path: s.path,
    name: s.name,
    schemaVersion: s.schemaVersion,
    backupPath: s.backupPath,
    readOnly: s.db.readonly,
    notice: s.notice,
    counts: s.counts(),
  };
}

/**
 * One call's view of the services: the open project, the acting coder and their access, each resolved
 * at most once per call (a handler that never touches the project works with none open).
 */
export class ServiceContext {
  private resolvedAccess: Access | null = null;

  constructor(readonly state: ServiceState) {}

  get events(): AppEventBus {
    return this.state.events;
  }

  get version(): string {
    return this.state.version;
  }

  /** The open project, or a `no-project` error. */
  get project(): ProjectStore {
    const open = this.state.open;
    if (!open) throw new ServiceError('no-project', 'no project is open: create or open a project first');
    return open.store;
  }

  get coding(): CodingStore {
    const open = this.state.open;
    if (!open) throw new ServiceError('no-project', 'no project is open: create or open a project first');
    return open.coding;
  }

  /** The acting coder's rights for this call (blind coding, trainer keys, roles): see access.ts. */
  get access(): Access {
    if (!this.resolvedAccess) {
      const store = this.project;
      const id = this.state.actingCoderId;
      const acting = id ? (store.listCoders().find((c) => c.id === id) ?? null) : null;
      this.resolvedAccess = new Access(store, this.coding, acting);
    }
    return this.resolvedAccess;
  }

  /** Choose who is coding in this window; the rest of this call sees the new coder's access. */
  actAs(coderId: string | null): void {
    if (coderId !== null) this.project.requireCoder(coderId);
    this.state.actingCoderId = coderId;
    this.resolvedAccess = null;
  }

  /** Settings as the acting coder may see them: even the names of hidden metadata fields hint at the data. */
  visibleSettings(): ProjectSettings {
    const a = this.access;
    return a.isPrivileged() ? a.settings : { ...a.settings, hiddenMetadataFields: [] };
  }

  /**
   * Header lines naming a hidden metadata field ("Group: control") are part of the immutable text; an
   * identified coder who is not a lead or trainer gets their values masked (same length, so offsets hold).
   * Scripts and the CLI, with no identity, work on the file as stored.
   */
  hiddenRanges(text: string): MaskedRange[] {
    const a = this.access;
    return a.coder && !a.isPrivileged() ? hiddenHeaderRanges(text, a.settings.hiddenMetadataFields) : [];
  }

  /** Shared project structure (sections, metadata): with an identity chosen, only leads and trainers change it. */
  assertMayEditStructure(what: string): void {
    if (this.access.coder) this.access.assertPrivileged(what);
  }
}
