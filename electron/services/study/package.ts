import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { CoderRole } from '../../../shared/api/coder.ts';
import type { PackageInfo, PackageWritten } from '../../../shared/api/package.ts';
import type { ProjectSettings } from '../../../shared/api/settings.ts';
import { hiddenHeaderRanges, maskRanges } from '../../../shared/transcript/redact.ts';
import { recordAudit } from '../audit.ts';
import { createProjectFile } from '../db/project-file.ts';
import type { Db } from '../db/database.ts';
import * as meta from '../db/tables/meta.ts';
import * as copy from '../db/tables/package-copy.ts';
import * as study from '../db/tables/study.ts';
import type { ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import { trainingTranscriptsOf } from '../training-sets.ts';
import { encryptWithPassphrase } from './age-file.ts';
import { placeFile } from './place-file.ts';

/** The meta key that marks a project file as a coder package (JSON: PackageInfo). */
export const PACKAGE_META_KEY = 'package';

/**
 * The transcripts a coder's package holds: their rows of the study plan. Other sources (a trainee's
 * training set) extend this list; each returns ids in a stable order.
 */
export const packageSources: ((store: ProjectStore, coderId: string) => string[])[] = [
  (store, coderId) => study.listAssignmentsOfCoder(store.db, { coderId }).map((a) => a.transcriptId),
  // A trainee's practice transcripts; the set's keys never travel (keys are not copied at all).
  (store, coderId) => trainingTranscriptsOf(store, coderId),
];

/** Every transcript to package for a coder; refused, naming `attune plan`, when the project has no plan. */
export function packageTranscriptsOf(store: ProjectStore, coderId: string): string[] {
  const ids = new Set(packageSources.flatMap((source) => source(store, coderId)));
  if (ids.size > 0) return [...ids];
  const name = store.listCoders().find((c) => c.id === coderId)?.name ?? coderId;
  if (!study.getStudyPlan(store.db))
    throw new ServiceError(
      'refused',
      `${store.name} has no study plan, so there is nothing to package: make one first (Study view, or \`attune plan\`)`,
    );
  throw new ServiceError(
    'refused',
    `${name} has no transcripts assigned in the study plan or a training set: nothing to package`,
  );
}

/** `study - Ada.attune` (`.attune.age` when encrypted); characters no file system accepts become "_". */
export function packageFileName(projectName: string, coderName: string, encrypted: boolean): string {
  // eslint-disable-next-line no-control-regex
  const safe = (s: string) => s.replace(/[\u0000-\u001f/\\:*?"<>|]/g, '_').trim();
  return `${safe(projectName)} - ${safe(coderName)}.attune${encrypted ? '.age' : ''}`;
}

/** A lead keeps no power in their package: it holds one coder, who codes. Trainees stay trainees. */
function packageRole(role: CoderRole): CoderRole {
  return role === 'trainee' ? 'trainee' : 'coder';
}

/** Settings a coder needs; nothing that names hidden fields, keys or a reveal. */
function packageSettings(s: ProjectSettings): ProjectSettings {
  return { ...s, revealed: false, trainerMode: false, hiddenMetadataFields: [] };
}

function withoutHidden(metadataJson: unknown, hidden: Set<string>): string {
  const parsed = JSON.parse(typeof metadataJson === 'string' ? metadataJson : '{}') as Record<string, unknown>;
  return JSON.stringify(
    Object.fromEntries(Object.entries(parsed).filter(([k]) => !hidden.has(k.trim().toLowerCase()))),
  );
}

interface Plan {
  coderId: string;
  transcriptIds: string[];
  info: PackageInfo;
}

/** Copies the allowed rows from the lead's project into the fresh package database. */
function fillPackage(source: ProjectStore, target: Db, plan: Plan): { leftOut: number } {
  const ids = JSON.stringify(plan.transcriptIds);
  const coder = copy.readCoderRow(source.db, { coderId: plan.coderId });
  const codebook = copy.readActiveCodebookRow(source.db);
  if (!coder || !codebook) throw new ServiceError('not-found', 'the coder or the active codebook is missing');
  const key = String(codebook.key);
  const settings = source.settings();
  const hidden = new Set(settings.hiddenMetadataFields.map((f) => f.trim().toLowerCase()));
  const transcripts = copy.readTranscriptRows(source.db, { ids }).map((t) => ({
    ...t,
    // Header lines are part of the stored text: a hidden field's value there is masked (same length, so
    // offsets hold) and the hash stays the lead's, so returned coding matches by hash.
    text: maskRanges(String(t.text), hiddenHeaderRanges(String(t.text), settings.hiddenMetadataFields)),
    metadata: withoutHidden(t.metadata, hidden),
  }));
  if (transcripts.length !== plan.transcriptIds.length)
    throw new ServiceError('not-found', 'a transcript to package is not in the project');
  copy.insertRows(target, 'coders', [{ ...coder, role: packageRole(coder.role as CoderRole) }]);
  copy.insertRows(target, 'transcripts', transcripts);
  copy.insertRows(target, 'sections', copy.readSectionRows(source.db, { ids }));
  copy.insertRows(target, 'codebooks', [{ ...codebook, active: 1 }]);
  copy.insertRows(target, 'codes', copy.readCodeRows(source.db, { key }));
  const own = copy.readOwnWork(source.db, { coderId: plan.coderId, ids, key });
  for (const table of [
    'events',
    'annotations',
    'ratings',
    'rating_links',
    'classifications',
    'memos',
    'coding_status',
  ] as const)
    copy.insertRows(target, table, own[table]);
  meta.putMeta(target, { key: 'settings', value: JSON.stringify(packageSettings(settings)) });
  const notice = source.notice;
  if (notice) meta.putMeta(target, { key: 'notice', value: notice });
  meta.putMeta(target, { key: PACKAGE_META_KEY, value: JSON.stringify(plan.info) });
  return { leftOut: copy.countOtherVersionWork(source.db, { coderId: plan.coderId, ids, key }) };
}

const tempBeside = (output: string) =>
  join(dirname(output), `.${basename(output)}.${randomBytes(6).toString('hex')}.tmp`);

/**
 * Write one coder's package: a fresh project file holding only what that coder may have (their
 * transcripts, the active codebook, themselves, their own earlier work), marked as a package, then
 * optionally age-encrypted; written beside the output and moved into place, then audited.
 */
export async function writeCoderPackage(
  store: ProjectStore,
  a: {
    coderId: string;
    transcriptIds: string[];
    output: string;
    passphrase?: string;
    overwrite?: boolean;
    actorId: string | null;
  },
): Promise<PackageWritten> {
  const coder = store.listCoders().find((c) => c.id === a.coderId);
  if (!coder || coder.role === 'consensus') throw new ServiceError('not-found', `no coder with id ${a.coderId}`);
  if (a.transcriptIds.length === 0) throw new ServiceError('refused', `no transcripts to package for ${coder.name}`);
  if (!a.overwrite && existsSync(a.output))
    throw new ServiceError(
      'conflict',
      `${basename(a.output)} already exists: choose another name, or allow replacing it`,
    );
  const info: PackageInfo = {
    originProjectId: meta.getMeta(store.db, { key: 'project_id' }) ?? '',
    originName: store.name,
    coderId: coder.id,
    coderName: coder.name,
    writtenAt: new Date().toISOString(),
    transcripts: a.transcriptIds.length,
  };
  const tmp = tempBeside(a.output);
  // Encrypted: the plain database is built in the system's temp folder, so no plain copy ever touches the
  // output folder (often a USB stick, where an overwritten file's bytes may survive).
  const plain =
    a.passphrase === undefined ? tmp : join(tmpdir(), `attune-package-${randomBytes(8).toString('hex')}.attune`);
  let leftOut = 0;
  try {
    const created = createProjectFile(plain, (db) => {
      leftOut = fillPackage(store, db, { coderId: coder.id, transcriptIds: a.transcriptIds, info }).leftOut;
    });
    copy.useRollbackJournal(created.db);
    created.db.close();
    if (a.passphrase !== undefined)
      writeFileSync(tmp, await encryptWithPassphrase(readFileSync(plain), a.passphrase), { flag: 'wx' });
    placeFile(tmp, a.output, a.overwrite ?? false);
  } finally {
    for (const base of new Set([tmp, plain]))
      for (const f of [base, `${base}-wal`, `${base}-shm`, `${base}-journal`]) rmSync(f, { force: true });
  }
  store.db.transaction(() =>
    recordAudit(store.db, {
      action: 'package-written',
      actorId: a.actorId,
      subjectId: coder.id,
      detail: {
        file: basename(a.output),
        transcripts: String(a.transcriptIds.length),
        encrypted: a.passphrase !== undefined ? 'yes' : 'no',
      },
    }),
  );
  return {
    path: a.output,
    coderId: coder.id,
    coderName: coder.name,
    transcripts: a.transcriptIds.length,
    encrypted: a.passphrase !== undefined,
    leftOut,
  };
}

/** The package marker of an open project, or null for an ordinary project. */
export function packageInfo(store: ProjectStore): PackageInfo | null {
  const raw = meta.getMeta(store.db, { key: PACKAGE_META_KEY });
  if (!raw) return null;
  try {
    return JSON.parse(raw) as PackageInfo;
  } catch {
    return null;
  }
}
