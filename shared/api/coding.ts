import { z } from 'zod';
import { coderRole } from './coder.ts';
import { takes } from './method.ts';
import { passphrase } from './package.ts';
import { id, isoTime as iso, lineText, longText, noteText, offset, severity } from './primitives.ts';
import { eventKind } from './event.ts';
import { codingStatus } from './status.ts';

/**
 * `.attune-coding`: one coder's coding of chosen transcripts, for moving work between machines.
 * Transcripts are identified by the SHA-256 of their text; the text itself travels only when asked for.
 */
export const CODING_FILE_FORMAT = 'attune-coding';
export const CODING_FILE_VERSION = 1;

export const codingFileSchema = z
  .object({
    format: z.literal(CODING_FILE_FORMAT),
    version: z.literal(CODING_FILE_VERSION),
    exportedAt: iso,
    attuneVersion: z.string().max(40),
    coder: z
      .object({
        id,
        name: z.string().min(1).max(80),
        role: coderRole,
      })
      .strict(),
    codebook: z.object({ key: z.string().min(1).max(120) }).strict(),
    transcripts: z
      .array(
        z
          .object({
            hash: z.string().regex(/^[0-9a-f]{64}$/, 'a transcript hash is 64 hex digits (SHA-256)'),
            title: lineText(200),
            characters: z.number().int().nonnegative(),
            text: z
              .string()
              .max(5 * 1024 * 1024)
              .optional(),
            annotations: z.array(
              z
                .object({
                  id,
                  codeId: id,
                  start: offset,
                  end: offset,
                  note: noteText,
                  severity: severity.nullable(),
                  eventId: id.nullable(),
                  createdAt: iso,
                  updatedAt: iso,
                })
                .strict()
                .refine((a) => a.end > a.start, { message: 'end must be after start' }),
            ),
            events: z.array(
              z
                .object({
                  id,
                  kind: eventKind,
                  who: lineText(200),
                  speakerAge: lineText(40),
                  note: noteText,
                  createdAt: iso,
                })
                .strict(),
            ),
            ratings: z.array(
              z
                .object({
                  scaleId: id,
                  target: z.string().max(120),
                  value: z.number().finite().nullable(),
                  notRateable: z.boolean(),
                  note: noteText,
                  links: z.array(id),
                  updatedAt: iso,
                })
                .strict(),
            ),
            classification: z
              .object({
                primary: z.string().min(1).max(40),
                subtype: z.string().max(40).nullable(),
                alternative: z.string().max(40).nullable(),
                secondAlternative: z.string().max(40).nullable(),
                confidence: z.number().min(0).max(1).nullable(),
                forced: z.boolean(),
                note: noteText,
                updatedAt: iso,
              })
              .strict()
              .nullable(),
            memo: longText(200_000, 'a memo has at most 200,000 characters'),
            status: z.object({ status: codingStatus, submittedAt: iso.nullable() }).strict(),
          })
          .strict(),
      )
      .min(1, 'the file holds no transcripts'),
  })
  .strict();
export type CodingFile = z.infer<typeof codingFileSchema>;

export interface CodingImportReport {
  fileName: string;
  format: 'attune-coding' | 'csv';
  coders: string[];
  transcripts: number;
  /** Transcripts added from text carried in the file. */
  transcriptsAdded: number;
  /** Transcripts of the file left out because they do not match this project (only with onlyMatching). */
  transcriptsSkipped: number;
  annotationsAdded: number;
  annotationsUpdated: number;
  annotationsRemoved: number;
  ratings: number;
  classifications: number;
  /** Rows of an Attune long codings CSV that are not highlights (classification, scale, memo, …): skipped. */
  rowsSkipped: number;
  /** True when the file matched what the project already held (a repeated import). */
  unchanged: boolean;
  /** Imported, but worth a look: e.g. coded with another codebook version than the project's active one. */
  warnings: string[];
}

export const codingExportArgs = z
  .object({
    coderId: id,
    transcriptIds: z.array(id).min(1).optional(),
    includeText: z.boolean().default(false),
    /** Encrypt the file with this passphrase (ASCII-armored age; `age -d` opens it). */
    passphrase: passphrase.optional(),
  })
  .strict();
export const codingImportArgs = z
  .object({
    fileName: z.string().min(1).max(500),
    content: z.string().max(200 * 1024 * 1024),
    /** Import the transcripts that match this project and leave out (and report) those that do not. */
    onlyMatching: z.boolean().default(false),
    /** For an encrypted (age) file: its passphrase. */
    passphrase: passphrase.optional(),
  })
  .strict();

export const codingApi = {
  /** One coder's coding as a `.attune-coding` file: its suggested name and JSON text (the caller saves it). */
  'coding-export': takes(codingExportArgs).returns<{ fileName: string; content: string }>(),
  /** Import a `.attune-coding` file or an annotations CSV: all or nothing. */
  'coding-import': takes(codingImportArgs).returns<CodingImportReport>(),
};
