import { useId, useState, type FormEvent } from 'react';

interface Props {
  fields: string[];
  disabled: boolean;
  onChange: (fields: string[]) => void;
}

/** Field names as removable chips plus an input that adds one (Enter or Add). */
export function HiddenFieldsEditor({ fields, disabled, onChange }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();

  const add = (e: FormEvent) => {
    e.preventDefault();
    const name = draft.trim();
    if (!name) return;
    if (name.length > 80) return setError('A field name has at most 80 characters.');
    if (fields.some((f) => f.toLowerCase() === name.toLowerCase())) return setError(`“${name}” is already hidden.`);
    setError(null);
    setDraft('');
    onChange([...fields, name]);
  };

  return (
    <div className="chips-editor">
      <ul className="chips" aria-label="Hidden fields">
        {fields.length === 0 && <li className="muted small">No field is hidden.</li>}
        {fields.map((f) => (
          <li key={f} className="chip">
            <span>{f}</span>
            {!disabled && (
              <button
                type="button"
                className="chip-remove"
                aria-label={`Stop hiding ${f}`}
                onClick={() => onChange(fields.filter((x) => x !== f))}
              >
                ×
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <form className="field-row" onSubmit={add}>
          <label className="visually-hidden" htmlFor={inputId}>
            Field to hide
          </label>
          <input
            id={inputId}
            className="input"
            value={draft}
            placeholder="e.g. SSP classification"
            maxLength={80}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="btn">
            Hide field
          </button>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
