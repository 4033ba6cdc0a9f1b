// What agreement, exports and reports compute over: ONLY what the acting coder may see (Access), handed to
// the pure computations in shared/reliability. Blind coding, trainer keys and consensus records are
// decided here, never in the statistics.
import type { Coder } from '../../shared/api/coder.ts';
import type { ReportMeta } from '../../shared/reliability/methods.ts';
import {
  computeProjectAgreementAsync,
  yieldToEventLoop,
  type AgreementStepOptions,
  type TranscriptSource,
} from '../../shared/reliability/project-agreement.ts';
import type {
  AgreementAnnotation,
  AgreementRating,
  AgreementStatus,
  ProjectAgreement,
  ProjectAgreementInput,
} from '../../shared/reliability/types.ts';
import type { ServiceContext } from './context.ts';
import * as bulk from './db/tables/agreement-input.ts';
import type { ReaderRequest } from './agreement-reader/protocol.ts';
import { engineInUse } from './agreement-reader/engine-warm-up.ts';
import { readInWorker } from './agreement-reader/reader.ts';
import { ServiceError } from './service-error.ts';

export const blindRefusal = (what = 'agreement') =>
  `${what} needs other coders' work: blind coding is on until the lead reveals`;

interface Selection {
  transcriptIds?: string[] | undefined;
  coderIds?: string[] | undefined;
}

interface Gathered {
  input: ProjectAgreementInput;
  /** For the report's method section. */
  coderSelection: string;
  transcriptSelection: string;
}

/**
 * Who counts when no coders are chosen: independent coders, leads and trainers. Trainees and consensus
 * records are left out (a trainee's practice and an agreed coding are not independent study codings),
 * except the acting trainee's own coding and, for exports, the consensus.
 */
export function defaultIncluded(c: Coder, includeConsensus: boolean, actingId: string | undefined): boolean {
  if (c.role === 'consensus') return includeConsensus;
  return c.role !== 'trainee' || c.id === actingId;
}

/** Transcripts whose classifications and statuses are read in one query. */
const GATHER_BATCH = 25;

/**
 * Collects the chosen transcripts and coders' data that the acting coder may see, transcript by
 * transcript (Access.visibleCoderIds). `includeConsensus`: by default consensus records are left out
 * of agreement (not an independent rater) but kept in exports; trainees are left out of both.
 */
export function gatherVisible(ctx: ServiceContext, sel: Selection, includeConsensus: boolean): Gathered {
  const h = readHeader(ctx, sel, includeConsensus);
  const source = inThreadSource(ctx, h.shown);
  for (const t of h.input.transcripts) {
    for (const a of source.annotationsOf(t.id)) h.input.annotations.push(a);
    for (const r of source.ratingsOf(t.id)) h.input.ratings.push(r);
  }
  return h;
}

function chosenCoders(ctx: ServiceContext, sel: Selection, includeConsensus: boolean): Coder[] {
  const all = ctx.project.listCoders();
  if (!sel.coderIds) return all.filter((c) => defaultIncluded(c, includeConsensus, ctx.access.coder?.id));
  return sel.coderIds.map((id) => {
    const c = all.find((x) => x.id === id);
    if (!c) throw new ServiceError('not-found', `no coder with id ${id}`);
    return c;
  });
}

/**
 * Ids read from the file arrive as a new string per row; kept once each (coders, codes, scales, targets),
 * a consortium's 576,000 highlights hold some 60 MB less, which the garbage collector no longer walks.
 */
type Interned = Map<string, string>;
const intern = (m: Interned, s: string): string => {
  const v = m.get(s);
  if (v !== undefined) return v;
  m.set(s, s);
  return s;
};
function internAnnotation(a: AgreementAnnotation, m: Interned): AgreementAnnotation {
  a.coderId = intern(m, a.coderId);
  a.codeId = intern(m, a.codeId);
  return a;
}
function internRating(r: AgreementRating, m: Interned): AgreementRating {
  r.coderId = intern(m, r.coderId);
  r.scaleId = intern(m, r.scaleId);
  r.target = intern(m, r.target);
  return r;
}

/** What the acting coder may see of each chosen transcript: which coders' records are kept. */
type Shown = (transcriptId: string, coderId: string) => boolean;

/** Reads each transcript's highlights and ratings when asked (one JSON array each), kept where shown. */
function inThreadSource(ctx: ServiceContext, shown: Shown): TranscriptSource {
  const db = ctx.project.db;
  const names: Interned = new Map();
  return {
    annotationsOf(transcriptId) {
      const out: AgreementAnnotation[] = [];
      for (const a of bulk.listAgreementAnnotationsOf(db, { transcriptId }))
        if (shown(transcriptId, a.coderId)) out.push(internAnnotation(a, names));
      return out;
    },
    ratingsOf(transcriptId) {
      const out: AgreementRating[] = [];
      for (const r of bulk.listAgreementRatingsOf(db, { transcriptId }))
        if (shown(transcriptId, r.coderId)) out.push(internRating(r, names));
      return out;
    },
  };
}

/**
 * Everything but the highlights and ratings: the chosen transcripts (no text, only its stored length), coders,
 * the codebook once, classifications and statuses a batch of transcripts per read (never per transcript and
 * coder), and who may be seen where. The highlights and ratings are read transcript by transcript after.
 */
function readHeader(
  ctx: ServiceContext,
  sel: Selection,
  includeConsensus: boolean,
): Gathered & { shown: Shown; visibleBy: Map<string, Set<string>> } {
  const { project: store, access } = ctx;
  const all = bulk.listTranscriptLengths(store.db, { ids: null });
  const byId = new Map(all.map((t) => [t.id, t]));
  const transcripts = sel.transcriptIds
    ? sel.transcriptIds.map((id) => {
        const t = byId.get(id);
        if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
        return t;
      })
    : all.filter((t) => !access.isBlind(t.id) || access.isBlindEverywhere());
  const allCoders = store.listCoders();
  const coders = chosenCoders(ctx, sel, includeConsensus);
  const chosen = new Set(coders.map((c) => c.id));
  const active = store.activeCodebook();
  const input: ProjectAgreementInput = {
    codebook: active.codebook,
    codebookKey: active.key,
    transcripts,
    coders: coders.map((c) => ({ id: c.id, name: c.name, role: c.role })),
    annotations: [],
    ratings: [],
    classifications: [],
    statuses: [],
  };
  const everyone = access.seesEveryone() ? new Set(chosen) : null;
  const visibleBy = new Map<string, Set<string>>();
  let hidden = 0;
  for (const t of transcripts) {
    const visible = everyone ?? new Set(access.visibleCoderIds(t.id).filter((c) => chosen.has(c)));
    hidden += chosen.size - visible.size;
    visibleBy.set(t.id, visible);
  }
  const shown: Shown = (t, c) => visibleBy.get(t)?.has(c) === true;
  for (let i = 0; i < transcripts.length; i += GATHER_BATCH) {
    const batch = transcripts.slice(i, i + GATHER_BATCH);
    const ids = batch.map((t) => t.id);
    for (const c of bulk.listAgreementClassifications(store.db, { ids }))
      if (shown(c.transcriptId, c.coderId)) input.classifications.push(c);
    const stored = new Map(
      bulk.listAgreementStatuses(store.db, { ids }).map((x) => [`${x.transcriptId}|${x.coderId}`, x]),
    );
    for (const t of batch)
      for (const c of visibleBy.get(t.id) ?? [])
        (input.statuses as AgreementStatus[]).push(
          stored.get(`${t.id}|${c}`) ?? { transcriptId: t.id, coderId: c, status: 'not-started', submittedAt: null },
        );
  }
  const leftOut = sel.coderIds ? [] : allCoders.filter((c) => !defaultIncluded(c, includeConsensus, access.coder?.id));
  const coderSelection = [
    sel.coderIds ? 'coders chosen by the user' : 'the default coders',
    leftOut.length
      ? `left out by default: ${leftOut.map((c) => `${c.name} (${c.role === 'consensus' ? 'consensus record' : c.role})`).join(', ')}, as neither a trainee nor a consensus is an independent study coder (choose them to include them)`
      : '',
    hidden > 0
      ? `${hidden} coder-transcript combination(s) hidden from the acting coder (blind coding, trainer keys) and left out`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
  const transcriptSelection = sel.transcriptIds
    ? `${transcripts.length} chosen transcript(s)`
    : transcripts.length < all.length
      ? `the ${transcripts.length} transcript(s) revealed so far (blind coding is on)`
      : `all ${transcripts.length} transcript(s) of the project`;
  return { input, coderSelection, transcriptSelection, shown, visibleBy };
}

export const today = () => new Date().toISOString().slice(0, 10);
export const fileStem = (name: string) => name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'project';

/** Refused while blind coding hides every transcript; with some revealed one by one, those are used. */
export function refuseIfBlind(ctx: ServiceContext, what?: string): void {
  if (ctx.access.isBlindEverywhere()) throw new ServiceError('refused', blindRefusal(what));
}

/**
 * Throttled progress: at most 50 steps and 10 events a second per run, the last always (the event log keeps
 * only the last 100, and each event is a round trip and a repaint in a window that shares the machine).
 */
function progress(ctx: ServiceContext, task: string) {
  let last = -1;
  let lastAt = -Infinity;
  return (done: number, total: number) => {
    const bucket = Math.floor((done * 50) / total);
    const now = Date.now();
    if (done === total || (bucket !== last && now - lastAt >= 100)) {
      last = bucket;
      lastAt = now;
      ctx.events.push({ type: 'progress', task, done, total });
    }
  };
}

/**
 * Every this-many-th transcript's unitizing alpha is computed on the request thread: reading and unitizing
 * made the reader the slower of the two threads (the request thread waited for it about a third of the time).
 */
const CALLER_SHARE = 3;

/** What the agreement reader's worker reads: each chosen transcript once, and only the coders shown there. */
function readerRequest(ctx: ServiceContext, g: Gathered & { visibleBy: Map<string, Set<string>> }): ReaderRequest {
  const extra = new Map<string, Set<string>>();
  const add = (t: string, c: string) => {
    const s = extra.get(t);
    if (s) s.add(c);
    else extra.set(t, new Set([c]));
  };
  for (const c of g.input.classifications) add(c.transcriptId, c.coderId);
  for (const x of g.input.statuses ?? []) if (x.status !== 'not-started') add(x.transcriptId, x.coderId);
  const seen = new Set<string>();
  const transcripts: ReaderRequest['transcripts'] = [];
  for (const t of g.input.transcripts) {
    if (seen.has(t.id)) continue;
    seen.add(t.id);
    transcripts.push({
      id: t.id,
      length: t.length,
      visible: [...(g.visibleBy.get(t.id) ?? [])],
      extra: [...(extra.get(t.id) ?? [])],
      ...(transcripts.length % CALLER_SHARE === CALLER_SHARE - 1 ? { callerUnitizes: true } : {}),
    });
  }
  const codes = g.input.codebook.codes.map((c) => ({ id: c.id, archived: c.archived }));
  return { path: ctx.project.path, coders: g.input.coders.map((c) => c.id), codes, transcripts };
}

/** The dashboard's figures and the report's method-section facts for one selection. */
export async function computeAgreement(
  ctx: ServiceContext,
  arg: Selection & { overlapThreshold?: number | undefined; level?: string | undefined },
  steps: Pick<
    AgreementStepOptions,
    'onDisagreements' | 'keepDisagreements' | 'describeDisagreements' | 'countDisagreements'
  > = {},
): Promise<{ result: ProjectAgreement; meta: ReportMeta }> {
  refuseIfBlind(ctx);
  engineInUse();
  const g = readHeader(ctx, arg, false);
  // Calls that came in meanwhile are answered before the computation starts (then every 15 ms of it).
  await yieldToEventLoop();
  const settings = ctx.access.settings;
  const levels = g.input.codebook.classification?.levels ?? [];
  if (arg.level && !levels.some((l) => l.id === arg.level))
    throw new ServiceError(
      'validation',
      `"${arg.level}" is not a classification level of the codebook (${levels.map((l) => l.id).join(', ') || 'none'})`,
    );
  const transcripts = g.input.transcripts;
  const run = (source: TranscriptSource, ready?: (i: number) => Promise<void> | null) =>
    computeProjectAgreementAsync(g.input, {
      overlapThreshold: arg.overlapThreshold,
      scaleTolerance: settings.scaleTolerance,
      level: arg.level,
      onProgress: progress(ctx, 'agreement'),
      source,
      ...(ready ? { ready } : {}),
      ...steps,
    });
  // A worker reads ahead while the first transcripts are computed; a few transcripts are read here at once.
  const readers = ctx.state.readers;
  if (!readers.usedFor(transcripts.length))
    return { result: await run(inThreadSource(ctx, g.shown)), meta: metaOf(ctx, g) };
  const store = ctx.project;
  const streamed = readInWorker(readers.take(readerRequest(ctx, g)), g.shown);
  let result: ProjectAgreement;
  try {
    result = await run(streamed, (i) =>
      i < transcripts.length ? streamed.ready(transcripts[i]!.id) : streamed.readyAll(),
    );
  } catch (e) {
    // A worker that could not start (nothing computed yet): read here instead; any other failure is the answer.
    if (streamed.delivered()) throw e;
    result = await run(inThreadSource(ctx, g.shown));
  } finally {
    streamed.close();
    // For the next computation (another selection, the report), unless the project closed meanwhile.
    if (ctx.state.open?.store === store) readers.warm();
  }
  return { result, meta: metaOf(ctx, g) };
}

function metaOf(ctx: ServiceContext, g: Gathered): ReportMeta {
  return {
    projectName: ctx.project.name,
    softwareVersion: ctx.version,
    generatedAt: new Date().toISOString(),
    codebookName: g.input.codebook.name,
    coderSelection: g.coderSelection,
    transcriptSelection: g.transcriptSelection,
  };
}
