import { useEffect, useId, useRef, useState } from 'react';
import type { Rating } from '../../../shared/api/rating.ts';

interface Props {
  /** The note belongs to a rating: without one the field is disabled. */
  rating: Rating | null;
  onNote: (note: string) => void;
}

/** The rating's note, saved when the field is left (Ctrl/⌘+Enter leaves it). */
export function RatingNote({ rating, onNote }: Props) {
  const [note, setNote] = useState(rating?.note ?? '');
  const typing = useRef(false);
  const noteId = useId();
  // Show saved (and undone) notes unless the coder is typing here.
  useEffect(() => {
    if (!typing.current) setNote(rating?.note ?? '');
  }, [rating?.note]);
  const rated = rating !== null;

  return (
    <>
      <label className="field-label" htmlFor={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        className="input note-input score-note"
        rows={2}
        value={note}
        disabled={!rated}
        placeholder={rated ? 'Why this rating? (saved when you leave the field)' : 'Rate first, then add a note.'}
        onChange={(e) => {
          typing.current = true;
          setNote(e.target.value);
        }}
        onBlur={() => {
          typing.current = false;
          if (rating && note !== rating.note) onNote(note);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
      />
    </>
  );
}
