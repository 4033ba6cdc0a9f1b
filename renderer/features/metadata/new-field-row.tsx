import { useState } from 'react';

interface Props {
  /** Why a field of this name cannot be added (empty, taken), or null. */
  problemOf: (name: string) => string | null;
  onAdd: (name: string) => void;
}

/** Name a new free field and add it (Enter or the button); a bad name is explained beside it. */
export function NewFieldRow({ problemOf, onAdd }: Props) {
  const [newField, setNewField] = useState('');
  const [addError, setAddError] = useState<string | null>(null);

  const addField = () => {
    const why = problemOf(newField);
    setAddError(why);
    if (why) return;
    onAdd(newField.trim());
    setNewField('');
  };

  return (
    <div className="meta-add-row">
      <input
        className="input input-small"
        placeholder="New field, e.g. group"
        aria-label="New field name"
        value={newField}
        aria-invalid={addError ? 'true' : undefined}
        onChange={(e) => {
          setNewField(e.target.value);
          setAddError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            addField();
          }
        }}
      />
      <button type="button" className="btn btn-small" onClick={addField}>
        + Add field
      </button>
      {addError && <span className="meta-error">{addError}</span>}
    </div>
  );
}
