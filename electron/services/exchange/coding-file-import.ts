import type { CodingImportReport } from '../../../shared/api/coding.ts';
import { countWords } from '../../../shared/transcript/normalize.ts';
import type { CodingStore } from '../coding-store.ts';
import * as annotations from '../db/tables/annotations.ts';
import * as classifications from '../db/tables/classifications.ts';
import * as events from '../db/tables/events.ts';
import * as memos from '../db/tables/memos.ts';
import * as ratings from '../db/tables/ratings.ts';
import * as statuses from '../db/tables/statuses.ts';
import type { ProjectStore } from '../project-store.ts';
import { checkCodingFile, type ResolvedTranscript } from './coding-file-check.ts';
import { snapshot, type CodingSnapshot } from './coding-snapshot.ts';
import { emptyReport } from './import-report.ts';
import { roleWarning, type FileCoder } from './coding-file-coder.ts';
import { ServiceError } from '../service-error.ts';
import { recordAudit } from '../audit.ts';
import * as study from '../db/tables/study.ts';

const now = () => new Date().toISOString();

/** The file's coder as this project knows them: added (never with a privileged role) when new. */
function fileCoder(store: ProjectStore, c: FileCoder): { id: string; name: string } {
  if (c.kind === 'existing') return c;
  return store.createCoder(c.name, c.role, c.id);
}

/** Counts what the file adds, changes and removes relative to what the project held. */
function countChanges(report: CodingImportReport, before: CodingSnapshot, incoming: CodingSnapshot): void {
  const beforeIds = new Map(before.annotations.map((a) => [a.id, JSON.stringify(a)]));
  for (const a of incoming.annotations) {
    if (!beforeIds.has(a.id)) report.annotationsAdded++;
    else if (beforeIds.get(a.id) !== JSON.stringify(a)) report.annotationsUpdated++;
  }
  const incomingIds = new Set(incoming.annotations.map((a) => a.id));
  report.annotationsRemoved += before.annotations.filter((a) => !incomingIds.has(a.id)).length;
}

/** Replaces one coder's coding of one transcript with the file's (the caller holds the transaction). */
function writeSnapshot(
  store: ProjectStore,
  owner: { transcriptId: string; coderId: string },
  codebookKey: string,
  incoming: CodingSnapshot,
): void {
  const { db } = store;
  ratings.deleteCoderRatings(db, owner);
  annotations.deleteCoderAnnotations(db, owner);
  events.deleteCoderEvents(db, owner);
  classifications.deleteClassification(db, owner);
  memos.deleteMemo(db, owner);
  statuses.deleteStatus(db, owner);
  for (const e of incoming.events) events.insertEvent(db, { ...e, ...owner });
  for (const a of incoming.annotations) store.createAnnotation({ ...a, ...owner, codebookKey });
  for (const r of incoming.ratings) {
    ratings.insertRating(db, { ...r, ...owner, codebookKey, origin: null, rationale: '' });
    for (const annotationId of r.links)
      ratings.insertRatingLink(
        db,
        { ...owner, scaleId: r.scaleId, target: r.target, annotationId },
        { ignoreDuplicate: false },
      );
  }
  const c = incoming.classification;
  if (c) classifications.upsertClassification(db, { ...c, ...owner, codebookKey, origin: null, rationale: '' });
  if (incoming.memo) memos.upsertMemo(db, { ...owner, text: incoming.memo, updatedAt: now() });
  if (incoming.status.status !== 'not-started' || incoming.status.submittedAt)
    statuses.upsertStatus(db, { ...owner, ...incoming.status, updatedAt: now() });
}

/** Brings one transcript of the file in: adds its text when needed, then its coding unless unchanged. */
function importTranscript(
  store: ProjectStore,
  coding: CodingStore,
  r: ResolvedTranscript,
  ctx: { fileName: string; coderId: string; codebookKey: string; report: CodingImportReport },
): string {
  const { report } = ctx;
  let transcriptId = r.id;
  if (transcriptId === null) {
    const text = r.t.text as string;
    transcriptId = store.insertTranscript({
      title: r.t.title,
      text,
      words: countWords(text),
      sourceName: ctx.fileName,
    }).id;
    report.transcriptsAdded++;
  }
  const before = snapshot(store, coding, transcriptId, ctx.coderId);
  const { hash: _h, title: _t, characters: _c, text: _x, ...incoming } = r.t;
  const same =
    JSON.stringify(before) ===
    JSON.stringify({ ...incoming, ratings: incoming.ratings.map((x) => ({ ...x, links: [...x.links].sort() })) });
  report.transcripts++;
  report.ratings += incoming.ratings.length;
  report.classifications += incoming.classification ? 1 : 0;
  if (same) return transcriptId;
  report.unchanged = false;
  countChanges(report, before, incoming);
  writeSnapshot(store, { transcriptId, coderId: ctx.coderId }, ctx.codebookKey, incoming);
  return transcriptId;
}

/** A returned coding: the file's SHA-256 (as received) and who imported it, for the study's returns and the audit log. */
export interface ReturnRecord {
  fileSha256: string;
  actorId: string | null;
}

/** Records each transcript of an imported file as returned by its coder, and the import in the audit log. */
function recordReturn(
  store: ProjectStore,
  coder: { id: string; name: string },
  ids: string[],
  r: ReturnRecord,
  fileName: string,
): void {
  const returnedAt = new Date().toISOString();
  for (const transcriptId of ids)
    study.upsertReturn(store.db, { transcriptId, coderId: coder.id, returnedAt, fileSha256: r.fileSha256 });
  recordAudit(store.db, {
    action: 'coding-imported',
    actorId: r.actorId,
    subjectId: coder.id,
    detail: { file: fileName, sha256: r.fileSha256, transcripts: String(ids.length) },
  });
}

/**
 * Import one coder's `.attune-coding` file. For each transcript in the file, that coder's coding becomes
 * exactly what the file holds (a snapshot), so importing the same file twice changes nothing and a
 * re-export after deletions removes them here too. Everything is checked first; then one transaction writes.
 */
export function importCodingFile(
  store: ProjectStore,
  coding: CodingStore,
  fileName: string,
  content: string,
  opts: { onlyMatching?: boolean | undefined; returned?: ReturnRecord | undefined } = {},
): CodingImportReport {
  const checked = checkCodingFile(store, fileName, content, opts);
  const { file, resolved } = checked;
  const report = emptyReport(fileName, 'attune-coding');
  const active = store.activeCodebook().key;
  if (file.codebook.key !== active)
    report.warnings.push(
      `${fileName} was coded with codebook ${file.codebook.key}, not the project's active ${active}. The coding is kept under ${file.codebook.key}; agreement uses the active codebook's codes and scales, matched by id.`,
    );
  const role = roleWarning(checked.coder);
  if (role) report.warnings.push(role);
  for (const s of checked.skipped) report.warnings.push(`Left out: ${s.reason}.`);
  report.transcriptsSkipped = checked.skipped.length;
  try {
    store.db.transaction(() => {
      const coder = fileCoder(store, checked.coder);
      report.coders = [coder.name];
      const ctx = { fileName, coderId: coder.id, codebookKey: file.codebook.key, report };
      const ids = resolved.map((r) => importTranscript(store, coding, r, ctx));
      if (opts.returned) recordReturn(store, coder, ids, opts.returned, fileName);
    });
  } catch (e) {
    if (e instanceof ServiceError) throw new ServiceError(e.type, `${fileName}: nothing was imported. ${e.message}`);
    // The checks above should leave nothing for the database to refuse; if it still does, say which file.
    throw new ServiceError(
      'validation',
      `${fileName}: nothing was imported. The project refused an item: ${(e as Error).message}`,
    );
  }
  return report;
}
