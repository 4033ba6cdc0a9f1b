import { withdrawalDeleteArgs, withdrawalIdArgs, type WithdrawalPreview, type WithdrawalResult } from './withdrawal.ts';
import { z } from 'zod';
import type { MarkKind } from '../transcript/marks.ts';
import { partialIsoDate } from '../transcript/metadata.ts';
import { replacementListSchema } from '../transcript/pseudonymize.ts';
import type { SpeakerRole } from '../transcript/turns.ts';
import { takes } from './method.ts';
import { cleanLine } from '../text/clean-text.ts';
import { byId, emptyArgs, id } from './primitives.ts';

export interface TranscriptSummary {
  id: string;
  title: string;
  /** SHA-256 (hex) of the stored text: identifies the transcript on every coder's machine. */
  hash: string;
  words: number;
  characters: number;
  sourceName: string | null;
  importedAt: string;
  /** Number of annotations on this transcript, all coders. */
  annotations: number;
}

export interface Transcript extends TranscriptSummary {
  /** The normalised text (NFC, LF). Immutable after import: annotation offsets index into it. */
  text: string;
  metadata: Record<string, string>;
}

/** Offsets are UTF-16 code units into Transcript.text (JavaScript string indices), half-open. */
export const transcriptImportTextArgs = z
  .object({
    title: z.string().trim().min(1).max(200).optional(),
    fileName: z.string().min(1).max(500),
    text: z.string().max(5 * 1024 * 1024, 'a transcript has at most 5 MB of text'),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// File import: decode → normalise → pseudonymise → analyse, previewed, then committed.

export const speakerPatternSchema = z
  .object({
    label: z
      .string()
      .trim()
      .min(1, 'a speaker label is required')
      .max(40)
      .refine((l) => !/[:\n]/.test(l), 'a speaker label is written without its colon'),
    role: z.enum(['interviewer', 'respondent', 'other']),
  })
  .strict();

/** Core fields plus free fields, as entered in the import preview (hidden fields are a project setting). */
export const importMetadataSchema = z
  .object({
    participantCode: z.string().trim().max(100).transform(cleanLine).optional(),
    interviewDate: z.union([partialIsoDate, z.literal('')]).optional(),
    interviewer: z.string().trim().max(200).transform(cleanLine).optional(),
    fields: z
      .record(z.string().trim().min(1, 'a field name is required').max(60), z.string().max(2000).transform(cleanLine))
      .optional(),
  })
  .strict();
export type ImportMetadata = z.infer<typeof importMetadataSchema>;

export const importOptionsSchema = z
  .object({
    /** Speaker labels and their roles; default: the project's setting, else I/INT/Interviewer, R/S/SUBJ/Respondent/Subject. */
    speakerPatterns: z.array(speakerPatternSchema).min(1, 'at least one speaker label is required').max(100).optional(),
    /** More labels (pseudonymised names such as "[MOTHER]"), role 'other'. */
    extraLabels: z.array(z.string().trim().min(1).max(60)).max(100).optional(),
    /**
     * Names to replace before the text is stored. Never stored themselves (a replacement list is a
     * re-identification key): the caller keeps it.
     */
    replacements: replacementListSchema
      .refine((l) => l.every((r) => !/[\n\r]/.test(r.replace)), 'a replacement cannot contain a line break')
      .optional(),
    /** Given: stored with the replacement list applied. Omitted: the metadata found in the (pseudonymised) header lines. */
    metadata: importMetadataSchema.optional(),
    title: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptionsSchema>;

/** Base64 in JSON: the HTTP host accepts 64 MB bodies, so files up to 48 MB fit. */
export const MAX_IMPORT_FILE_BYTES = 48 * 1024 * 1024;
const contentBase64 = z
  .string()
  // Empty is allowed here so the decoder reports "NAME: the file is empty." like every other bad file.
  .max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4, 'the file is too large to import (the limit is 48 MB)');

export const transcriptFileArgs = z
  .object({
    fileName: z.string().trim().min(1).max(500),
    contentBase64,
    options: importOptionsSchema.default({}),
  })
  .strict();

export interface TurnPreview {
  speaker: string;
  role: SpeakerRole;
  start: number;
  /** The start of the speech (label removed), at most ~160 characters. */
  excerpt: string;
}

export interface SectionInfo {
  start: number;
  end: number;
  number: number | null;
  title: string;
}

export interface StoredSection extends SectionInfo {
  id: string;
}

/** One replacement the import would make. Contains the real name: shown in the preview, never stored. */
export interface ReplacementPreview {
  line: number;
  original: string;
  replacement: string;
  /** The surrounding part of the line in its original wording. */
  context: string;
}

export interface ImportPreview {
  fileName: string;
  format: 'txt' | 'docx' | 'rtf' | 'odt';
  /** For plain text: utf-8, utf-16le, utf-16be or windows-1252. */
  encoding: string | null;
  /** Suggested title (from the file name). */
  title: string;
  /** SHA-256 of the text as it would be stored. */
  hash: string;
  words: number;
  characters: number;
  turns: {
    count: number;
    /** Turns per label, in order of first appearance. */
    bySpeaker: { speaker: string; role: SpeakerRole; count: number }[];
    /** The first turns (at most 200). */
    first: TurnPreview[];
  };
  sections: SectionInfo[];
  marks: { count: number; byKind: Partial<Record<MarkKind, number>>; examples: { kind: MarkKind; text: string }[] };
  replacements: ReplacementPreview[];
  /** Words a match-case entry left alone because their case differs ("ROSE" for "Rose"): check them. */
  caseMisses: ReplacementPreview[];
  /** Metadata read from header lines before the first turn. */
  header: ImportMetadata;
  /** Speaker labels actually used (defaults applied), so the preview can show and edit them. */
  speakerPatterns: z.infer<typeof speakerPatternSchema>[];
  warnings: string[];
  /**
   * Labels written at line starts ("Q:", "A:") that the speaker labels miss, most used first; offered
   * when the text looks under-split (a warning says why).
   */
  suggestedLabels: string[];
  /** The same text is already in the project: importing would be refused as a duplicate. */
  duplicateOf: { id: string; title: string } | null;
}

export interface ImportResult extends TranscriptSummary {
  turns: number;
  sections: number;
  warnings: string[];
}

export interface TranscriptStructure {
  /** Recomputed from the stored text with the speaker labels used at import. */
  turns: { start: number; end: number; labelStart: number; labelEnd: number; speaker: string; role: SpeakerRole }[];
  sections: StoredSection[];
  marks: { start: number; end: number; kind: MarkKind; text: string }[];
  speakerPatterns: z.infer<typeof speakerPatternSchema>[];
  extraLabels: string[];
}

export const transcriptUpdateMetadataArgs = z.object({ id, metadata: importMetadataSchema }).strict();

export const transcriptApi = {
  'transcript-list': takes(emptyArgs).returns<TranscriptSummary[]>(),
  'transcript-get': takes(byId).returns<Transcript>(),
  /** Import plain text already decoded by the caller. */
  'transcript-import-text': takes(transcriptImportTextArgs).returns<TranscriptSummary>(),
  /** What importing this file would store, without storing anything. */
  'transcript-preview': takes(transcriptFileArgs).returns<ImportPreview>(),
  /** Import one file: text, sections, metadata and structure in one transaction (nothing partial). */
  'transcript-import-file': takes(transcriptFileArgs).returns<ImportResult>(),
  'transcript-get-structure': takes(byId).returns<TranscriptStructure>(),
  /** Replace a transcript's metadata (a lead or trainer when an acting coder is set). */
  'transcript-update-metadata': takes(transcriptUpdateMetadataArgs).returns<Record<string, string>>(),
  /** What deleting the transcript would remove (a lead only): counts across all coders, nothing else. */
  'transcript-get-withdrawal': takes(withdrawalIdArgs).returns<WithdrawalPreview>(),
  /**
   * Delete the transcript with all coding attached (a lead only; `confirm` is its title). Final: the
   * text is scrubbed from the file and its journal, and the pre-upgrade backups holding it are erased.
   */
  'transcript-delete': takes(withdrawalDeleteArgs).returns<WithdrawalResult>(),
};
