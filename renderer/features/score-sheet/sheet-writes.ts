import type { LossEvent } from '../../../shared/api/event.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import {
  addEvent,
  linkHighlight,
  rate,
  removeEvent,
  setRatingNote,
  updateEvent,
  type EventFields,
  type Owner,
} from '../../state/coding-data.ts';
import { targetLabel } from './score-sheet-logic.ts';

const ignore = () => {
  // Failed writes are reported by the save indicator and error banner.
};

type Next = { value: number | null; notRateable: boolean } | null;

/**
 * The score sheet's writes for one coder's transcript, each an undoable step named for the Edit menu
 * ("Rate Loving (mother)"). `events` names event targets in those labels.
 */
export function sheetWrites(owner: Owner, events: readonly LossEvent[]) {
  const named = (target: string) => targetLabel(target, events).toLowerCase();
  return {
    rate: (scale: Scale, target: string, next: Next) =>
      rate(owner, scale.id, target, next, `Rate ${scale.label} (${named(target)})`).catch(ignore),
    note: (scale: Scale, target: string, note: string) =>
      setRatingNote(owner, scale.id, target, note, `Note on ${scale.label} (${named(target)})`).catch(ignore),
    link: (scale: Scale, target: string, annotationId: string, on: boolean) =>
      linkHighlight(
        owner,
        scale.id,
        target,
        annotationId,
        on,
        `${on ? 'Link' : 'Unlink'} highlight on ${scale.label}`,
      ).catch(ignore),
    addEvent: (kind: LossEvent['kind']) => addEvent(owner, { kind, who: '', speakerAge: '', note: '' }).catch(ignore),
    updateEvent: (id: string, f: Partial<EventFields>) => updateEvent(owner, id, f).catch(ignore),
    /** `linked`: the highlights linked to the event, unlinked with it (and linked again on undo). */
    removeEvent: (id: string, linked: string[]) => removeEvent(owner, id, linked).catch(ignore),
  };
}

export type SheetWrites = ReturnType<typeof sheetWrites>;
