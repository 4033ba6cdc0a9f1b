import { z } from 'zod';
import { takes } from './method.ts';
import { MAX_IMPORT_FILE_BYTES } from './transcript.ts';
import { emptyArgs, id } from './primitives.ts';

/**
 * REFI-QDA exchange (QDA-XML 1.0, the Rotterdam Exchange Format Initiative): projects (.qdpx, a zip of
 * project.qde and the sources) and codebooks (.qdc), read and written by ATLAS.ti, MAXQDA, NVivo,
 * QualCoder and others. Binary files travel as base64.
 */

/** Something in the file that does not come across, and why. */
export interface QdaSkipped {
  what: string;
  why: string;
}

export interface QdpxPreview {
  fileName: string;
  projectName: string;
  /** The exporting program, as the file names it. */
  origin: string | null;
  /** Text sources that will become transcripts (or are already in the project, by identical text). */
  sources: { name: string; title: string; characters: number; highlights: number; duplicateOf: string | null }[];
  /** The file's users and the coder each becomes (existing coders are matched by name, any case). */
  users: { name: string; coder: string; exists: boolean; highlights: number }[];
  codes: { total: number; matched: number; added: string[] };
  selections: { total: number; imported: number };
  /** Highlights that will be made (one per coding of each selection). */
  annotations: number;
  memos: number;
  metadataFields: string[];
  skipped: QdaSkipped[];
  /** What never comes across between Attune and REFI-QDA, whatever the file holds. */
  notCarried: string[];
}

export interface QdpxImportResult {
  /** Text sources imported as new transcripts. */
  transcripts: number;
  /** Coders the highlights and memos were attributed to (existing ones included). */
  coders: number;
  codersAdded: number;
  /** The file's codes mapped onto the codebook (matched or added). */
  codes: number;
  codesAdded: number;
  annotations: number;
  memos: number;
  /** The codebook the highlights were made with, "<id>@<version>". */
  codebook: string;
  skipped: QdaSkipped[];
}

export interface QdcImportResult {
  codebook: string;
  matched: number;
  added: string[];
  skipped: QdaSkipped[];
}

export interface QdaFile {
  fileName: string;
  contentBase64: string;
  /** What went into the file. */
  counts: { transcripts: number; coders: number; codes: number; annotations: number; notes: number };
}

const fileArgs = z
  .object({
    fileName: z.string().min(1).max(500),
    contentBase64: z
      .string()
      .max(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4, 'the file is too large to import (the limit is 48 MB)')
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'the file content must be base64'),
  })
  .strict();

export const qdaExportArgs = z
  .object({ transcriptIds: z.array(id).min(1).optional(), coderIds: z.array(id).min(1).optional() })
  .strict();

export const qdaApi = {
  /** The project (or the chosen transcripts and coders, as far as the acting coder may see them) as a .qdpx. */
  'qda-export': takes(qdaExportArgs).returns<QdaFile>(),
  /** What importing a .qdpx would bring in, and what it would leave out; nothing is written. */
  'qda-preview': takes(fileArgs).returns<QdpxPreview>(),
  /** Import a .qdpx: all or nothing, in one transaction. */
  'qda-import': takes(fileArgs).returns<QdpxImportResult>(),
  /** The active codebook as a REFI-QDA codebook (.qdc: groups as parent codes). */
  'qda-export-codebook': takes(emptyArgs).returns<QdaFile>(),
  /** A .qdc into the active codebook: matching codes by name, adding the rest in a new version. */
  'qda-import-codebook': takes(fileArgs).returns<QdcImportResult>(),
};
