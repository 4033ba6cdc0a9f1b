import { useEffect, useId, useRef, useState } from 'react';
import type { FileEntry } from '../../../shared/api/files.ts';

/** Drawn, not an emoji: the system may have no emoji font. */
function EntryIcon({ folder }: { folder: boolean }) {
  return (
    <svg className="fp-icon" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {folder ? (
        <path d="M1.5 3.5h5l1.5 1.5h6.5v8h-13z" fill="#d9c27a" stroke="#a88d3c" />
      ) : (
        <path d="M3.5 1.5h6l3 3v10h-9z M9.5 1.5v3h3" fill="#fff" stroke="#6b7580" />
      )}
    </svg>
  );
}

export function Crumbs({ crumbs, onGo }: { crumbs: { name: string; path: string }[]; onGo: (path: string) => void }) {
  return (
    <nav aria-label="Folder" className="fp-crumbs">
      <ol>
        {crumbs.map((c, i) => (
          <li key={c.path}>
            <button
              type="button"
              className="fp-crumb"
              aria-current={i === crumbs.length - 1 ? 'location' : undefined}
              onClick={() => onGo(c.path)}
              title={c.path}
            >
              {i === 0 ? `⌂ ${c.name}` : c.name}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}

interface EntryProps {
  id: string;
  entry: FileEntry;
  selected: boolean;
  /** Shown, but not chosen (files while choosing a folder). */
  muted: boolean;
  when: string;
  onClick: () => void;
  onOpen: () => void;
}

export function Entry({ id, entry, selected, muted, when, onClick, onOpen }: EntryProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      aria-disabled={muted || undefined}
      className={`fp-item fp-item--${entry.type}${muted ? ' fp-item--muted' : ''}`}
      onClick={onClick}
      onDoubleClick={onOpen}
    >
      <EntryIcon folder={entry.type === 'folder'} />
      <span className="fp-name">{entry.name}</span>
      {entry.type === 'file' ? (
        <span className="fp-meta">{when}</span>
      ) : (
        <span className="visually-hidden">, folder</span>
      )}
    </li>
  );
}

interface NameFieldProps {
  id: string;
  name: string;
  problem: string | null;
  onChange: (name: string) => void;
  onEnter: () => void;
}

export function NameField({ id, name, problem, onChange, onEnter }: NameFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className="fp-name-row">
      <label className="field-label" htmlFor={id}>
        File name
      </label>
      <input
        id={id}
        className="input mono"
        value={name}
        // The attribute, not React's autoFocus: the dialog's showModal() gives focus to it.
        ref={(el) => el?.setAttribute('autofocus', '')}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onEnter();
          }
        }}
      />
      {problem && (
        <p id={errorId} className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** "File exists: replace it?", Keep first (the safe choice Tab reaches first). */
/** Focus on the element once, when it appears (autofocus works only when the dialog opens). */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

export function ReplaceQuestion({
  name,
  onKeep,
  onReplace,
}: {
  name: string;
  onKeep: () => void;
  onReplace: () => void;
}) {
  const keep = useFocusOnMount<HTMLButtonElement>();
  return (
    <div className="fp-confirm" role="alertdialog" aria-label={`Replace ${name}?`}>
      <p>
        <strong className="mono">{name}</strong> already exists in this folder. Replace it?
      </p>
      <button type="button" className="btn" onClick={onKeep} ref={keep}>
        Keep it
      </button>
      <button type="button" className="btn btn-danger" onClick={onReplace}>
        Replace
      </button>
    </div>
  );
}

/** New folder: a name, then Create; the picker moves into it. */
export function NewFolderRow({
  onCreate,
  onCancel,
}: {
  onCreate: (name: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const field = useFocusOnMount<HTMLInputElement>();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const create = async () => {
    if (!name.trim()) return setProblem('Enter a name for the new folder.');
    setProblem(await onCreate(name.trim()));
  };
  return (
    <div className="fp-new-folder">
      <label className="field-label" htmlFor={id}>
        New folder name
      </label>
      <div className="fp-new-folder-row">
        <input
          id={id}
          className="input"
          value={name}
          ref={field}
          autoComplete="off"
          aria-invalid={problem ? true : undefined}
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void create();
            } else if (e.key === 'Escape') {
              // Closes this row, not the whole picker.
              e.preventDefault();
              onCancel();
            }
          }}
        />
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="btn" onClick={() => void create()}>
          Create folder
        </button>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
