import { z } from 'zod';
import { takes } from './method.ts';
import { byId, id, lineText, noteText, ownerArgs } from './primitives.ts';

/** A loss or trauma the speaker discusses: unresolved scales are rated per event. */
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

export const eventKind = z.enum(['loss', 'trauma']);
const who = lineText(200);
const speakerAge = lineText(40);

export const eventCreateArgs = ownerArgs
  .extend({
    /** Given only when undo puts a deleted event back (its ratings refer to this id). */
    id: id.optional(),
    kind: eventKind,
    who: who.default(''),
    speakerAge: speakerAge.default(''),
    note: noteText.default(''),
  })
  .strict();
export const eventUpdateArgs = z
  .object({
    id,
    kind: eventKind.optional(),
    who: who.optional(),
    speakerAge: speakerAge.optional(),
    note: noteText.optional(),
  })
  .strict();

export const eventApi = {
  'event-list': takes(ownerArgs).returns<LossEvent[]>(),
  'event-create': takes(eventCreateArgs).returns<LossEvent>(),
  'event-update': takes(eventUpdateArgs).returns<LossEvent>(),
  /** Deletes the event and its ratings; highlights linked to it are unlinked. */
  'event-delete': takes(byId).returns<null>(),
};
