import { useEffect, useRef, useState } from 'react';
import type { StoredSection } from '../../../shared/api/transcript.ts';

interface Props {
  section: StoredSection;
  /** The section's heading, naming the form. */
  heading: string;
  /** Busy with another edit: saving waits. */
  disabled: boolean;
  /** Resolves true once saved. */
  onRename: (next: { number: number | null; title: string }) => Promise<boolean>;
  /** Saved or cancelled (Esc or Cancel). */
  onDone: () => void;
}

/** A section's number and title, edited in place in its outline row; the title is selected to type over. */
export function SectionRenameForm({ section, heading, disabled, onRename, onDone }: Props) {
  const [number, setNumber] = useState(section.number === null ? '' : String(section.number));
  const [title, setTitle] = useState(section.title);
  const [error, setError] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    titleInput.current?.select();
  }, []);

  const save = async () => {
    const n = number.trim();
    if (n !== '' && !/^\d{1,3}$/.test(n)) {
      setError('A question number is a whole number from 0 to 999, or empty.');
      return;
    }
    if (await onRename({ number: n === '' ? null : Number(n), title: title.trim() })) onDone();
  };

  return (
    <form
      className="outline-edit"
      aria-label={`Rename ${heading}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onDone();
        }
      }}
    >
      <span className="outline-edit-fields">
        <label className="outline-edit-num">
          <span className="visually-hidden">Question number</span>
          <span aria-hidden="true" className="outline-edit-q">
            Q
          </span>
          <input
            className="input input-small mono"
            inputMode="numeric"
            placeholder="–"
            value={number}
            aria-invalid={error ? 'true' : undefined}
            onChange={(e) => setNumber(e.target.value)}
          />
        </label>
        <label className="outline-edit-title">
          <span className="visually-hidden">Section title</span>
          <input
            ref={titleInput}
            className="input input-small"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.target.value)}
          />
        </label>
      </span>
      {error && <span className="meta-error">{error}</span>}
      <span className="outline-edit-actions">
        <button type="button" className="btn btn-quiet btn-small" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary btn-small" disabled={disabled}>
          Save
        </button>
      </span>
    </form>
  );
}
