import { CODING_FILE_FORMAT, CODING_FILE_VERSION, type CodingFile } from '../../../shared/api/coding.ts';
import type { CodingStore } from '../coding-store.ts';
import { codebookKeysUsed } from '../db/tables/codebooks.ts';
import type { ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import { hasCoding, snapshot } from './coding-snapshot.ts';

/**
 * One coder's coding as an `.attune-coding` file: the chosen transcripts, or every transcript they have
 * coded. The file names one codebook version, so coding under any other version is refused.
 */
export function exportCoding(
  store: ProjectStore,
  coding: CodingStore,
  opts: { coderId: string; transcriptIds?: string[] | undefined; includeText: boolean; attuneVersion: string },
): { fileName: string; content: string } {
  const coder = store.listCoders().find((c) => c.id === opts.coderId);
  if (!coder) throw new ServiceError('not-found', `no coder with id ${opts.coderId}`);
  const all = store.listTranscripts();
  const chosen = opts.transcriptIds
    ? opts.transcriptIds.map((id) => {
        const t = all.find((x) => x.id === id);
        if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
        return t;
      })
    : all.filter((t) => hasCoding(snapshot(store, coding, t.id, coder.id)));
  if (chosen.length === 0)
    throw new ServiceError('validation', `${coder.name} has not coded any transcript yet: nothing to export`);
  const active = store.activeCodebook().key;
  const used = codebookKeysUsed(store.db, { coderId: coder.id, transcriptIds: chosen.map((t) => t.id) });
  const other = used.filter((k) => k !== active);
  if (other.length > 0)
    throw new ServiceError(
      'conflict',
      `${coder.name}'s coding uses codebook ${other.join(', ')} but the active codebook is ${active}; export works on one codebook version at a time`,
    );
  const file: CodingFile = {
    format: CODING_FILE_FORMAT,
    version: CODING_FILE_VERSION,
    exportedAt: new Date().toISOString(),
    attuneVersion: opts.attuneVersion,
    coder: { id: coder.id, name: coder.name, role: coder.role },
    codebook: { key: active },
    transcripts: chosen.map((t) => ({
      hash: t.hash,
      title: t.title,
      characters: t.characters,
      ...(opts.includeText ? { text: store.transcriptText(t.id) } : {}),
      ...snapshot(store, coding, t.id, coder.id),
    })),
  };
  const safeName = coder.name.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'coder';
  return {
    fileName: `${safeName}-${new Date().toISOString().slice(0, 10)}.attune-coding`,
    content: JSON.stringify(file, null, 1),
  };
}
