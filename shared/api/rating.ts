import { z } from 'zod';
import { takes } from './method.ts';
import { id, noteText, ownerArgs } from './primitives.ts';

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

const owner = ownerArgs.shape;

export const ratingSetArgs = z
  .object({
    ...owner,
    scaleId: id,
    target: ratingTarget,
    value: z.number().finite().nullable(),
    notRateable: z.boolean().default(false),
    note: noteText.optional(),
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

export const ratingApi = {
  'rating-list': takes(ownerArgs).returns<Rating[]>(),
  'rating-set': takes(ratingSetArgs).returns<Rating>(),
  'rating-clear': takes(ratingKeyArgs).returns<null>(),
  /** Link or unlink a highlight that justifies the rating. */
  'rating-link': takes(ratingLinkArgs).returns<Rating>(),
};
