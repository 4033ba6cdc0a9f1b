// Training sets: a trainer (or lead) names a set of practice transcripts, chooses the key of each (a
// coder's coding or the consensus record) and enrols trainees. A trainee sees a key only for a transcript
// of their set they have submitted (access.ts), and each trainee's submitted transcripts are compared
// with the keys by the trainer report.
import { randomUUID } from 'node:crypto';
import type { ApiParsedArg } from '../../shared/api/index.ts';
import type { TrainingSet, TrainingSetReport } from '../../shared/api/training.ts';
import type { ProjectAgreementInput, TraineeReport } from '../../shared/reliability/types.ts';
import { computeTraineeReport } from '../../shared/reliability/trainee-report.ts';
import { gatherVisible } from './agreement-data.ts';
import { recordAudit } from './audit.ts';
import type { ServiceContext } from './context.ts';
import * as table from './db/tables/training-sets.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

const WHAT = 'defining a training set';

/** The transcripts a trainee's package holds: those of every set they are enrolled in (never the keys). */
export function trainingTranscriptsOf(store: ProjectStore, coderId: string): string[] {
  return table.transcriptsOfTrainee(store.db, { coderId });
}

function readSets(ctx: ServiceContext): TrainingSet[] {
  const store = ctx.project;
  const coders = new Map(store.listCoders().map((c) => [c.id, c]));
  const titles = new Map(store.listTranscripts().map((t) => [t.id, t.title]));
  const items = table.listTrainingItems(store.db);
  const enrolments = table.listEnrolments(store.db);
  const privileged = ctx.access.isPrivileged();
  return table.listTrainingSets(store.db).map((s) => ({
    id: s.id,
    name: s.name,
    createdAt: s.createdAt,
    items: items
      .filter((i) => i.setId === s.id)
      .map((i) => {
        const key = privileged ? i.keyCoderId : null;
        return {
          transcriptId: i.transcriptId,
          title: titles.get(i.transcriptId) ?? i.transcriptId,
          keyCoderId: key,
          keyCoderName: key ? (coders.get(key)?.name ?? null) : null,
        };
      }),
    trainees: enrolments
      .filter((e) => e.setId === s.id)
      .map((e) => ({ id: e.coderId, name: coders.get(e.coderId)?.name ?? e.coderId }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' })),
  }));
}

/** Leads and trainers see every set; anyone else only the sets they are enrolled in, and only themselves in it. */
export function listSets(ctx: ServiceContext): TrainingSet[] {
  const all = readSets(ctx);
  if (ctx.access.isPrivileged()) return all;
  const me = ctx.access.coder?.id;
  return all
    .filter((s) => s.trainees.some((t) => t.id === me))
    .map((s) => ({ ...s, trainees: s.trainees.filter((t) => t.id === me) }));
}

function getSet(ctx: ServiceContext, id: string): TrainingSet {
  const set = listSets(ctx).find((s) => s.id === id);
  if (!set) throw new ServiceError('not-found', `no training set with id ${id}`);
  return set;
}

function checkMembers(
  ctx: ServiceContext,
  items: ReadonlyArray<{ transcriptId: string; keyCoderId: string | null }>,
  traineeIds: readonly string[],
): void {
  const coders = new Map(ctx.project.listCoders().map((c) => [c.id, c]));
  for (const i of items) {
    ctx.project.requireTranscript(i.transcriptId);
    if (i.keyCoderId === null) continue;
    const key = coders.get(i.keyCoderId);
    if (!key) throw new ServiceError('not-found', `no coder with id ${i.keyCoderId}`);
    if (key.role === 'trainee')
      throw new ServiceError(
        'validation',
        `${key.name} is a trainee: a key is a coder's coding or the consensus record`,
      );
  }
  for (const t of traineeIds) {
    const c = coders.get(t);
    if (!c) throw new ServiceError('not-found', `no coder with id ${t}`);
    if (c.role !== 'trainee')
      throw new ServiceError('validation', `${c.name} is a ${c.role}, not a trainee: only trainees are enrolled`);
  }
  if (new Set(traineeIds).size !== traineeIds.length)
    throw new ServiceError('validation', 'a trainee is enrolled in a set once');
}

function assertNameFree(ctx: ServiceContext, name: string, except: string | null): void {
  const same = table.findTrainingSetByName(ctx.project.db, { name });
  if (same && same.id !== except)
    throw new ServiceError('conflict', `a training set named "${same.name}" already exists`);
}

/** Writes the set's items and records each key that changed (call inside a transaction). */
function writeItems(
  ctx: ServiceContext,
  setId: string,
  items: ReadonlyArray<{ transcriptId: string; keyCoderId: string | null }>,
): void {
  const db = ctx.project.db;
  const before = new Map(
    table
      .listTrainingItems(db)
      .filter((i) => i.setId === setId)
      .map((i) => [i.transcriptId, i.keyCoderId]),
  );
  table.replaceTrainingItems(db, { setId, items: items.map((i, position) => ({ ...i, setId, position })) });
  for (const i of items)
    if ((before.get(i.transcriptId) ?? null) !== i.keyCoderId)
      recordAudit(db, {
        action: 'key-set',
        actorId: ctx.access.coder?.id ?? null,
        subjectId: i.transcriptId,
        detail: { setId, keyCoderId: i.keyCoderId ?? '' },
      });
}

export function createSet(ctx: ServiceContext, a: ApiParsedArg<'training-create-set'>): TrainingSet {
  ctx.access.assertPrivileged(WHAT);
  const id = randomUUID();
  ctx.project.db.transaction(() => {
    assertNameFree(ctx, a.name, null);
    checkMembers(ctx, a.items, a.traineeIds);
    const at = new Date().toISOString();
    table.insertTrainingSet(ctx.project.db, {
      id,
      name: a.name,
      createdAt: at,
      createdBy: ctx.access.coder?.id ?? null,
    });
    writeItems(ctx, id, a.items);
    table.replaceEnrolments(ctx.project.db, { setId: id, coderIds: a.traineeIds, at });
  });
  return getSet(ctx, id);
}

export function updateSet(ctx: ServiceContext, a: ApiParsedArg<'training-update-set'>): TrainingSet {
  ctx.access.assertPrivileged(WHAT);
  ctx.project.db.transaction(() => {
    getSet(ctx, a.id);
    checkMembers(ctx, a.items ?? [], a.traineeIds ?? []);
    if (a.name !== undefined) {
      assertNameFree(ctx, a.name, a.id);
      table.renameTrainingSet(ctx.project.db, { id: a.id, name: a.name });
    }
    if (a.items) writeItems(ctx, a.id, a.items);
    if (a.traineeIds)
      table.replaceEnrolments(ctx.project.db, { setId: a.id, coderIds: a.traineeIds, at: new Date().toISOString() });
  });
  return getSet(ctx, a.id);
}

export function deleteSet(ctx: ServiceContext, id: string): void {
  ctx.access.assertPrivileged(WHAT);
  ctx.project.db.transaction(() => {
    if (table.deleteTrainingSet(ctx.project.db, { id }) === 0)
      throw new ServiceError('not-found', `no training set with id ${id}`);
  });
}

/**
 * A trainee's submitted transcripts against the given keys. Keys the acting coder may not see (a trainee
 * before submitting) are listed as pending, never compared.
 */
export function traineeReportFor(
  ctx: ServiceContext,
  traineeId: string,
  keys: ReadonlyArray<{ transcriptId: string; coderId: string }>,
): TraineeReport {
  const { access, project: store } = ctx;
  const settings = access.settings;
  const trainee = store.listCoders().find((c) => c.id === traineeId);
  if (!trainee) throw new ServiceError('not-found', `no coder with id ${traineeId}`);
  const own = keys.filter((k) => k.coderId !== traineeId);
  const hiddenKeys: Array<{ transcriptId: string; title: string; reason: string }> = [];
  const visibleKeys = own.filter((k) => {
    const why = access.hiddenReason(k.coderId, k.transcriptId) ?? access.hiddenReason(traineeId, k.transcriptId);
    if (why)
      hiddenKeys.push({ transcriptId: k.transcriptId, title: store.getTranscript(k.transcriptId).title, reason: why });
    return !why;
  });
  const coderIds = [...new Set([traineeId, ...visibleKeys.map((k) => k.coderId)])];
  const transcriptIds = [...new Set(visibleKeys.map((k) => k.transcriptId))];
  const g = transcriptIds.length ? gatherVisible(ctx, { transcriptIds, coderIds }, true) : null;
  const input: ProjectAgreementInput = g?.input ?? {
    codebook: store.activeCodebook().codebook,
    codebookKey: store.activeCodebook().key,
    transcripts: [],
    coders: [{ id: trainee.id, name: trainee.name, role: trainee.role }],
    annotations: [],
    ratings: [],
    classifications: [],
    statuses: [],
  };
  const report = computeTraineeReport(input, {
    traineeId,
    keys: visibleKeys,
    level: settings.passLevel,
    threshold: settings.passThreshold,
    statistic: settings.passStatistic,
  });
  report.pending.push(...hiddenKeys);
  return report;
}

export function reportSet(ctx: ServiceContext, id: string): TrainingSetReport {
  const set = getSet(ctx, id);
  const a = ctx.access;
  if (!a.isPrivileged() && !set.trainees.some((t) => t.id === a.coder?.id))
    throw new ServiceError('not-found', `no training set with id ${id}`);
  // The keys as stored: a trainee's view of the set carries none, but their report compares with them.
  const keys = table
    .listTrainingItems(ctx.project.db)
    .flatMap((i) =>
      i.setId === id && i.keyCoderId !== null ? [{ transcriptId: i.transcriptId, coderId: i.keyCoderId }] : [],
    );
  const noKey = set.items.filter((i) => !keys.some((k) => k.transcriptId === i.transcriptId));
  const reports = set.trainees.map((t) => {
    const r = traineeReportFor(ctx, t.id, keys);
    r.pending.push(
      ...noKey.map((i) => ({ transcriptId: i.transcriptId, title: i.title, reason: 'no key chosen yet' })),
    );
    return r;
  });
  return { set, reports };
}
