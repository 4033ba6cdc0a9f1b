import type { ProjectSettings } from '../../shared/api/settings.ts';
import type {
  ImportMetadata,
  ImportOptions,
  ImportPreview,
  ImportResult,
  TranscriptSummary,
} from '../../shared/api/transcript.ts';
import { analyzeTranscript, type TranscriptAnalysis } from '../../shared/transcript/analyze.ts';
import type { MarkKind } from '../../shared/transcript/marks.ts';
import { metadataToRecord, type TranscriptMetadata } from '../../shared/transcript/metadata.ts';
import { countWords, normalizationWarnings, normalizeTranscriptText } from '../../shared/transcript/normalize.ts';
import { applyPseudonymization, caseMisses, type ReplacementHit } from '../../shared/transcript/pseudonymize.ts';
import { DEFAULT_SPEAKER_PATTERNS, type SpeakerPattern } from '../../shared/transcript/turns.ts';
import * as transcripts from './db/tables/transcripts.ts';
import { decodeTranscriptFile, MAX_TEXT_BYTES, type DecodeFormat } from './import/decode.ts';
import { textHash, type ProjectStore } from './project-store.ts';
import { fewTurnsWarning, lineStartLabels } from '../../shared/transcript/label-suggestions.ts';
import { ServiceError } from './service-error.ts';
import { addSection, type StoredStructure } from './transcript-structure.ts';

// Structure and sections after import live in transcript-structure.ts; the service handlers reach them here.
export { createSection, deleteSection, transcriptStructure, updateSection } from './transcript-structure.ts';

export function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.[^.]+$/, '') || base;
}

function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop() || fileName;
}

export function importText(
  store: ProjectStore,
  arg: { fileName: string; text: string; title?: string | undefined },
): TranscriptSummary {
  // Normalised once, here: offsets and the hash refer to this text forever.
  const text = normalizeTranscriptText(arg.text);
  if (text.trim().length === 0) throw new ServiceError('validation', `${arg.fileName}: the file has no text`);
  return store.insertTranscript({
    title: arg.title ?? titleFromFileName(arg.fileName),
    text,
    words: countWords(text),
    sourceName: arg.fileName,
  });
}

interface Prepared {
  /** The file's name as given: for messages only, never stored (it may carry a real name). */
  name: string;
  /** The file's name with the replacement list applied: what is stored as its source and default title. */
  storedName: string;
  format: DecodeFormat;
  encoding: string | null;
  /** The text exactly as it would be stored. */
  text: string;
  hash: string;
  /** Replacements made (original words: preview only). */
  hits: ReplacementHit[];
  /** Words match-case entries left alone because of their case (preview only). */
  misses: ReplacementHit[];
  analysis: TranscriptAnalysis;
  patterns: SpeakerPattern[];
  extraLabels: string[];
  warnings: string[];
  /** Labels at line starts that the speaker labels miss (offered in the preview). */
  suggestedLabels: string[];
}

/**
 * Speaker labels written as real names ("Margaret:") become their replacement token after
 * pseudonymisation, so a label that is on the replacement list is looked for as its token.
 */
function pseudonymisedLabel(label: string, options: ImportOptions): string {
  const r = options.replacements?.find((x) => x.find.trim().toLowerCase() === label.trim().toLowerCase());
  return r ? r.replace.trim() : label;
}

/**
 * File names carry participants' names as often as the text does ("Margaret_Jones_AAI.docx"), and the
 * title and source name are stored and exported. Underscores join words in file names, so they are
 * read as spaces for matching (and stay spaces in a name that had something replaced).
 */
function pseudonymiseName(name: string, options: ImportOptions): string {
  const list = options.replacements ?? [];
  if (list.length === 0) return name;
  const { text, hits } = applyPseudonymization(name.replaceAll('_', ' '), list);
  return hits.length > 0 ? text : name;
}

/** decode → normalise → pseudonymise → analyse the final text (pseudonymisation moves offsets). */
async function prepare(
  store: ProjectStore,
  fileName: string,
  contentBase64: string,
  options: ImportOptions,
  settings: ProjectSettings,
): Promise<Prepared> {
  const name = baseName(fileName);
  const bytes = new Uint8Array(Buffer.from(contentBase64, 'base64'));
  const decoded = await decodeTranscriptFile(name, bytes);
  if (!decoded.ok) throw new ServiceError('validation', decoded.error);
  const normalised = normalizeTranscriptText(decoded.text);
  const { text: pseudonymised, hits } = applyPseudonymization(normalised, options.replacements ?? []);
  // A replacement may introduce spaces at a line end; normalising again keeps the stored text canonical.
  const text = normalizeTranscriptText(pseudonymised);
  if (text.trim().length === 0) throw new ServiceError('validation', `${name}: the file contains no text.`);
  if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES)
    throw new ServiceError(
      'validation',
      `${name}: the transcript is too large after pseudonymisation (over 5 MB of text). Split it into smaller files.`,
    );

  const patterns = (options.speakerPatterns ?? settings.importSpeakerPatterns ?? DEFAULT_SPEAKER_PATTERNS).map((p) => ({
    label: pseudonymisedLabel(p.label, options),
    role: p.role,
  }));
  const extraLabels = (options.extraLabels ?? []).map((l) => pseudonymisedLabel(l, options));
  const analysis = analyzeTranscript(text, { patterns, extraLabels });

  const warnings = [...decoded.warnings, ...normalizationWarnings(decoded.text), ...analysis.header.warnings];
  const suggestedLabels = lineStartLabels(text, [...patterns.map((p) => p.label), ...extraLabels]);
  if (analysis.turns.length === 0)
    warnings.push(
      `No speaker turns were found. Check the speaker labels (looked for: ${patterns.map((p) => `${p.label}:`).join(', ')}).${suggestedLabels.length ? ` Labels seen at line starts: ${suggestedLabels.map((l) => `${l}:`).join(', ')}.` : ''}`,
    );
  const few = fewTurnsWarning(analysis.words, analysis.turns.length, suggestedLabels);
  if (few) warnings.push(few);
  // Offered only when the turns look missing: a well-split text may quote "Mother:" at a line start.
  const offered = few || analysis.turns.length === 0 ? suggestedLabels : [];
  if (analysis.turns.length > 0 && analysis.sections.length === 0)
    warnings.push('No question sections were found; they can be added after import.');
  const hidden = new Set(settings.hiddenMetadataFields.map((f) => f.toLowerCase()));
  const exposed = analysis.header.entries.filter(
    (e) => hidden.has(e.key.toLowerCase()) || (e.field !== null && hidden.has(e.field.toLowerCase())),
  );
  if (exposed.length > 0)
    warnings.push(
      `The header line(s) ${exposed.map((e) => `"${e.key}"`).join(', ')} name a field hidden from coders, but header lines are part of the text that coders read. Remove them from the file before importing if coders must not see them.`,
    );
  return {
    name,
    storedName: pseudonymiseName(name, options),
    format: decoded.format,
    encoding: decoded.format === 'txt' ? (decoded.encoding ?? null) : null,
    text,
    hash: textHash(text),
    hits,
    misses: caseMisses(normalised, options.replacements ?? []),
    analysis,
    patterns,
    extraLabels,
    warnings,
    suggestedLabels: offered,
  };
}

const EXCERPT = 160;
const PREVIEW_TURNS = 200;
const MARK_EXAMPLES = 30;

function excerpt(text: string, from: number, to: number): string {
  const s = text
    .slice(from, Math.min(to, from + EXCERPT * 2))
    .replace(/\s+/g, ' ')
    .trim();
  return s.length > EXCERPT ? `${s.slice(0, EXCERPT - 1).trimEnd()}…` : s;
}

function headerMetadata(meta: TranscriptMetadata): ImportMetadata {
  const out: ImportMetadata = { fields: { ...meta.fields } };
  if (meta.participantCode !== undefined) out.participantCode = meta.participantCode;
  if (meta.interviewDate !== undefined) out.interviewDate = meta.interviewDate;
  if (meta.interviewer !== undefined) out.interviewer = meta.interviewer;
  return out;
}

/** Empty values are dropped: a field left blank in the preview is not stored. */
export function metadataRecord(meta: ImportMetadata): Record<string, string> {
  const m: TranscriptMetadata = { fields: {}, hiddenFields: [] };
  if (meta.participantCode) m.participantCode = meta.participantCode;
  if (meta.interviewDate) m.interviewDate = meta.interviewDate;
  if (meta.interviewer) m.interviewer = meta.interviewer;
  for (const [k, v] of Object.entries(meta.fields ?? {})) if (v.trim() !== '') m.fields[k.trim()] = v.trim();
  return metadataToRecord(m);
}

export async function previewFile(
  store: ProjectStore,
  arg: { fileName: string; contentBase64: string; options?: ImportOptions | undefined },
  settings: ProjectSettings,
): Promise<ImportPreview> {
  const options = arg.options ?? {};
  const p = await prepare(store, arg.fileName, arg.contentBase64, options, settings);
  const { turns, sections, marks } = p.analysis;
  const bySpeaker = new Map<string, { speaker: string; role: SpeakerPattern['role']; count: number }>();
  for (const t of turns) {
    const s = bySpeaker.get(t.speaker) ?? { speaker: t.speaker, role: t.role, count: 0 };
    s.count++;
    bySpeaker.set(t.speaker, s);
  }
  const byKind: Partial<Record<MarkKind, number>> = {};
  for (const m of marks) byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
  const dup = store.findTranscriptByHash(p.hash);
  return {
    fileName: p.name,
    format: p.format,
    encoding: p.encoding,
    title: options.title !== undefined ? pseudonymiseName(options.title, options) : titleFromFileName(p.storedName),
    hash: p.hash,
    words: p.analysis.words,
    characters: p.text.length,
    turns: {
      count: turns.length,
      bySpeaker: [...bySpeaker.values()],
      first: turns.slice(0, PREVIEW_TURNS).map((t) => ({
        speaker: t.speaker,
        role: t.role,
        start: t.start,
        excerpt: excerpt(p.text, t.labelEnd, t.end),
      })),
    },
    sections: sections.map((s) => ({ start: s.start, end: s.end, number: s.number, title: s.title })),
    marks: {
      count: marks.length,
      byKind,
      examples: marks.slice(0, MARK_EXAMPLES).map((m) => ({ kind: m.kind, text: m.text })),
    },
    replacements: p.hits.map((h) => ({
      line: h.line,
      original: h.original,
      replacement: h.replacement,
      context: h.context,
    })),
    caseMisses: p.misses.map((h) => ({
      line: h.line,
      original: h.original,
      replacement: h.replacement,
      context: h.context,
    })),
    header: headerMetadata(p.analysis.header.metadata),
    speakerPatterns: p.patterns,
    warnings: p.warnings,
    suggestedLabels: p.suggestedLabels,
    duplicateOf: dup ? { id: dup.id, title: dup.title } : null,
  };
}

/** One transaction per file: text, structure, metadata and sections together, or nothing. */
export async function importFile(
  store: ProjectStore,
  arg: { fileName: string; contentBase64: string; options?: ImportOptions | undefined },
  settings: ProjectSettings,
): Promise<ImportResult> {
  const options = arg.options ?? {};
  const p = await prepare(store, arg.fileName, arg.contentBase64, options, settings);
  const structure: StoredStructure = {
    version: 1,
    speakerPatterns: p.patterns,
    extraLabels: p.extraLabels,
    format: p.format,
    encoding: p.encoding,
  };
  // Values typed into the preview are pseudonymised like the text: the list names what must not be stored.
  const metadata = Object.fromEntries(
    Object.entries(metadataRecord(options.metadata ?? headerMetadata(p.analysis.header.metadata))).map(([k, v]) => [
      k,
      applyPseudonymization(v, options.replacements ?? []).text,
    ]),
  );
  const title =
    options.title !== undefined ? pseudonymiseName(options.title, options) : titleFromFileName(p.storedName);
  return store.db.transaction(() => {
    const dup = store.findTranscriptByHash(p.hash);
    if (dup)
      throw new ServiceError(
        'conflict',
        `${p.name}: duplicate: this text is already in the project as "${dup.title}", so it was not imported again.`,
      );
    const summary = store.insertTranscript({
      title,
      text: p.text,
      words: p.analysis.words,
      sourceName: p.storedName,
      metadata,
    });
    transcripts.setTranscriptStructure(store.db, { id: summary.id, structure });
    for (const s of p.analysis.sections) addSection(store, summary.id, s);
    return { ...summary, turns: p.analysis.turns.length, sections: p.analysis.sections.length, warnings: p.warnings };
  });
}

export function updateMetadata(store: ProjectStore, id: string, metadata: ImportMetadata): Record<string, string> {
  return store.db.transaction(() => {
    store.transcriptText(id); // not-found check
    const record = metadataRecord(metadata);
    transcripts.setTranscriptMetadata(store.db, { id, metadata: record });
    return record;
  });
}

/**
 * Store text that arrived already decoded (a REFI-QDA source): normalised like any import, its turns and
 * sections found with the project's speaker labels, all in the caller's transaction.
 */
export function insertAnalysedText(
  store: ProjectStore,
  a: { title: string; text: string; sourceName: string; metadata: Record<string, string>; settings: ProjectSettings },
): TranscriptSummary {
  const text = normalizeTranscriptText(a.text);
  const patterns = a.settings.importSpeakerPatterns ?? DEFAULT_SPEAKER_PATTERNS;
  const analysis = analyzeTranscript(text, { patterns, extraLabels: [] });
  const summary = store.insertTranscript({
    title: a.title,
    text,
    words: analysis.words,
    sourceName: a.sourceName,
    metadata: a.metadata,
  });
  const structure: StoredStructure = {
    version: 1,
    speakerPatterns: patterns,
    extraLabels: [],
    format: 'text',
    encoding: 'utf-8',
  };
  transcripts.setTranscriptStructure(store.db, { id: summary.id, structure });
  for (const s of analysis.sections) addSection(store, summary.id, s);
  return summary;
}
