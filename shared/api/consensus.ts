import { z } from 'zod';
import type { Annotation } from './annotation.ts';
import type { Coder } from './coder.ts';
import type { Classification } from './classification.ts';
import type { LossEvent } from './event.ts';
import { takes } from './method.ts';
import { emptyArgs, id, noteText } from './primitives.ts';
import { ratingTarget, type Rating } from './rating.ts';

/**
 * Consensus: a separate record (a coder whose role is 'consensus'), so the independent codings stay as
 * they were. Each consensus item remembers where it came from (`origin`) and why (`rationale`).
 */
export interface ConsensusOrigin {
  /** 'accepted' copies one coder's item unchanged; 'edited' was changed after accepting; 'new' was made in conference. */
  how: 'accepted' | 'edited' | 'new';
  coderId: string | null;
  /**
   * The source item: an annotation id, or "<scaleId>|<target>", or "classification", or "event:<id>"
   * (a coder's loss/trauma event: on the consensus event and on each rating copied with it).
   */
  item: string | null;
}

export interface ConsensusProvenance {
  origin: ConsensusOrigin | null;
  rationale: string;
}

export interface ConsensusRecord {
  consensus: Coder;
  annotations: (Annotation & ConsensusProvenance)[];
  /** Ratings of every target, including `event:<id>` of the consensus's own events. */
  ratings: (Rating & ConsensusProvenance)[];
  /** The consensus's own loss/trauma events (accepted from a coder's event, or listed in conference). */
  events: (LossEvent & ConsensusProvenance)[];
  classification: (Classification & ConsensusProvenance) | null;
}

export const consensusSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('annotation'), annotationId: id }).strict(),
  z.object({ kind: z.literal('rating'), coderId: id, scaleId: id, target: ratingTarget }).strict(),
  z.object({ kind: z.literal('classification'), coderId: id }).strict(),
  z.object({ kind: z.literal('event'), coderId: id, eventId: id }).strict(),
]);

const rationale = noteText;

export const consensusAcceptArgs = z
  .object({ transcriptId: id, source: consensusSource, rationale: rationale.default('') })
  .strict();
export const consensusSetRationaleArgs = z
  .object({
    transcriptId: id,
    item: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('annotation'), annotationId: id }).strict(),
      z.object({ kind: z.literal('rating'), scaleId: id, target: ratingTarget }).strict(),
      z.object({ kind: z.literal('classification') }).strict(),
      z.object({ kind: z.literal('event'), eventId: id }).strict(),
    ]),
    rationale,
  })
  .strict();

export const consensusGetArgs = z.object({ transcriptId: id }).strict();

export const consensusApi = {
  /** Start the project's consensus record (a coder with role "consensus"), or get it; leads and trainers only. */
  'consensus-start': takes(emptyArgs).returns<Coder>(),
  'consensus-get': takes(consensusGetArgs).returns<ConsensusRecord>(),
  /**
   * Copy one coder's item into the consensus record with a rationale. Accepting a rating or the
   * classification replaces the consensus value; accepting an annotation adds it (once). Accepting an
   * event copies it (kind, who, age, note) to a consensus event, once: accepting it again updates that
   * event and makes its ratings the coder's again. Its ratings (unresolved loss/trauma, target
   * `event:<id>`) are copied to `event:<consensus event id>`. Accepted highlights that were linked to
   * the coder's event are linked to the consensus event, whichever was accepted first.
   * Consensus event ratings are edited with rating-set and the event removed with event-delete.
   */
  'consensus-accept': takes(consensusAcceptArgs).returns<ConsensusRecord>(),
  /** Edit the rationale of a consensus item (its content is edited through the usual annotation/rating/classification/event calls). */
  'consensus-set-rationale': takes(consensusSetRationaleArgs).returns<ConsensusRecord>(),
};
