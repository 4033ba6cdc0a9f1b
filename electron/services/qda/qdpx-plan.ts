import type { QdaSkipped } from '../../../shared/api/qda.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import { codePointOffsets, mapSpan, normalizeWithMap } from '../../../shared/transcript/normalize-map.ts';
import { cleanLine, cleanText } from '../../../shared/text/clean-text.ts';
import { checkCoderName, nameSkeleton } from '../../../shared/text/coder-name.ts';
import { MAX_TEXT_BYTES } from '../import/decode.ts';
import { textHash, type ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import { metadataRecord } from '../transcript-import.ts';
import { mapCodes, type CodeMapping } from './code-mapping.ts';
import { normalGuid } from './guid.ts';
import type { QdaProject, QdaSelection, QdaTextSource } from './qde-read.ts';
import { readSourceText, type QdpxArchive } from './qdpx-archive.ts';

/** One highlight to make: a coding of a selection, carried onto the normalised text. */
export interface PlannedAnnotation {
  id: string;
  coder: string;
  codeGuid: string;
  start: number;
  end: number;
  note: string;
  createdAt: string | undefined;
  updatedAt: string | undefined;
}

export interface PlannedSource {
  name: string;
  title: string;
  text: string;
  existing: TranscriptSummary | null;
  metadata: Record<string, string>;
  annotations: PlannedAnnotation[];
  /** Coder name → memo text (the source's notes, by their authors). */
  memos: Map<string, string>;
  selectionsImported: number;
}

export interface ImportPlan {
  project: QdaProject;
  sources: PlannedSource[];
  /** Coder names used, with the file users they came from. */
  coders: Map<string, { fromUser: boolean; highlights: number }>;
  codes: CodeMapping;
  selections: { total: number; imported: number };
  skipped: QdaSkipped[];
}

const DOC_EXT = /\.(txt|docx?|rtf|odt|pdf|html?)$/i;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const label = (s: { name: string }, kind: string) =>
  s.name ? `${kind} “${clip(s.name, 60)}”` : `a ${kind} without a name`;

/** A user's name as a coder's: the rules every coder name follows (NFKC, nothing invisible), else refused. */
function coderName(fileName: string, raw: string): string {
  const checked = checkCoderName(raw);
  if (!checked.ok) throw new ServiceError('validation', `${fileName}: the user "${raw}": ${checked.problem}`);
  return checked.name;
}

/** Who a coding belongs to: its creatingUser, else its selection's, else a coder named after the file's origin. */
function coderResolver(
  project: QdaProject,
  fileName: string,
): (...guids: (string | undefined)[]) => { name: string; fromUser: boolean } {
  const users = new Map(project.users.map((u) => [u.guid, u]));
  const originCoder = coderName(fileName, clip((project.origin ?? '').trim() || 'Imported', 80));
  return (...guids) => {
    for (const g of guids) {
      if (!g) continue;
      const u = users.get(g);
      const raw = (u?.name?.trim() || u?.id?.trim() || `User ${g.slice(0, 8).toUpperCase()}`).slice(0, 80);
      return { name: coderName(fileName, raw), fromUser: true };
    }
    return { name: originCoder, fromUser: false };
  };
}

/** A user whose name only looks like a coder's (Cyrillic С for Latin C) would be taken for them: refused. */
function refuseLookAlikes(store: ProjectStore, fileName: string, names: Iterable<string>): void {
  const existing = store.listCoders();
  for (const name of names) {
    if (existing.some((c) => c.name.toLowerCase() === name.toLowerCase())) continue;
    const alike = existing.find((c) => nameSkeleton(c.name) === nameSkeleton(name));
    if (alike)
      throw new ServiceError(
        'validation',
        `${fileName}: the user "${name}" looks the same as this project's coder "${alike.name}" but is spelled differently; rename the user in the file so it can be told apart`,
      );
  }
}

/** The text of the notes referred to, each once, in order. */
function noteTexts(project: QdaProject, refs: string[]): string[] {
  return [...new Set(refs)].map((r) => cleanText(project.notes.get(r)?.text ?? '').trim()).filter((t) => t !== '');
}

function checkSelection(
  fileName: string,
  src: QdaTextSource,
  s: QdaSelection,
  length: number,
  codeGuids: Set<string>,
): void {
  if (s.start < 0 || s.end < 0 || s.start > length || s.end > length || s.end < s.start)
    throw new ServiceError(
      'validation',
      `${fileName}: a selection in ${label(src, 'source')} runs from ${s.start} to ${s.end}, outside its ${length} characters.`,
    );
  for (const c of s.codings)
    if (!codeGuids.has(c.code))
      throw new ServiceError(
        'validation',
        `${fileName}: a coding in ${label(src, 'source')} refers to code ${c.code}, which the file's codebook does not hold.`,
      );
}

/** The source's variables from its cases and its own VariableValues, as transcript metadata. */
function metadataOf(project: QdaProject, src: QdaTextSource): Record<string, string> {
  const values = [
    ...project.cases.filter((c) => c.sources.includes(src.guid)).flatMap((c) => c.values),
    ...src.variables,
  ];
  const fields: Record<string, string> = {};
  const core: Record<string, string> = {};
  for (const v of values) {
    const name = project.variables.get(v.variable);
    if (!name || !v.value) continue;
    if (name === 'participantCode' || name === 'interviewDate' || name === 'interviewer')
      core[name] = cleanLine(v.value).slice(0, 500);
    else fields[cleanLine(name).trim().slice(0, 80)] = cleanLine(v.value).slice(0, 2000);
  }
  return metadataRecord({ ...core, fields });
}

async function planSource(
  store: ProjectStore,
  fileName: string,
  archive: QdpxArchive,
  src: QdaTextSource,
  ctx: { codeGuids: Set<string>; coderOf: ReturnType<typeof coderResolver>; skipped: QdaSkipped[]; seen: Set<string> },
): Promise<PlannedSource | null> {
  const { project } = archive;
  const read = await readSourceText(archive, src);
  const what = label(src, 'source');
  const count = src.selections.reduce((n, s) => n + s.codings.length, 0);
  if (!read.ok) {
    ctx.skipped.push({ what, why: `${read.why}${count ? ` (${count} coding(s) not imported)` : ''}` });
    return null;
  }
  const cps = codePointOffsets(read.text);
  const length = cps.length - 1;
  for (const s of src.selections) checkSelection(fileName, src, s, length, ctx.codeGuids);
  const norm = normalizeWithMap(read.text);
  if (!norm) throw new ServiceError('internal', `${fileName}: the text of ${what} could not be normalised with a map`);
  if (norm.text.trim() === '') {
    ctx.skipped.push({ what, why: 'it holds no text' });
    return null;
  }
  if (Buffer.byteLength(norm.text, 'utf8') > MAX_TEXT_BYTES) {
    ctx.skipped.push({ what, why: 'its text is over 5 MB, the limit for one transcript' });
    return null;
  }
  const annotations: PlannedAnnotation[] = [];
  let selectionsImported = 0;
  for (const s of src.selections) {
    const sel = `a selection (${s.start}–${s.end}) in ${what}`;
    if (s.codings.length === 0) {
      ctx.skipped.push({ what: sel, why: 'it has no code, and every Attune highlight has one' });
      continue;
    }
    if (s.start === s.end) {
      ctx.skipped.push({ what: sel, why: 'it is empty' });
      continue;
    }
    const span = mapSpan(norm, cps[s.start]!, cps[s.end]!);
    if (!span.ok) {
      ctx.skipped.push({ what: sel, why: `it cannot be placed on the normalised text: ${span.why}` });
      continue;
    }
    const base = [cleanText(s.description).trim(), ...noteTexts(project, s.noteRefs)].filter((t) => t !== '');
    selectionsImported++;
    for (const c of s.codings) {
      const id = normalGuid(c.guid);
      if (ctx.seen.has(id)) {
        ctx.skipped.push({ what: `coding ${c.guid}`, why: 'its GUID is used twice in the file' });
        continue;
      }
      ctx.seen.add(id);
      const coder = ctx.coderOf(c.creatingUser, s.creatingUser);
      const note = [...base, ...noteTexts(project, c.noteRefs)].join('\n\n').slice(0, 20_000);
      annotations.push({
        id,
        coder: coder.name,
        codeGuid: c.code,
        start: span.start,
        end: span.end,
        note,
        createdAt: c.creationDateTime ?? s.creationDateTime,
        updatedAt: s.modifiedDateTime ?? c.creationDateTime ?? s.creationDateTime,
      });
    }
  }
  const memos = new Map<string, string>();
  for (const ref of [...new Set(src.noteRefs)]) {
    const note = project.notes.get(ref);
    const text = cleanText(note?.text ?? '').trim();
    if (!note || !text) continue;
    const coder = ctx.coderOf(note.creatingUser, src.creatingUser).name;
    memos.set(coder, [memos.get(coder), text].filter(Boolean).join('\n\n').slice(0, 200_000));
  }
  const existing = store.findTranscriptByHash(textHash(norm.text));
  return {
    name: src.name,
    title: clip(cleanLine(src.name).replace(DOC_EXT, '').trim() || 'Untitled source', 200),
    text: norm.text,
    existing,
    metadata: existing ? {} : metadataOf(project, src),
    annotations,
    memos,
    selectionsImported,
  };
}

/** Everything the import would do, worked out without writing: the preview shows it, the import applies it. */
export async function planImport(
  store: ProjectStore,
  fileName: string,
  archive: QdpxArchive,
  active: Codebook,
): Promise<ImportPlan> {
  const { project } = archive;
  const skipped: QdaSkipped[] = [...project.unsupported];
  const ctx = {
    codeGuids: new Set(project.codes.map((c) => c.guid)),
    coderOf: coderResolver(project, fileName),
    skipped,
    seen: new Set<string>(),
  };
  for (const o of project.otherSources)
    skipped.push({
      what: `${o.kind} source “${clip(o.name, 60)}”`,
      why: `Attune codes text only${o.codings ? ` (${o.codings} coding(s) not imported)` : ''}`,
    });
  const sources: PlannedSource[] = [];
  for (const src of project.textSources) {
    const planned = await planSource(store, fileName, archive, src, ctx);
    if (planned) sources.push(planned);
  }
  const used = new Set(sources.flatMap((s) => s.annotations.map((a) => a.codeGuid)));
  const codes = mapCodes(active, project.codes, used);
  skipped.push(...codes.skipped);
  const coders = new Map<string, { fromUser: boolean; highlights: number }>();
  const coderOf = coderResolver(project, fileName);
  for (const u of project.users) coders.set(coderOf(u.guid).name, { fromUser: true, highlights: 0 });
  for (const s of sources) {
    for (const a of s.annotations) {
      const c = coders.get(a.coder) ?? { fromUser: false, highlights: 0 };
      c.highlights++;
      coders.set(a.coder, c);
    }
    for (const name of s.memos.keys()) if (!coders.has(name)) coders.set(name, { fromUser: false, highlights: 0 });
  }
  refuseLookAlikes(store, fileName, coders.keys());
  const total = project.textSources.reduce((n, s) => n + s.selections.length, 0);
  return {
    project,
    sources,
    coders,
    codes,
    selections: { total, imported: sources.reduce((n, s) => n + s.selectionsImported, 0) },
    skipped,
  };
}
