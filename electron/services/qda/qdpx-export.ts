import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { QdaFile } from '../../../shared/api/qda.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import { utf16ToCodePoints } from '../../../shared/transcript/normalize-map.ts';
import * as memos from '../db/tables/memos.ts';
import type { ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import { codeTree, projectGuids, writeCodes } from './qda-codebook.ts';
import { PROJECT_NS } from './qda-schema.ts';
import { XmlWriter } from './xml-writer.ts';

/** What the acting coder may see: the handler passes the access rules in, so the export holds no more. */
export interface ExportView {
  canSee(coderId: string, transcriptId: string): boolean;
  metadata(meta: Record<string, string>): Record<string, string>;
  text(text: string): string;
}

interface SourceOut {
  t: TranscriptSummary;
  guid: string;
  text: string;
  metadata: Record<string, string>;
  annotations: Annotation[];
  memos: { coder: Coder; text: string; updatedAt: string }[];
}

const excerpt = (text: string, a: Annotation) => {
  const s = text.slice(a.start, a.end).replace(/\s+/g, ' ').trim();
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
};
const CORE_ORDER = ['participantCode', 'interviewDate', 'interviewer'];

function chooseTranscripts(store: ProjectStore, ids: string[] | undefined): TranscriptSummary[] {
  const all = store.listTranscripts();
  if (!ids) return all;
  return ids.map((id) => {
    const t = all.find((x) => x.id === id);
    if (!t) throw new ServiceError('not-found', `no transcript with id ${id}`);
    return t;
  });
}

function writeSource(
  w: XmlWriter,
  s: SourceOut,
  ids: { user: Map<string, string>; code: (a: Annotation) => string; guid: ReturnType<typeof projectGuids> },
): void {
  const cp = utf16ToCodePoints(s.text);
  w.open('TextSource', {
    guid: s.guid,
    name: s.t.title,
    plainTextPath: `internal://${s.guid}.txt`,
    creationDateTime: s.t.importedAt,
  });
  for (const a of s.annotations) {
    w.open('PlainTextSelection', {
      guid: ids.guid('selection', a.id),
      name: excerpt(s.text, a),
      startPosition: cp[a.start],
      endPosition: cp[a.end],
      creatingUser: ids.user.get(a.coderId),
      creationDateTime: a.createdAt,
      modifyingUser: ids.user.get(a.coderId),
      modifiedDateTime: a.updatedAt,
    });
    w.open('Coding', {
      guid: ids.guid('coding', a.id),
      creatingUser: ids.user.get(a.coderId),
      creationDateTime: a.createdAt,
    });
    w.empty('CodeRef', { targetGUID: ids.code(a) });
    w.close('Coding');
    if (a.note.trim()) w.empty('NoteRef', { targetGUID: ids.guid('note', a.id) });
    w.close('PlainTextSelection');
  }
  for (const m of s.memos) w.empty('NoteRef', { targetGUID: ids.guid('memo', `${s.t.id}:${m.coder.id}`) });
  w.close('TextSource');
}

/**
 * The project as a .qdpx: project.qde (valid against the REFI-QDA project schema) and every transcript as
 * sources/<guid>.txt in UTF-8. Positions are converted from UTF-16 units to code points.
 */
export async function exportQdpx(
  store: ProjectStore,
  opts: { transcriptIds?: string[] | undefined; coderIds?: string[] | undefined; version: string; view: ExportView },
): Promise<QdaFile> {
  const guid = projectGuids(store);
  const allCoders = store.listCoders();
  for (const id of opts.coderIds ?? [])
    if (!allCoders.some((c) => c.id === id)) throw new ServiceError('not-found', `no coder with id ${id}`);
  const wanted = (c: Coder) => !opts.coderIds || opts.coderIds.includes(c.id);
  const sources: SourceOut[] = chooseTranscripts(store, opts.transcriptIds).map((t) => {
    const visible = allCoders.filter((c) => wanted(c) && opts.view.canSee(c.id, t.id));
    const ids = new Set(visible.map((c) => c.id));
    return {
      t,
      guid: guid('source', t.id),
      text: opts.view.text(store.transcriptText(t.id)),
      metadata: opts.view.metadata(store.getTranscript(t.id).metadata),
      annotations: store.listAnnotations(t.id).filter((a) => ids.has(a.coderId)),
      memos: visible.flatMap((coder) => {
        const m = memos.getMemo(store.db, { transcriptId: t.id, coderId: coder.id });
        return m && m.text.trim() ? [{ coder, text: m.text, updatedAt: m.updatedAt }] : [];
      }),
    };
  });
  if (sources.length === 0) throw new ServiceError('validation', 'the project has no transcripts to export');
  const coders = allCoders.filter((c) => wanted(c) && sources.some((s) => opts.view.canSee(c.id, s.t.id)));
  const user = new Map(coders.map((c) => [c.id, guid('user', c.id)]));

  const active = store.activeCodebook();
  const keys = [...new Set(sources.flatMap((s) => s.annotations.map((a) => a.codebookKey)))].filter(
    (k) => k !== active.key,
  );
  const books: Codebook[] = [active.codebook, ...keys.map((k) => store.getCodebook(k).codebook)];
  const tree = codeTree(books, guid);
  const bookOf = new Map([[active.key, active.codebook.id], ...keys.map((k, i) => [k, books[i + 1]!.id] as const)]);
  const code = (a: Annotation) => tree.guidOf.get(`${bookOf.get(a.codebookKey)}:${a.codeId}`)!;

  const w = new XmlWriter();
  w.open('Project', {
    xmlns: PROJECT_NS,
    name: store.name,
    origin: `Attune ${opts.version}`,
    creationDateTime: new Date().toISOString(),
  });
  if (coders.length > 0) {
    w.open('Users');
    for (const c of coders) w.empty('User', { guid: user.get(c.id), name: c.name, id: c.id });
    w.close('Users');
  }
  if (tree.groups.length > 0) {
    w.open('CodeBook');
    writeCodes(w, tree);
    w.close('CodeBook');
  }
  writeCases(w, sources, guid);
  w.open('Sources');
  for (const s of sources) writeSource(w, s, { user, code, guid });
  w.close('Sources');
  const notes = writeNotes(w, sources, {
    user,
    guid,
    codeLabel: (a) => books.flatMap((b) => b.codes).find((c) => c.id === a.codeId)?.label ?? a.codeId,
  });
  w.close('Project');

  const { default: JSZip } = await import('jszip'); // loaded on first use
  const zip = new JSZip();
  const date = new Date('2020-01-01T00:00:00Z'); // fixed, so two exports of the same project are the same bytes inside
  zip.file('project.qde', w.toString(), { date });
  for (const s of sources) zip.file(`sources/${s.guid}.txt`, s.text, { date });
  const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return {
    fileName: `${store.name.replace(/[^\w.-]+/g, '-').replace(/^-+|-+$/g, '') || 'project'}-${new Date().toISOString().slice(0, 10)}.qdpx`,
    contentBase64: Buffer.from(bytes).toString('base64'),
    counts: {
      transcripts: sources.length,
      coders: coders.length,
      codes: tree.guidOf.size,
      annotations: sources.reduce((n, s) => n + s.annotations.length, 0),
      notes,
    },
  };
}

/** Transcript metadata: one Variable per field, a Case per transcript holding its values and its source. */
function writeCases(w: XmlWriter, sources: SourceOut[], guid: ReturnType<typeof projectGuids>): void {
  const names = [...new Set(sources.flatMap((s) => Object.keys(s.metadata)))].sort(
    (a, b) => (CORE_ORDER.indexOf(a) + 1 || 99) - (CORE_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  if (names.length > 0) {
    w.open('Variables');
    for (const n of names) w.empty('Variable', { guid: guid('variable', n), name: n, typeOfVariable: 'Text' });
    w.close('Variables');
  }
  w.open('Cases');
  for (const s of sources) {
    w.open('Case', { guid: guid('case', s.t.id), name: s.t.title });
    for (const n of names) {
      const v = s.metadata[n];
      if (v === undefined || v === '') continue;
      w.open('VariableValue')
        .empty('VariableRef', { targetGUID: guid('variable', n) })
        .text('TextValue', v)
        .close('VariableValue');
    }
    w.empty('SourceRef', { targetGUID: s.guid });
    w.close('Case');
  }
  w.close('Cases');
}

/** Highlight notes and memos as Notes, referred to from their selection or source. */
function writeNotes(
  w: XmlWriter,
  sources: SourceOut[],
  ids: { user: Map<string, string>; guid: ReturnType<typeof projectGuids>; codeLabel: (a: Annotation) => string },
): number {
  const notes = sources.flatMap((s) => [
    ...s.annotations
      .filter((a) => a.note.trim())
      .map((a) => ({
        guid: ids.guid('note', a.id),
        name: `Note on a highlight (${ids.codeLabel(a)}) in ${s.t.title}`,
        coderId: a.coderId,
        created: a.createdAt,
        modified: a.updatedAt,
        text: a.note,
      })),
    ...s.memos.map((m) => ({
      guid: ids.guid('memo', `${s.t.id}:${m.coder.id}`),
      name: `Memo by ${m.coder.name} on ${s.t.title}`,
      coderId: m.coder.id,
      created: m.updatedAt,
      modified: m.updatedAt,
      text: m.text,
    })),
  ]);
  if (notes.length === 0) return 0;
  w.open('Notes');
  for (const n of notes)
    w.open('Note', {
      guid: n.guid,
      name: n.name,
      creatingUser: ids.user.get(n.coderId),
      creationDateTime: n.created,
      modifiedDateTime: n.modified,
    })
      .text('PlainTextContent', n.text)
      .close('Note');
  w.close('Notes');
  return notes.length;
}
