import { useState } from 'react';

interface Props {
  names: readonly string[];
  /** Names typed here, not yet in the project (the plan adds them as coders). */
  added: readonly string[];
  chosen: ReadonlySet<string>;
  onToggle: (name: string) => void;
  onAdd: (name: string) => void;
}

/** The plan's coders as checkboxes, and a field to add a coder who is not in the project yet. */
export function CoderChoices({ names, added, chosen, onToggle, onAdd }: Props) {
  const [newName, setNewName] = useState('');
  const add = () => {
    const name = newName.trim();
    if (!name) return;
    onAdd(name);
    setNewName('');
  };
  return (
    <fieldset className="study-coders">
      <legend className="field-label">Coders</legend>
      {names.map((n) => (
        <label key={n} className="check-row">
          <input type="checkbox" checked={chosen.has(n)} onChange={() => onToggle(n)} />
          <span>{n}</span>
          {added.includes(n) && <span className="cp-tag cp-tag-muted">new</span>}
        </label>
      ))}
      <div className="study-add">
        <input
          className="input input-small"
          aria-label="New coder name"
          placeholder="Add a coder…"
          value={newName}
          maxLength={80}
          onChange={(e) => setNewName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="btn btn-small" onClick={add} disabled={!newName.trim()}>
          Add
        </button>
      </div>
    </fieldset>
  );
}
