import { resolve } from 'node:path';
import type { ApiHandlers } from '../../shared/api/index.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import type { SessionInfo } from '../../shared/api/session.ts';
import { hiddenHeaderRanges, maskRanges } from '../../shared/transcript/redact.ts';
import { Access } from './access.ts';
import { agreementHandlers } from './agreement-service.ts';
import { AppEventBus } from './app-events.ts';
import { exportCoding, importCoding } from './coding-exchange.ts';
import { CodingStore } from './coding-store.ts';
import { acceptIntoConsensus, consensusCoder, consensusRecord, setConsensusRationale } from './consensus.ts';
import { createDispatcher, type Dispatcher } from './dispatcher.ts';
import { ProjectStore } from './project-store.ts';
import { RecentProjects } from './recent-projects.ts';
import { ServiceError } from './service-error.ts';
import {
  createSection,
  deleteSection,
  importFile,
  importText,
  previewFile,
  transcriptStructure,
  updateMetadata,
  updateSection,
} from './transcript-import.ts';

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

/**
 * Builds the handlers around one "open project" slot and one acting coder (who is coding in this
 * window). No Electron imports: both transports share this.
 */
export function createServices(opts: ServicesOptions): Services {
  const events = new AppEventBus();
  const recent = new RecentProjects(opts.dataDir);
  let store: ProjectStore | null = null;
  let coding: CodingStore | null = null;
  let actingCoderId: string | null = null;

  const project = (): ProjectStore => {
    if (!store) throw new ServiceError('no-project', 'no project is open: create or open a project first');
    return store;
  };
  const codingStore = (): CodingStore => {
    project();
    return coding as CodingStore;
  };
  const access = (): Access => {
    const s = project();
    const acting = actingCoderId ? (s.listCoders().find((c) => c.id === actingCoderId) ?? null) : null;
    return new Access(s, codingStore(), acting);
  };
  /** Owner of an existing annotation, checked for writing. */
  const writableAnnotation = (id: string) => {
    const a = project().getAnnotation(id);
    access().assertCanWrite(a.coderId);
    return a;
  };
  const readable = (transcriptId: string, coderId: string) => access().assertCanSee(coderId, transcriptId);
  const writable = (coderId: string) => access().assertCanWrite(coderId);

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
    coding = new CodingStore(next);
    actingCoderId = null;
    recent.add(next.path);
    events.push({ type: 'project-changed' });
    return summary(next);
  };

  /** Settings as the acting coder may see them: even the names of hidden metadata fields hint at the data. */
  const visibleSettings = (a: Access) => (a.isPrivileged() ? a.settings : { ...a.settings, hiddenMetadataFields: [] });
  /**
   * Header lines naming a hidden metadata field ("Group: control") are part of the immutable text; an
   * identified coder who is not a lead or trainer gets their values masked (same length, so offsets hold).
   * Scripts and the CLI, with no identity, work on the file as stored.
   */
  const hiddenRangesFor = (a: Access, text: string) =>
    a.coder && !a.isPrivileged() ? hiddenHeaderRanges(text, a.settings.hiddenMetadataFields) : [];
  const session = (): SessionInfo => {
    const a = access();
    return { coder: a.coder, settings: visibleSettings(a) };
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
        coding = null;
        actingCoderId = null;
        events.push({ type: 'project-changed' });
      }
      return null;
    },
    'project-current': async () => (store ? summary(store) : null),
    'project-recent': async () => recent.list(),

    'coder-list': async () => project().listCoders(),
    'coder-create': async ({ name, role }) => {
      if (role === 'consensus' && access().coder) access().assertPrivileged('creating a consensus record');
      return project().createCoder(name, role ?? 'coder');
    },

    'session-get': async () => session(),
    'session-set-coder': async ({ coderId }) => {
      if (coderId !== null) project().requireCoder(coderId);
      actingCoderId = coderId;
      return session();
    },
    'settings-get': async () => visibleSettings(access()),
    'settings-update': async (patch) => {
      access().assertPrivileged('changing project settings');
      const next = project().updateSettings(patch);
      events.push({ type: 'project-changed' });
      return next;
    },
    'key-set': async ({ transcriptId, coderId }) => {
      access().assertPrivileged('choosing a trainer key');
      codingStore().setKey(transcriptId, coderId);
      return null;
    },
    'key-list': async () => codingStore().keys(),

    'transcript-list': async () => project().listTranscripts(access().globallyVisibleCoderIds()),
    'transcript-get': async ({ id }) => {
      const t = project().getTranscript(id);
      const a = access();
      const visible = a.visibleCoderIds(id);
      return {
        ...t,
        text: maskRanges(t.text, hiddenRangesFor(a, t.text)),
        metadata: a.visibleMetadata(t.metadata),
        annotations: project()
          .listAnnotations(id)
          .filter((x) => visible.includes(x.coderId)).length,
      };
    },
    'transcript-import-text': async (arg) => importText(project(), arg),
    'transcript-preview': async (arg) => previewFile(project(), arg, project().settings()),
    'transcript-import-file': async (arg) => importFile(project(), arg, project().settings()),
    'transcript-structure': async ({ id }) => transcriptStructure(project(), id),
    // Sections and metadata are shared by every coder of the project: with an identity chosen, leads and trainers edit them.
    'transcript-update-metadata': async ({ id, metadata }) => {
      const a = access();
      if (a.coder) a.assertPrivileged('changing transcript metadata');
      return updateMetadata(project(), id, metadata);
    },
    'section-create': async (arg) => {
      const a = access();
      if (a.coder) a.assertPrivileged('changing question sections');
      return createSection(project(), arg);
    },
    'section-update': async (arg) => {
      const a = access();
      if (a.coder) a.assertPrivileged('changing question sections');
      return updateSection(project(), arg);
    },
    'section-delete': async ({ id }) => {
      const a = access();
      if (a.coder) a.assertPrivileged('changing question sections');
      deleteSection(project(), id);
      return null;
    },

    'codebook-active': async () => project().activeCodebook(),
    'codebook-get': async ({ key }) => project().getCodebook(key),
    'codebook-list': async () => project().listCodebooks(),
    'codebook-save': async ({ codebook }) => {
      const saved = project().saveCodebookVersion(codebook);
      events.push({ type: 'project-changed' });
      return saved;
    },
    'codebook-import': async ({ json, fileName }) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(json);
      } catch (e) {
        throw new ServiceError(
          'validation',
          `${fileName ?? 'the codebook file'} is not valid JSON (${(e as Error).message})`,
        );
      }
      const saved = project().saveCodebookVersion(parsed);
      events.push({ type: 'project-changed' });
      return saved;
    },
    'codebook-activate': async ({ key }) => {
      const active = project().activateCodebook(key);
      events.push({ type: 'project-changed' }); // open windows switch their code panel and hotkeys to it
      return active;
    },

    'annotation-list': async ({ transcriptId, coderId }) => {
      if (coderId) {
        readable(transcriptId, coderId);
        return project().listAnnotations(transcriptId, coderId);
      }
      const visible = new Set(access().visibleCoderIds(transcriptId));
      return project()
        .listAnnotations(transcriptId)
        .filter((a) => visible.has(a.coderId));
    },
    'annotation-create': async (a) => {
      writable(a.coderId);
      // Archived codes stay on existing highlights (and undo can put those back), but new passages cannot get them.
      const code = project()
        .activeCodebook()
        .codebook.codes.find((c) => c.id === a.codeId);
      if (code?.archived)
        throw new ServiceError(
          'validation',
          `"${code.label}" is archived: it stays on existing highlights but cannot be applied`,
        );
      return project().createAnnotation({
        transcriptId: a.transcriptId,
        coderId: a.coderId,
        codeId: a.codeId,
        start: a.start,
        end: a.end,
        note: a.note ?? '',
        severity: a.severity ?? null,
        eventId: a.eventId ?? null,
      });
    },
    'annotation-update': async (u) => {
      writableAnnotation(u.id);
      return project().updateAnnotation(u);
    },
    'annotation-delete': async ({ id }) => {
      writableAnnotation(id);
      project().deleteAnnotation(id);
      return null;
    },
    'annotation-restore': async (a) => {
      writable(a.coderId);
      return project().createAnnotation(a);
    },

    'rating-list': async ({ transcriptId, coderId }) => {
      readable(transcriptId, coderId);
      return codingStore().listRatings(transcriptId, coderId);
    },
    'rating-set': async (a) => {
      writable(a.coderId);
      return codingStore().setRating({ ...a, notRateable: a.notRateable ?? false });
    },
    'rating-clear': async (a) => {
      writable(a.coderId);
      codingStore().clearRating(a);
      return null;
    },
    'rating-link': async (a) => {
      writable(a.coderId);
      return codingStore().linkRating(a);
    },
    'classification-get': async ({ transcriptId, coderId }) => {
      readable(transcriptId, coderId);
      return codingStore().getClassification(transcriptId, coderId);
    },
    'classification-set': async (a) => {
      writable(a.coderId);
      return codingStore().setClassification({
        transcriptId: a.transcriptId,
        coderId: a.coderId,
        primary: a.primary,
        subtype: a.subtype ?? null,
        alternative: a.alternative ?? null,
        secondAlternative: a.secondAlternative ?? null,
        confidence: a.confidence ?? null,
        forced: a.forced ?? false,
        note: a.note ?? '',
      });
    },
    'classification-clear': async ({ transcriptId, coderId }) => {
      writable(coderId);
      codingStore().clearClassification(transcriptId, coderId);
      return null;
    },
    'event-list': async ({ transcriptId, coderId }) => {
      readable(transcriptId, coderId);
      return codingStore().listEvents(transcriptId, coderId);
    },
    'event-create': async (a) => {
      writable(a.coderId);
      return codingStore().createEvent({ ...a, who: a.who ?? '', speakerAge: a.speakerAge ?? '', note: a.note ?? '' });
    },
    'event-update': async (a) => {
      writable(codingStore().getEvent(a.id).coderId);
      return codingStore().updateEvent(a);
    },
    'event-delete': async ({ id }) => {
      writable(codingStore().getEvent(id).coderId);
      codingStore().deleteEvent(id);
      return null;
    },
    'memo-get': async ({ transcriptId, coderId }) => {
      readable(transcriptId, coderId);
      return codingStore().getMemo(transcriptId, coderId);
    },
    'memo-set': async ({ transcriptId, coderId, text }) => {
      writable(coderId);
      return codingStore().setMemo(transcriptId, coderId, text);
    },
    'status-set': async ({ transcriptId, coderId, status }) => {
      writable(coderId);
      return codingStore().setStatus(transcriptId, coderId, status);
    },
    'status-submit': async ({ transcriptId, coderId }) => {
      writable(coderId);
      return codingStore().setStatus(transcriptId, coderId, 'complete', true);
    },
    'status-list': async ({ coderId }) => {
      const ids = coderId
        ? [coderId]
        : project()
            .listCoders()
            .filter((c) => c.role !== 'consensus')
            .map((c) => c.id);
      return codingStore().listStatuses(ids);
    },
    'search-project': async ({ query, transcriptIds, caseSensitive, limit }) => {
      const a = access();
      const hits = codingStore().search(query, {
        transcriptIds,
        caseSensitive: caseSensitive ?? false,
        limit: limit ?? 500,
      });
      if (!(a.coder && !a.isPrivileged()) || a.settings.hiddenMetadataFields.length === 0) return hits;
      // A hidden header value must not be findable either.
      const masked = new Map<string, ReturnType<typeof hiddenRangesFor>>();
      return hits.filter((h) => {
        if (!masked.has(h.transcriptId))
          masked.set(h.transcriptId, hiddenRangesFor(a, project().transcriptText(h.transcriptId)));
        return !masked.get(h.transcriptId)!.some((r) => h.start < r.end && h.end > r.start);
      });
    },

    'coding-export': async ({ coderId, transcriptIds, includeText }) => {
      const a = access();
      for (const t of transcriptIds ??
        project()
          .listTranscripts()
          .map((x) => x.id))
        a.assertCanSee(coderId, t);
      return exportCoding(project(), codingStore(), {
        coderId,
        transcriptIds,
        includeText: includeText ?? false,
        attuneVersion: opts.version,
      });
    },
    'coding-import': async ({ fileName, content }) => {
      const a = access();
      // Bringing other coders' work into a project is the lead's job (and would unblind a coder).
      if (a.coder) a.assertPrivileged('importing coding');
      const report = importCoding(project(), codingStore(), fileName, content);
      events.push({ type: 'project-changed' });
      return report;
    },

    // Agreement dashboard, trainee reports, R/SPSS exports and the agreement report (agreement-service.ts).
    ...agreementHandlers({ project, coding: codingStore, access, events, version: opts.version }),

    'consensus-coder': async () => {
      access().assertPrivileged('building a consensus');
      return consensusCoder(project());
    },
    'consensus-get': async ({ transcriptId }) => {
      const a = access();
      const existing = project()
        .listCoders()
        .find((c) => c.role === 'consensus');
      if (!existing && !a.isPrivileged())
        throw new ServiceError('not-found', 'no consensus has been started in this project');
      a.assertCanSee(existing?.id ?? consensusCoder(project()).id, transcriptId);
      return consensusRecord(project(), codingStore(), transcriptId);
    },
    'consensus-accept': async ({ transcriptId, source, rationale }) => {
      const a = access();
      a.assertPrivileged('building a consensus');
      const owner =
        source.kind === 'annotation' ? project().getAnnotation(source.annotationId).coderId : source.coderId;
      a.assertCanSee(owner, transcriptId);
      return acceptIntoConsensus(project(), codingStore(), transcriptId, source, rationale ?? '');
    },
    'consensus-rationale': async ({ transcriptId, item, rationale }) => {
      access().assertPrivileged('building a consensus');
      return setConsensusRationale(project(), codingStore(), transcriptId, item, rationale);
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
      coding = null;
    },
  };
}
