import { codingFileSchema, type CodingFile } from '../../../shared/api/coding.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import { ratingProblem, validateClassification } from '../coding-rules.ts';
import { annotationOwner } from '../db/tables/annotations.ts';
import { formatZodError } from '../dispatcher.ts';
import { textHash, type ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import type { FileTranscript } from './coding-snapshot.ts';
import { nothingImported } from './import-report.ts';

/** A transcript of the file, found in the project by its hash (id null: its text in the file adds it). */
export interface ResolvedTranscript {
  t: FileTranscript;
  id: string | null;
  length: number;
}

function parseCodingFile(fileName: string, content: string): CodingFile {
  let raw: unknown;
  try {
    raw = JSON.parse(content);
  } catch (e) {
    throw new ServiceError('validation', `${fileName}: not a valid .attune-coding file (${(e as Error).message})`);
  }
  const parsed = codingFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new ServiceError(
      'validation',
      `${fileName}: not a valid .attune-coding file: ${formatZodError(parsed.error)}`,
    );
  return parsed.data;
}

/** Resolve transcripts by hash; text carried in the file may add a transcript the project lacks. */
function resolveTranscripts(store: ProjectStore, file: CodingFile, problems: string[]): ResolvedTranscript[] {
  return file.transcripts.map((t) => {
    const existing = store.findTranscriptByHash(t.hash);
    if (existing) return { t, id: existing.id as string | null, length: existing.characters };
    if (t.text !== undefined) {
      if (textHash(t.text) !== t.hash) problems.push(`"${t.title}": the text in the file does not match its hash`);
      return { t, id: null, length: t.text.length };
    }
    problems.push(`"${t.title}" (${t.hash.slice(0, 12)}…) is not in this project`);
    return { t, id: null, length: t.characters };
  });
}

/** What is wrong with one transcript's coding under the file's codebook, added to `problems`. */
function transcriptProblems(
  { t, length }: ResolvedTranscript,
  codebook: { key: string; codebook: Codebook },
  problems: string[],
): void {
  const codeIds = new Set(codebook.codebook.codes.map((c) => c.id));
  const scales = new Map(codebook.codebook.scales.map((s) => [s.id, s]));
  const eventIds = new Set(t.events.map((e) => e.id));
  const annIds = new Set(t.annotations.map((a) => a.id));
  for (const a of t.annotations) {
    if (!codeIds.has(a.codeId)) problems.push(`"${t.title}": code "${a.codeId}" is not in codebook ${codebook.key}`);
    if (a.end > length)
      problems.push(
        `"${t.title}": highlight [${a.start}, ${a.end}) runs past the end of the text (${length} characters)`,
      );
    if (a.eventId && !eventIds.has(a.eventId))
      problems.push(`"${t.title}": a highlight names event ${a.eventId}, which the file does not list`);
  }
  for (const r of t.ratings) {
    const scale = scales.get(r.scaleId);
    if (!scale) problems.push(`"${t.title}": scale "${r.scaleId}" is not in codebook ${codebook.key}`);
    else {
      // Same rules as rating in the app: a value the score sheet would refuse must not reach the statistics.
      const problem = ratingProblem(scale, r);
      if (problem) problems.push(`"${t.title}": ${problem}`);
    }
    if (r.target.startsWith('event:') && !eventIds.has(r.target.slice(6)))
      problems.push(`"${t.title}": a rating names event ${r.target.slice(6)}, which the file does not list`);
    for (const l of r.links)
      if (!annIds.has(l)) problems.push(`"${t.title}": a rating links highlight ${l}, which the file does not hold`);
  }
  if (t.classification) {
    try {
      // Same rules as coding in the app.
      validateClassification(codebook.codebook, t.classification);
    } catch (e) {
      problems.push(`"${t.title}": ${(e as Error).message}`);
    }
  }
}

/**
 * Parse and check an `.attune-coding` file against the project before anything is written: its codebook
 * version must be here, every transcript found (or carried with matching text), and every item valid.
 */
export function checkCodingFile(
  store: ProjectStore,
  fileName: string,
  content: string,
): { file: CodingFile; resolved: ResolvedTranscript[] } {
  const file = parseCodingFile(fileName, content);
  const known = new Set(store.listCodebooks().map((c) => c.key));
  if (!known.has(file.codebook.key)) {
    throw new ServiceError(
      'conflict',
      `${fileName} was coded with codebook ${file.codebook.key}, which this project does not have (it has ${[...known].join(', ')}). Import that codebook version first, or export again from a project using ${store.activeCodebook().key}.`,
    );
  }
  const codebook = { key: file.codebook.key, codebook: store.getCodebook(file.codebook.key).codebook };
  const problems: string[] = [];
  const resolved = resolveTranscripts(store, file, problems);
  for (const r of resolved) transcriptProblems(r, codebook, problems);
  // An annotation id owned by someone else means two files collide: refuse rather than overwrite.
  for (const { t } of resolved)
    for (const a of t.annotations) {
      const owner = annotationOwner(store.db, { id: a.id });
      if (owner !== undefined && owner !== file.coder.id)
        problems.push(`"${t.title}": highlight ${a.id} already belongs to another coder`);
    }
  if (problems.length > 0) throw nothingImported(fileName, problems);
  return { file, resolved };
}
