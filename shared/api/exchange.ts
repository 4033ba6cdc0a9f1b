import { z } from 'zod';
import { id } from './transcript.ts';

/**
 * `.attune-coding`: one coder's coding of chosen transcripts, for moving work between machines.
 * Transcripts are identified by the SHA-256 of their text; the text itself travels only when asked for.
 */
export const CODING_FILE_FORMAT = 'attune-coding';
export const CODING_FILE_VERSION = 1;

const iso = z.string().min(1).max(40);
const offset = z.number().int().nonnegative();

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
        role: z.enum(['coder', 'lead', 'trainer', 'trainee', 'consensus']),
      })
      .strict(),
    codebook: z.object({ key: z.string().min(1).max(120) }).strict(),
    transcripts: z
      .array(
        z
          .object({
            hash: z.string().regex(/^[0-9a-f]{64}$/, 'a transcript hash is 64 hex digits (SHA-256)'),
            title: z.string().max(200),
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
                  note: z.string().max(20_000),
                  severity: z.number().int().min(1).max(3).nullable(),
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
                  kind: z.enum(['loss', 'trauma']),
                  who: z.string().max(200),
                  speakerAge: z.string().max(40),
                  note: z.string().max(20_000),
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
                  note: z.string().max(20_000),
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
                note: z.string().max(20_000),
                updatedAt: iso,
              })
              .strict()
              .nullable(),
            memo: z.string().max(200_000),
            status: z
              .object({ status: z.enum(['not-started', 'in-progress', 'complete']), submittedAt: iso.nullable() })
              .strict(),
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
  annotationsAdded: number;
  annotationsUpdated: number;
  annotationsRemoved: number;
  ratings: number;
  classifications: number;
  /** True when the file matched what the project already held (a repeated import). */
  unchanged: boolean;
  /** Imported, but worth a look: e.g. coded with another codebook version than the project's active one. */
  warnings: string[];
}

export const codingExportArgs = z
  .object({ coderId: id, transcriptIds: z.array(id).min(1).optional(), includeText: z.boolean().default(false) })
  .strict();
export const codingImportArgs = z
  .object({ fileName: z.string().min(1).max(500), content: z.string().max(200 * 1024 * 1024) })
  .strict();

export type ExchangeHandlers = {
  /** Returns the file's suggested name and its JSON text (the caller saves it). */
  'coding-export': (arg: z.input<typeof codingExportArgs>) => Promise<{ fileName: string; content: string }>;
  /** Import a `.attune-coding` file or an annotations CSV: all or nothing. */
  'coding-import': (arg: z.infer<typeof codingImportArgs>) => Promise<CodingImportReport>;
};

export const exchangeSchemas = {
  'coding-export': codingExportArgs,
  'coding-import': codingImportArgs,
};
