import { randomUUID } from 'node:crypto';
import type { QdaSkipped, QdpxImportResult, QdpxPreview } from '../../../shared/api/qda.ts';
import type { ProjectSettings } from '../../../shared/api/settings.ts';
import * as annotations from '../db/tables/annotations.ts';
import * as coders from '../db/tables/coders.ts';
import * as memos from '../db/tables/memos.ts';
import type { ProjectStore } from '../project-store.ts';
import { insertAnalysedText } from '../transcript-import.ts';
import { openQdpx } from './qdpx-archive.ts';
import { planImport, type ImportPlan } from './qdpx-plan.ts';

/** What never crosses between Attune and REFI-QDA, whatever the file holds (also listed in the README). */
export const NOT_CARRIED = [
  'Rich text formatting (richTextPath): Attune keeps the plain text',
  'Sets, links and graphs',
  'Notes that are not attached to a text source, a selection or a coding',
  'PDF, picture, audio and video sources, and audio or video transcripts',
];

async function plan(store: ProjectStore, fileName: string, bytes: Uint8Array): Promise<ImportPlan> {
  const archive = await openQdpx(fileName, bytes);
  return planImport(store, fileName, archive, store.activeCodebook().codebook);
}

function existingCoder(store: ProjectStore, name: string) {
  return store.listCoders().find((c) => c.name.toLowerCase() === name.toLowerCase());
}

export async function previewQdpx(store: ProjectStore, fileName: string, bytes: Uint8Array): Promise<QdpxPreview> {
  const p = await plan(store, fileName, bytes);
  const fields = new Set(p.sources.flatMap((s) => Object.keys(s.metadata)));
  const skipped = [...p.skipped];
  for (const s of p.sources)
    if (s.existing)
      skipped.push({
        what: `source “${s.name}”`,
        why: `its text is already in the project as “${s.existing.title}”; highlights are added to that transcript`,
      });
  return {
    fileName,
    projectName: p.project.name,
    origin: p.project.origin ?? null,
    sources: p.sources.map((s) => ({
      name: s.name,
      title: s.title,
      characters: s.text.length,
      highlights: s.annotations.length,
      duplicateOf: s.existing?.title ?? null,
    })),
    users: [...p.coders].map(([name, c]) => ({
      name,
      coder: existingCoder(store, name)?.name ?? name,
      exists: existingCoder(store, name) !== undefined,
      highlights: c.highlights,
    })),
    codes: {
      total: p.codes.byGuid.size,
      matched: p.codes.matched,
      added: p.codes.next ? p.codes.next.codes.slice(-p.codes.added).map((c) => c.label) : [],
    },
    selections: p.selections,
    annotations: p.sources.reduce((n, s) => n + s.annotations.length, 0),
    memos: p.sources.reduce((n, s) => n + s.memos.size, 0),
    metadataFields: [...fields],
    skipped,
    notCarried: NOT_CARRIED,
  };
}

/**
 * Import a .qdpx. Everything is read and checked first (planImport refuses a bad file before anything is
 * written); then one transaction writes the codebook version, coders, transcripts, highlights and memos.
 */
export async function importQdpx(
  store: ProjectStore,
  fileName: string,
  bytes: Uint8Array,
  settings: ProjectSettings,
): Promise<QdpxImportResult> {
  const p = await plan(store, fileName, bytes);
  const skipped: QdaSkipped[] = [...p.skipped];
  const now = new Date().toISOString();
  return store.db.transaction(() => {
    const codebook = p.codes.next ? store.saveCodebookVersion(p.codes.next).key : store.activeCodebook().key;
    const coderIds = new Map<string, string>();
    let codersAdded = 0;
    for (const name of p.coders.keys()) {
      let c = existingCoder(store, name);
      if (!c) {
        c = { id: randomUUID(), name, role: 'coder', createdAt: now };
        coders.insertCoder(store.db, c);
        codersAdded++;
      }
      coderIds.set(name, c.id);
    }
    let transcripts = 0;
    let made = 0;
    let memoCount = 0;
    for (const s of p.sources) {
      if (s.existing)
        skipped.push({
          what: `source “${s.name}”`,
          why: `its text is already in the project as “${s.existing.title}”, so it was not imported again; its highlights were added to it`,
        });
      const transcriptId =
        s.existing?.id ??
        insertAnalysedText(store, { title: s.title, text: s.text, sourceName: s.name, metadata: s.metadata, settings })
          .id;
      if (!s.existing) transcripts++;
      for (const a of s.annotations) {
        if (annotations.annotationOwner(store.db, { id: a.id }) !== undefined) {
          skipped.push({ what: `the coding ${a.id}`, why: 'it is already in the project (imported before)' });
          continue;
        }
        store.createAnnotation({
          id: a.id,
          transcriptId,
          coderId: coderIds.get(a.coder)!,
          codeId: p.codes.byGuid.get(a.codeGuid)!,
          codebookKey: codebook,
          start: a.start,
          end: a.end,
          note: a.note,
          createdAt: a.createdAt ?? now,
          updatedAt: a.updatedAt ?? a.createdAt ?? now,
        });
        made++;
      }
      for (const [coder, text] of s.memos) {
        const owner = { transcriptId, coderId: coderIds.get(coder)! };
        const before = memos.getMemo(store.db, owner)?.text ?? '';
        if (before.includes(text)) continue;
        memos.upsertMemo(store.db, { ...owner, text: before ? `${before}\n\n${text}` : text, updatedAt: now });
        memoCount++;
      }
    }
    return {
      transcripts,
      coders: p.coders.size,
      codersAdded,
      codes: p.codes.byGuid.size,
      codesAdded: p.codes.added,
      annotations: made,
      memos: memoCount,
      codebook,
      skipped,
    };
  });
}
