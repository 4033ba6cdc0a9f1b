import { codingFileSchema, type CodingFile } from '../../../shared/api/coding.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import { ratingProblem, validateClassification } from '../coding-rules.ts';
import { getAnnotation } from '../db/tables/annotations.ts';
import { getEvent } from '../db/tables/events.ts';
import { formatZodError } from '../dispatcher.ts';
import { textHash, type ProjectStore } from '../project-store.ts';
import { ServiceError } from '../service-error.ts';
import type { FileTranscript } from './coding-snapshot.ts';
import { resolveFileCoder, type FileCoder } from './coding-file-coder.ts';
import { nothingImported } from './import-report.ts';
import { normalizeTranscriptText } from '../../../shared/transcript/normalize.ts';

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

/** A transcript of the file that this project does not hold, and why it does not match. */
export interface UnmatchedTranscript {
  title: string;
  reason: string;
}

/**
 * Resolve transcripts by hash; text carried in the file may add a transcript the project lacks (it must
 * be stored text: normalised, matching its hash). A transcript found neither way is unmatched, with the
 * reason told as precisely as the project allows (same title, different text).
 */
function resolveTranscripts(
  store: ProjectStore,
  file: CodingFile,
  problems: string[],
): { resolved: ResolvedTranscript[]; unmatched: UnmatchedTranscript[] } {
  const resolved: ResolvedTranscript[] = [];
  const unmatched: UnmatchedTranscript[] = [];
  const all = store.listTranscripts();
  const seen = new Set<string>();
  for (const t of file.transcripts) {
    if (seen.has(t.hash)) problems.push(`"${t.title}" is listed twice in the file`);
    seen.add(t.hash);
    const existing = store.findTranscriptByHash(t.hash);
    if (existing) {
      resolved.push({ t, id: existing.id, length: existing.characters });
    } else if (t.text !== undefined) {
      if (textHash(t.text) !== t.hash) problems.push(`"${t.title}": the text in the file does not match its hash`);
      else if (normalizeTranscriptText(t.text) !== t.text)
        problems.push(
          `"${t.title}": the text in the file is not stored text (it holds line breaks, control or direction characters Attune removes); export it again from Attune`,
        );
      resolved.push({ t, id: null, length: t.text.length });
    } else {
      const sameTitle = all.find((x) => x.title.toLowerCase() === t.title.toLowerCase());
      unmatched.push({
        title: t.title,
        reason: sameTitle
          ? `"${t.title}" is in this project but with different text (${sameTitle.characters.toLocaleString('en')} characters here, ${t.characters.toLocaleString('en')} in the file), e.g. imported with another replacement list`
          : `"${t.title}" (${t.hash.slice(0, 12)}…) is not in this project`,
      });
    }
  }
  return { resolved, unmatched };
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
  const ratingKeys = new Set<string>();
  for (const r of t.ratings) {
    const key = `${r.scaleId} (${r.target})`;
    if (ratingKeys.has(key)) problems.push(`"${t.title}": the rating ${key} is listed twice`);
    ratingKeys.add(key);
    const links = new Set<string>();
    for (const l of r.links) {
      if (links.has(l)) problems.push(`"${t.title}": the rating ${key} links highlight ${l} twice`);
      links.add(l);
    }
  }
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
  opts: { onlyMatching?: boolean | undefined } = {},
): { file: CodingFile; coder: FileCoder; resolved: ResolvedTranscript[]; skipped: UnmatchedTranscript[] } {
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
  const coder = resolveFileCoder(store, file.coder, problems);
  const { resolved, unmatched } = resolveTranscripts(store, file, problems);
  for (const r of resolved) transcriptProblems(r, codebook, problems);
  if (coder) ownershipProblems(store, coder.id, resolved, problems);
  if (problems.length > 0) throw nothingImported(fileName, problems);
  if (unmatched.length > 0 && (!opts.onlyMatching || resolved.length === 0))
    throw unmatchedError(fileName, unmatched, resolved.length);
  return { file, coder: coder as FileCoder, resolved, skipped: unmatched };
}

/** Transcripts that do not match refuse the file, saying which do and how to import those alone. */
function unmatchedError(fileName: string, unmatched: UnmatchedTranscript[], matching: number): ServiceError {
  const total = unmatched.length + matching;
  const reasons = unmatched.map((u) => u.reason);
  const shown = reasons.slice(0, 5).join('; ') + (reasons.length > 5 ? `; and ${reasons.length - 5} more` : '');
  if (matching === 0) return new ServiceError('validation', `${fileName}: nothing was imported. ${shown}`);
  const those = matching === 1 ? 'that one' : 'those';
  const plural = (n: number) => `${n} transcript${n === 1 ? '' : 's'}`;
  return new ServiceError(
    'conflict',
    `${fileName}: nothing was imported. ${shown}. ${matching} of the ${total} transcripts ${matching === 1 ? 'matches' : 'match'} this project; you can import ${those} alone.`,
    [
      {
        path: 'onlyMatching',
        message: `import the ${plural(matching)} that ${matching === 1 ? 'matches' : 'match'}, leaving out ${unmatched.length}`,
      },
    ],
  );
}

/**
 * Ids are global: an event or highlight id the project already holds must be this coder's, on the same
 * transcript, or the file would collide with (or take over) someone else's work.
 */
function ownershipProblems(
  store: ProjectStore,
  coderId: string,
  resolved: ResolvedTranscript[],
  problems: string[],
): void {
  const inFile = new Set<string>();
  const once = (kind: string, title: string, itemId: string) => {
    if (inFile.has(`${kind}:${itemId}`)) problems.push(`"${title}": ${kind} ${itemId} is listed twice in the file`);
    inFile.add(`${kind}:${itemId}`);
  };
  for (const { t, id } of resolved) {
    for (const e of t.events) {
      once('loss or trauma event', t.title, e.id);
      const held = getEvent(store.db, { id: e.id });
      if (held && (held.coderId !== coderId || held.transcriptId !== id))
        problems.push(
          `"${t.title}": loss or trauma event ${e.id} already belongs to ${held.coderId !== coderId ? 'another coder' : 'another transcript'}`,
        );
    }
    for (const a of t.annotations) {
      once('highlight', t.title, a.id);
      const held = getAnnotation(store.db, { id: a.id });
      if (held && (held.coderId !== coderId || held.transcriptId !== id))
        problems.push(
          `"${t.title}": highlight ${a.id} already belongs to ${held.coderId !== coderId ? 'another coder' : 'another transcript'}`,
        );
    }
  }
}
