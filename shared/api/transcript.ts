import { z } from 'zod';
import { emptyArgs } from './project.ts';

export const id = z.string().min(1, 'an id is required').max(100);

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

export type TranscriptHandlers = {
  'transcript-list': (arg: Record<string, never>) => Promise<TranscriptSummary[]>;
  'transcript-get': (arg: { id: string }) => Promise<Transcript>;
  /** Import plain text already decoded by the caller. */
  'transcript-import-text': (arg: z.infer<typeof transcriptImportTextArgs>) => Promise<TranscriptSummary>;
};

export const transcriptSchemas = {
  'transcript-list': emptyArgs,
  'transcript-get': z.object({ id }).strict(),
  'transcript-import-text': transcriptImportTextArgs,
};
