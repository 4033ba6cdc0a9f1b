import { z } from 'zod';
import { takes } from './method.ts';
import { cleanLine } from '../text/clean-text.ts';
import { byId, id, offset } from './primitives.ts';
import type { StoredSection } from './transcript.ts';

/** A question's number as the protocol gives it (null: an unnumbered part such as the closing). */
const questionNumber = z.number().int().min(0).max(999).nullable();
const sectionTitle = z.string().trim().max(200).transform(cleanLine);

/** Question sections are shared by every coder of a project; with an identity chosen, leads and trainers edit them. */
export const sectionCreateArgs = z
  .object({
    transcriptId: id,
    start: offset,
    end: offset,
    number: questionNumber.optional(),
    title: sectionTitle.optional(),
  })
  .strict();
export const sectionUpdateArgs = z
  .object({
    id,
    start: offset.optional(),
    end: offset.optional(),
    number: questionNumber.optional(),
    title: sectionTitle.optional(),
  })
  .strict();

export const sectionApi = {
  'section-create': takes(sectionCreateArgs).returns<StoredSection>(),
  'section-update': takes(sectionUpdateArgs).returns<StoredSection>(),
  'section-delete': takes(byId).returns<null>(),
};
