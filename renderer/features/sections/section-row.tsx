import { useEffect, useRef, useState } from 'react';
import type { StoredSection } from '../../../shared/api/transcript.ts';
import { sectionHeading } from '../transcript/index.ts';

interface Props {
  section: StoredSection;
  line: number;
  current: boolean;
  canEdit: boolean;
  /** Busy with another edit: actions wait. */
  disabled: boolean;
  onJump: () => void;
  onRename: (next: { number: number | null; title: string }) => Promise<boolean>;
  onDelete: () => void;
}

const PENCIL = 'M3 11.5 10.8 3.7l1.5 1.5L4.5 13H3v-1.5Zm8.9-8.9 1-1a1 1 0 0 1 1.4 0l.1.1a1 1 0 0 1 0 1.4l-1 1-1.5-1.5Z';
const BIN = 'M5.5 2h5l.5 1.5H14V5H2V3.5h3L5.5 2ZM3.5 6h9l-.7 8H4.2l-.7-8Z';

function Icon({ d }: { d: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <path d={d} fill="currentColor" />
    </svg>
  );
}

/** One question section in the outline: click to jump; leads and trainers rename or delete it in place. */
export function SectionRow({ section, line, current, canEdit, disabled, onJump, onRename, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const titleInput = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const heading = sectionHeading(section);

  useEffect(() => {
    if (editing) titleInput.current?.select();
    else if (wasEditing.current) renameButton.current?.focus(); // back where the user started
    wasEditing.current = editing;
  }, [editing]);

  const startEditing = () => {
    setNumber(section.number === null ? '' : String(section.number));
    setTitle(section.title);
    setError(null);
    setEditing(true);
  };

  const save = async () => {
    const n = number.trim();
    if (n !== '' && !/^\d{1,3}$/.test(n)) {
      setError('A question number is a whole number from 0 to 999, or empty.');
      return;
    }
    if (await onRename({ number: n === '' ? null : Number(n), title: title.trim() })) setEditing(false);
  };

  if (editing) {
    return (
      <li className="outline-row outline-row--editing">
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
              setEditing(false);
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
            <button type="button" className="btn btn-quiet btn-small" onClick={() => setEditing(false)}>
              Cancel
            </button>
            <button type="submit" className="btn btn-primary btn-small" disabled={disabled}>
              Save
            </button>
          </span>
        </form>
      </li>
    );
  }

  return (
    <li className="outline-row" aria-current={current ? 'location' : undefined}>
      <button type="button" className="outline-item" onClick={onJump} title={`Go to ${heading} (line ${line})`}>
        <span className={`outline-num${section.number === null ? ' outline-num--none' : ''}`}>
          {section.number === null ? '•' : `Q${section.number}`}
        </span>
        <span className="outline-title">{section.title || <span className="muted">Untitled</span>}</span>
        <span className="outline-line">line {line}</span>
      </button>
      {canEdit && (
        <span className="outline-actions">
          <button
            ref={renameButton}
            type="button"
            className="icon-btn"
            aria-label={`Rename ${heading}`}
            title="Rename"
            disabled={disabled}
            onClick={startEditing}
          >
            <Icon d={PENCIL} />
          </button>
          <button
            type="button"
            className="icon-btn icon-btn--danger"
            aria-label={`Delete ${heading}`}
            title="Delete section"
            disabled={disabled}
            onClick={onDelete}
          >
            <Icon d={BIN} />
          </button>
        </span>
      )}
    </li>
  );
}
