import { z } from 'zod';
import type { DerivedLabel } from '../codebook/classification.ts';
import { id } from './transcript.ts';

/** Scale targets: a parent or figure, the whole transcript, or one loss/trauma event ("event:<id>"). */
export const ratingTarget = z
  .string()
  .regex(
    /^(mother|father|other|transcript|event:[\w-]+)$/,
    'a target is mother, father, other, transcript or event:<id>',
  );

export interface Rating {
  transcriptId: string;
  coderId: string;
  scaleId: string;
  target: string;
  /** null when not rateable. */
  value: number | null;
  notRateable: boolean;
  note: string;
  /** Highlights that justify the rating. */
  links: string[];
  updatedAt: string;
}

export interface Classification {
  transcriptId: string;
  coderId: string;
  codebookKey: string;
  primary: string;
  subtype: string | null;
  alternative: string | null;
  secondAlternative: string | null;
  /** 0..1, or null when not given. */
  confidence: number | null;
  forced: boolean;
  note: string;
  updatedAt: string;
  /** The 2-, 3-, 4- and 5-way (and any other configured) labels derived from this one coding. */
  derived: DerivedLabel[];
}

export interface LossEvent {
  id: string;
  transcriptId: string;
  coderId: string;
  kind: 'loss' | 'trauma';
  who: string;
  speakerAge: string;
  note: string;
  createdAt: string;
}

export const codingStatus = z.enum(['not-started', 'in-progress', 'complete']);
export type CodingStatus = z.infer<typeof codingStatus>;

export interface TranscriptStatus {
  transcriptId: string;
  coderId: string;
  status: CodingStatus;
  submittedAt: string | null;
  updatedAt: string | null;
}

export interface Memo {
  transcriptId: string;
  coderId: string;
  text: string;
  updatedAt: string | null;
}

export interface SearchHit {
  transcriptId: string;
  title: string;
  start: number;
  end: number;
  /** 1-based line number in the stored text (coders cite lines). */
  line: number;
  context: string;
}

const owner = { transcriptId: id, coderId: id };

export const ratingListArgs = z.object(owner).strict();
export const ratingSetArgs = z
  .object({
    ...owner,
    scaleId: id,
    target: ratingTarget,
    value: z.number().finite().nullable(),
    notRateable: z.boolean().default(false),
    note: z.string().max(20_000).optional(),
  })
  .strict()
  .refine((r) => (r.value === null) === r.notRateable, {
    message: 'give a value, or mark the scale not rateable (not both)',
    path: ['value'],
  });
export const ratingKeyArgs = z.object({ ...owner, scaleId: id, target: ratingTarget }).strict();
export const ratingLinkArgs = z
  .object({ ...owner, scaleId: id, target: ratingTarget, annotationId: id, linked: z.boolean() })
  .strict();

export const classificationGetArgs = z.object(owner).strict();
export const classificationSetArgs = z
  .object({
    ...owner,
    primary: z.string().min(1).max(40),
    subtype: z.string().min(1).max(40).nullable().default(null),
    alternative: z.string().min(1).max(40).nullable().default(null),
    secondAlternative: z.string().min(1).max(40).nullable().default(null),
    confidence: z.number().min(0).max(1).nullable().default(null),
    forced: z.boolean().default(false),
    note: z.string().max(20_000).default(''),
  })
  .strict();

export const eventCreateArgs = z
  .object({
    ...owner,
    /** Given only when undo puts a deleted event back (its ratings refer to this id). */ id: id.optional(),
    kind: z.enum(['loss', 'trauma']),
    who: z.string().max(200).default(''),
    speakerAge: z.string().max(40).default(''),
    note: z.string().max(20_000).default(''),
  })
  .strict();
export const eventUpdateArgs = z
  .object({
    id,
    kind: z.enum(['loss', 'trauma']).optional(),
    who: z.string().max(200).optional(),
    speakerAge: z.string().max(40).optional(),
    note: z.string().max(20_000).optional(),
  })
  .strict();

export const memoSetArgs = z.object({ ...owner, text: z.string().max(200_000) }).strict();
export const statusSetArgs = z.object({ ...owner, status: codingStatus }).strict();
export const statusListArgs = z.object({ coderId: id.optional() }).strict();
export const searchArgs = z
  .object({
    query: z.string().min(1, 'type something to search for').max(500),
    transcriptIds: z.array(id).optional(),
    caseSensitive: z.boolean().default(false),
    limit: z.number().int().min(1).max(5000).default(500),
  })
  .strict();

export type CodingHandlers = {
  'rating-list': (arg: z.infer<typeof ratingListArgs>) => Promise<Rating[]>;
  'rating-set': (arg: z.input<typeof ratingSetArgs>) => Promise<Rating>;
  'rating-clear': (arg: z.infer<typeof ratingKeyArgs>) => Promise<null>;
  'rating-link': (arg: z.infer<typeof ratingLinkArgs>) => Promise<Rating>;
  'classification-get': (arg: z.infer<typeof classificationGetArgs>) => Promise<Classification | null>;
  'classification-set': (arg: z.input<typeof classificationSetArgs>) => Promise<Classification>;
  'classification-clear': (arg: z.infer<typeof classificationGetArgs>) => Promise<null>;
  'event-list': (arg: z.infer<typeof ratingListArgs>) => Promise<LossEvent[]>;
  'event-create': (arg: z.input<typeof eventCreateArgs>) => Promise<LossEvent>;
  'event-update': (arg: z.infer<typeof eventUpdateArgs>) => Promise<LossEvent>;
  'event-delete': (arg: { id: string }) => Promise<null>;
  'memo-get': (arg: z.infer<typeof ratingListArgs>) => Promise<Memo>;
  'memo-set': (arg: z.infer<typeof memoSetArgs>) => Promise<Memo>;
  'status-set': (arg: z.infer<typeof statusSetArgs>) => Promise<TranscriptStatus>;
  /** Submit a transcript's coding (trainees: releases the trainer's key for it). */
  'status-submit': (arg: z.infer<typeof ratingListArgs>) => Promise<TranscriptStatus>;
  /** Every transcript's status for one coder (default: the acting coder), or for all visible coders. */
  'status-list': (arg: z.infer<typeof statusListArgs>) => Promise<TranscriptStatus[]>;
  'search-project': (arg: z.input<typeof searchArgs>) => Promise<SearchHit[]>;
};

export const codingSchemas = {
  'rating-list': ratingListArgs,
  'rating-set': ratingSetArgs,
  'rating-clear': ratingKeyArgs,
  'rating-link': ratingLinkArgs,
  'classification-get': classificationGetArgs,
  'classification-set': classificationSetArgs,
  'classification-clear': classificationGetArgs,
  'event-list': ratingListArgs,
  'event-create': eventCreateArgs,
  'event-update': eventUpdateArgs,
  'event-delete': z.object({ id }).strict(),
  'memo-get': ratingListArgs,
  'memo-set': memoSetArgs,
  'status-set': statusSetArgs,
  'status-submit': ratingListArgs,
  'status-list': statusListArgs,
  'search-project': searchArgs,
};
