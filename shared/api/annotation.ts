import { z } from 'zod';
import { takes } from './method.ts';
import { byId, id, noteText, offset, severity } from './primitives.ts';

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
  /** 1..3, or null (see docs/domain.md: passage tags). */
  severity: number | null;
  /** Unresolved indicators link to a loss/trauma event. */
  eventId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const annotationCreateArgs = z
  .object({
    transcriptId: id,
    coderId: id,
    codeId: id,
    start: offset,
    end: offset,
    note: noteText.default(''),
    severity: severity.nullable().default(null),
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
    note: noteText,
    severity: severity.nullable(),
    eventId: id.nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .strict();

export const annotationListArgs = z.object({ transcriptId: id, coderId: id.optional() }).strict();
export const annotationUpdateArgs = z
  .object({
    id,
    note: noteText.optional(),
    codeId: id.optional(),
    start: offset.optional(),
    end: offset.optional(),
    severity: severity.nullable().optional(),
    eventId: id.nullable().optional(),
  })
  .strict();

export const annotationApi = {
  /** One coder's highlights of a transcript, or every coder's the acting coder may see. */
  'annotation-list': takes(annotationListArgs).returns<Annotation[]>(),
  'annotation-create': takes(annotationCreateArgs).returns<Annotation>(),
  'annotation-update': takes(annotationUpdateArgs).returns<Annotation>(),
  'annotation-delete': takes(byId).returns<null>(),
  'annotation-restore': takes(annotationRestoreArgs).returns<Annotation>(),
};
