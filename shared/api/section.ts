import { z } from 'zod';
import { takes } from './method.ts';
import { byId, id, offset } from './primitives.ts';
import type { StoredSection } from './transcript.ts';

/** Question sections are shared by every coder of a project; with an identity chosen, leads and trainers edit them. */
export const sectionCreateArgs = z
  .object({
    transcriptId: id,
    start: offset,
    end: offset,
    number: z.number().int().min(0).max(999).nullable().optional(),
    title: z.string().trim().max(200).optional(),
  })
  .strict();
export const sectionUpdateArgs = z
  .object({
    id,
    start: offset.optional(),
    end: offset.optional(),
    number: z.number().int().min(0).max(999).nullable().optional(),
    title: z.string().trim().max(200).optional(),
  })
  .strict();

export const sectionApi = {
  'section-create': takes(sectionCreateArgs).returns<StoredSection>(),
  'section-update': takes(sectionUpdateArgs).returns<StoredSection>(),
  'section-delete': takes(byId).returns<null>(),
};
