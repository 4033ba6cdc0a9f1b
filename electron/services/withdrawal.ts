// Withdrawal: deleting a transcript (a participant withdrew, a wrong import) or a coder with everything
// attached. Final once done: the rows go in one transaction with secure_delete on (freed pages are
// zeroed), the journal is folded in and truncated, the file is vacuumed, and the copies Attune made
// before upgrading the file (which hold the same data) are erased.
import { closeSync, fsyncSync, openSync, readdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import { withdrawalSummary, type WithdrawalPreview, type WithdrawalResult } from '../../shared/api/withdrawal.ts';
import type { Access } from './access.ts';
import { recordAudit } from './audit.ts';
import * as transcripts from './db/tables/transcripts.ts';
import * as table from './db/tables/withdrawal.ts';
import type { ProjectStore } from './project-store.ts';
import { ServiceError } from './service-error.ts';

/** Deleting is a lead's act, over the API as in the UI (the command line, holding the file, acts as no coder). */
export function assertMayWithdraw(access: Access, what: string): void {
  const acting = access.coder;
  if (acting?.role !== 'lead')
    throw new ServiceError(
      'refused',
      acting
        ? `only a lead deletes ${what}; you are coding as ${acting.name} (${acting.role})`
        : `deleting ${what} needs a lead as the acting coder`,
    );
}

/** The pre-upgrade copies beside the project (`NAME.attune.bak-vN-…`, see project-file.ts). */
export function backupCopies(path: string): string[] {
  const prefix = `${basename(path)}.bak-v`;
  try {
    return readdirSync(dirname(path))
      .filter((f) => f.startsWith(prefix))
      .sort();
  } catch {
    return [];
  }
}

/** Overwrite with zeros, then unlink: on a disk that writes in place, the old bytes do not stay behind. */
function eraseFile(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    const zeros = Buffer.alloc(Math.min(size, 1 << 20));
    for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  unlinkSync(path);
}

function requireTranscriptTitle(store: ProjectStore, id: string): string {
  const s = transcripts.getTranscriptSummary(store.db, { id });
  if (!s) throw new ServiceError('not-found', `no transcript with id ${id}`);
  return s.title;
}

function requireCoder(store: ProjectStore, id: string): Coder {
  const c = store.listCoders().find((x) => x.id === id);
  if (!c) throw new ServiceError('not-found', `no coder with id ${id}`);
  return c;
}

function preview(p: Omit<WithdrawalPreview, 'summary'>): WithdrawalPreview {
  return { ...p, summary: withdrawalSummary(p) };
}

export function transcriptWithdrawal(store: ProjectStore, id: string): WithdrawalPreview {
  const name = requireTranscriptTitle(store, id);
  const { coders, ...counts } = table.countTranscriptWithdrawal(store.db, { transcriptId: id });
  return preview({ kind: 'transcript', id, name, counts, spread: coders, backups: backupCopies(store.path) });
}

export function coderWithdrawal(store: ProjectStore, id: string): WithdrawalPreview {
  const { name } = requireCoder(store, id);
  const { transcripts: spread, ...counts } = table.countCoderWithdrawal(store.db, { coderId: id });
  return preview({ kind: 'coder', id, name, counts, spread, backups: backupCopies(store.path) });
}

function assertConfirmed(p: WithdrawalPreview, confirm: string): void {
  if (confirm.trim() !== p.name.trim())
    throw new ServiceError(
      'validation',
      `to delete ${p.kind === 'transcript' ? 'the transcript' : 'the coder'} "${p.name}", confirm with exactly that ${
        p.kind === 'transcript' ? 'title' : 'name'
      }; nothing was deleted`,
    );
}

/** Run the deletion with secure_delete on, then scrub the file, its journal and the backups. */
function withdraw(store: ProjectStore, p: WithdrawalPreview, remove: () => void): WithdrawalResult {
  if (store.db.readonly)
    throw new ServiceError('read-only', `${basename(store.path)} is read-only here: nothing can be deleted`);
  const was = table.setSecureDelete(store.db, true);
  try {
    store.db.transaction(() => {
      remove();
      const broken = table.foreignKeyProblems(store.db);
      if (broken.length)
        throw new ServiceError(
          'internal',
          `deleting would leave ${broken.length} rows pointing nowhere; nothing was deleted`,
        );
    });
    const { walBusy } = table.scrubFreedPages(store.db);
    for (const b of p.backups) eraseFile(join(dirname(store.path), b));
    return { ...p, journalEmptied: !walBusy };
  } finally {
    table.setSecureDelete(store.db, was);
  }
}

/** Counts as audit detail: numbers only, never titles or text. */
const countDetail = (p: WithdrawalPreview): Record<string, string> =>
  Object.fromEntries([...Object.entries(p.counts), ['spread', p.spread]].map(([k, v]) => [k, String(v)]));

export function deleteTranscript(
  store: ProjectStore,
  actor: Coder | null,
  a: { id: string; confirm: string },
): WithdrawalResult {
  const p = transcriptWithdrawal(store, a.id);
  assertConfirmed(p, a.confirm);
  return withdraw(store, p, () => {
    if (table.deleteTranscriptRows(store.db, { transcriptId: a.id }) !== 1)
      throw new ServiceError('not-found', `no transcript with id ${a.id}`);
    recordAudit(store.db, {
      action: 'transcript-deleted',
      actorId: actor?.id ?? null,
      subjectId: a.id,
      detail: countDetail(p),
    });
  });
}

export function deleteCoder(
  store: ProjectStore,
  actor: Coder | null,
  a: { id: string; confirm: string },
): WithdrawalResult {
  const p = coderWithdrawal(store, a.id);
  assertConfirmed(p, a.confirm);
  if (actor?.id === a.id)
    throw new ServiceError('refused', 'you cannot delete the coder you are coding as: choose another lead first');
  const all = store.listCoders();
  if (all.find((c) => c.id === a.id)?.role === 'lead' && !all.some((c) => c.role === 'lead' && c.id !== a.id))
    throw new ServiceError('validation', `${p.name} is the project's only lead: make another coder lead first`);
  return withdraw(store, p, () => {
    // Written first, so the entry names the coder while the row still exists.
    recordAudit(store.db, {
      action: 'coder-deleted',
      actorId: actor?.id ?? null,
      subjectId: a.id,
      detail: countDetail(p),
    });
    if (table.deleteCoderRows(store.db, { coderId: a.id }) !== 1)
      throw new ServiceError('not-found', `no coder with id ${a.id}`);
  });
}
