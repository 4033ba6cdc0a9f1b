import { useRef } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import { stepFrom } from '../highlights/index.ts';

interface Props {
  /** The event's name as the score sheet shows it ("Loss: grandmother (age 9)"). */
  name: string;
  /** This coder's highlights linked to the event, in reading order. */
  linked: readonly Annotation[];
  onJump: (annotation: Annotation) => void;
}

/**
 * How many highlights (unresolved indicators) are linked to a loss or trauma event, beside its row
 * of unresolved ratings: evidence for the rating, never a score. Each click shows the
 * next one in the transcript.
 */
export function EventIndicators({ name, linked, onJump }: Props) {
  const last = useRef<string | undefined>(undefined);
  if (linked.length === 0) return <span className="event-indicators event-indicators--none">0 linked</span>;
  const n = linked.length;
  return (
    <button
      type="button"
      className="event-indicators"
      aria-label={`Show the ${n === 1 ? 'highlight' : `${n} highlights`} linked to ${name} in the transcript`}
      title={
        n === 1
          ? 'Show the linked highlight in the transcript'
          : 'Show the linked highlights in the transcript, one per click'
      }
      onClick={() => {
        const next = stepFrom(linked, 0, 1, last.current);
        if (!next) return;
        last.current = next.id;
        onJump(next);
      }}
    >
      {n} linked
    </button>
  );
}
