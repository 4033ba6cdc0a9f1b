import { z } from 'zod';
import { id } from './transcript.ts';

export interface Annotation {
  id: string;
  transcriptId: string;
  coderId: string;
  /** Codebook this annotation was made with ("<codebook id>@<version>"). */
  codebookKey: string;
  codeId: string;
  /** Half-open [start, end) in UTF-16 code units of the stored transcript text. */
  start: number;
  end: number;
  note: string;
  /** 1..3 (brief §6), or null. */
  severity: number | null;
  /** Unresolved indicators link to a loss/trauma event. */
  eventId: string | null;
  createdAt: string;
  updatedAt: string;
}

const offset = z.number().int('offsets are whole numbers').nonnegative('offsets are not negative');

export const annotationCreateArgs = z
  .object({
    transcriptId: id,
    coderId: id,
    codeId: id,
    start: offset,
    end: offset,
    note: z.string().max(20_000).default(''),
    severity: z.number().int().min(1).max(3).nullable().default(null),
    eventId: id.nullable().default(null),
  })
  .strict()
  .refine((a) => a.end > a.start, { message: 'end must be after start', path: ['end'] });

/** Undo of a delete: put the same annotation (same id and times) back. */
export const annotationRestoreArgs = z
  .object({
    id,
    transcriptId: id,
    coderId: id,
    codebookKey: z.string().min(1),
    codeId: id,
    start: offset,
    end: offset,
    note: z.string().max(20_000),
    severity: z.number().int().min(1).max(3).nullable(),
    eventId: id.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();

export const annotationListArgs = z.object({ transcriptId: id, coderId: id.optional() }).strict();
export const annotationUpdateArgs = z
  .object({
    id,
    note: z.string().max(20_000).optional(),
    codeId: id.optional(),
    start: offset.optional(),
    end: offset.optional(),
    severity: z.number().int().min(1).max(3).nullable().optional(),
    eventId: id.nullable().optional(),
  })
  .strict();
export const annotationDeleteArgs = z.object({ id }).strict();

export type AnnotationHandlers = {
  'annotation-list': (arg: z.infer<typeof annotationListArgs>) => Promise<Annotation[]>;
  'annotation-create': (arg: z.input<typeof annotationCreateArgs>) => Promise<Annotation>;
  'annotation-update': (arg: z.infer<typeof annotationUpdateArgs>) => Promise<Annotation>;
  'annotation-delete': (arg: z.infer<typeof annotationDeleteArgs>) => Promise<null>;
  'annotation-restore': (arg: z.infer<typeof annotationRestoreArgs>) => Promise<Annotation>;
};

export const annotationSchemas = {
  'annotation-list': annotationListArgs,
  'annotation-create': annotationCreateArgs,
  'annotation-update': annotationUpdateArgs,
  'annotation-delete': annotationDeleteArgs,
  'annotation-restore': annotationRestoreArgs,
};
