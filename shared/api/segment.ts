import { z } from 'zod';
import { takes } from './method.ts';
import { id, severity } from './primitives.ts';

/** One highlight as the Segments view and `attune segments` show it: where it is, whose, and its exact text. */
export interface Segment {
  annotationId: string;
  transcriptId: string;
  title: string;
  /** The participant code from the transcript's metadata (null when none, or hidden from the acting coder). */
  participant: string | null;
  coderId: string;
  coder: string;
  codeId: string;
  codeLabel: string;
  /** The code's group id in the active codebook (null for a code it no longer has). */
  groupId: string | null;
  color: string | null;
  start: number;
  end: number;
  /** 1-based line of `start` in the stored text. */
  line: number;
  /** Number of the question section `start` falls in; null before the first section or in an unnumbered one. */
  section: number | null;
  sectionTitle: string | null;
  /** Exactly the stored text from `start` to `end`. */
  text: string;
  /** A little of the text before and after, cut at word boundaries. */
  before: string;
  after: string;
  note: string;
  severity: number | null;
  eventId: string | null;
  /** "loss: mother, age 7": the linked event as a coder reads it. */
  event: string | null;
}

const idList = z.array(id).max(10_000);

export const segmentListArgs = z
  .object({
    transcriptIds: idList.optional(),
    codeIds: idList.optional(),
    groupIds: idList.optional(),
    coderIds: idList.optional(),
    /** Question section numbers; null stands for "before the first section or unnumbered". */
    sections: z.array(z.number().int().min(0).max(999).nullable()).max(1000).optional(),
    severities: z.array(severity.nullable()).max(4).optional(),
    /** Only highlights linked to an event (`true`), to none (`false`), or either (omitted). */
    linkedToEvent: z.boolean().optional(),
    eventIds: idList.optional(),
    /** Words the highlighted text or its note contains (case-insensitive). */
    text: z.string().max(200).optional(),
  })
  .strict();

export const segmentApi = {
  /** Every highlight across the chosen transcripts the acting coder may see, in transcript and text order. */
  'segment-list': takes(segmentListArgs).returns<Segment[]>(),
};

export type SegmentListArgs = z.input<typeof segmentListArgs>;
