import { useId } from 'react';

interface Props {
  note: string;
  /** The note belongs to a classification, so it waits for a primary category. */
  disabled: boolean;
  onEdit: (text: string) => void;
  onCommit: () => void;
}

/** The free-text note on the classification, saved when the field is left. */
export function ClassificationNote({ note, disabled, onEdit, onCommit }: Props) {
  const noteId = useId();
  return (
    <div className="cls-block">
      <label className="field-label" htmlFor={noteId}>
        Note
      </label>
      <textarea
        id={noteId}
        className="input note-input"
        rows={3}
        value={note}
        disabled={disabled}
        placeholder={
          disabled
            ? 'Choose a classification first.'
            : 'Reasons, doubts, what would change it (saved when you leave the field)'
        }
        onChange={(e) => onEdit(e.target.value)}
        onBlur={onCommit}
      />
    </div>
  );
}
