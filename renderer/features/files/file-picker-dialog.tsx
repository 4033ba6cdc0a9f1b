import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { FILE_KIND_EXTENSIONS, type FileEntry, type FileKind } from '../../../shared/api/files.ts';
import { useFormatter } from '../../state/prefs.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { joinPath, useFolder } from './use-folder.ts';

export interface FilePickerProps {
  /** 'open' picks an existing file; 'new' and 'save' name a file in the folder shown. */
  mode: 'open' | 'new' | 'save';
  title: string;
  /** What is listed besides folders (default: .attune). */
  kinds?: FileKind[];
  /** The file name offered in 'new' and 'save' modes. */
  defaultName?: string;
  /** A folder (or a file's path) to start in; home when omitted, gone or outside it. */
  start?: string | undefined;
  onPick: (path: string) => void;
  onClose: () => void;
}

const ACTION = { open: 'Open', new: 'Create', save: 'Save' } as const;

/** The name with the kind's extension (the first kind asked for) when it has none of them. */
function withExtension(name: string, kinds: readonly FileKind[]): string {
  const lower = name.toLowerCase();
  if (kinds.some((k) => lower.endsWith(FILE_KIND_EXTENSIONS[k]))) return name;
  return name + FILE_KIND_EXTENSIONS[kinds[0] ?? 'attune'];
}

/**
 * The browser UI's file picker: a browser cannot give the host a path, so the host lists the folders under
 * the user's home folder and this dialog walks them. Breadcrumbs; a list moved through with the arrow
 * keys (Enter opens a folder or picks a file, Backspace goes up); a name field for a new file.
 */
export function FilePickerDialog({
  mode,
  title,
  kinds = ['attune'],
  defaultName,
  start,
  onPick,
  onClose,
}: FilePickerProps) {
  const { listing, error, loading, go } = useFolder(kinds, start);
  const [active, setActive] = useState(0);
  const [name, setName] = useState(defaultName ?? '');
  const list = useRef<HTMLUListElement>(null);
  const ids = { list: useId(), name: useId(), status: useId() };
  const f = useFormatter();
  const entries = listing?.entries ?? [];
  const current: FileEntry | undefined = entries[active];

  useEffect(() => {
    setActive(0);
    if (mode === 'open') list.current?.focus();
  }, [listing?.path, mode]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = (e: FileEntry | undefined) => {
    if (!e) return;
    if (e.type === 'folder') void go(e.path);
    else if (mode === 'open') onPick(e.path);
    else setName(e.name);
  };
  const up = () => {
    const crumbs = listing?.crumbs ?? [];
    const parent = crumbs[crumbs.length - 2];
    if (parent) void go(parent.path);
  };
  const submit = () => {
    if (!listing) return;
    if (mode === 'open') {
      if (current?.type === 'file') onPick(current.path);
      else choose(current);
      return;
    }
    const n = name.trim();
    if (n && !/[\\/]/.test(n)) onPick(joinPath(listing.path, withExtension(n, kinds)));
  };

  const onListKey = (e: KeyboardEvent) => {
    const last = entries.length - 1;
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: last };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.max(0, Math.min(last, moves[e.key]!)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(current);
    } else if (e.key === 'Backspace' || (e.altKey && e.key === 'ArrowUp')) {
      e.preventDefault();
      up();
    }
  };

  const nameProblem = mode !== 'open' && /[\\/]/.test(name) ? 'A file name cannot contain / or \\.' : null;
  return (
    <ModalDialog title={title} onClose={onClose}>
      <div className="file-picker">
        <Crumbs crumbs={listing?.crumbs ?? []} onGo={(path) => void go(path)} />
        <ul
          ref={list}
          id={ids.list}
          className="fp-list"
          role="listbox"
          aria-label={`Folders and ${kinds.map((k) => FILE_KIND_EXTENSIONS[k]).join(', ')} files`}
          aria-activedescendant={current ? `${ids.list}-${active}` : undefined}
          aria-describedby={ids.status}
          tabIndex={0}
          onKeyDown={onListKey}
        >
          {entries.map((e, i) => (
            <Entry
              key={e.path}
              id={`${ids.list}-${i}`}
              entry={e}
              selected={i === active}
              when={e.modified ? f.dateTime(e.modified) : ''}
              onClick={() => {
                setActive(i);
                if (e.type === 'file' && mode !== 'open') setName(e.name);
              }}
              onOpen={() => choose(e)}
            />
          ))}
        </ul>
        <p id={ids.status} className="fp-status muted small" role="status">
          {error ?? statusText(loading, entries.length, listing?.omitted ?? 0, kinds)}
        </p>
        {mode !== 'open' && (
          <NameField id={ids.name} name={name} problem={nameProblem} onChange={setName} onEnter={submit} />
        )}
        <div className="fp-foot">
          <span className="fp-where muted small mono" title={listing?.path}>
            {listing?.path}
          </span>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            onClick={submit}
            disabled={!listing || (mode === 'open' ? current?.type !== 'file' : !name.trim() || !!nameProblem)}
          >
            {ACTION[mode]}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}

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

function Crumbs({ crumbs, onGo }: { crumbs: { name: string; path: string }[]; onGo: (path: string) => void }) {
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
  when: string;
  onClick: () => void;
  onOpen: () => void;
}

function Entry({ id, entry, selected, when, onClick, onOpen }: EntryProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      className={`fp-item fp-item--${entry.type}`}
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

function NameField({ id, name, problem, onChange, onEnter }: NameFieldProps) {
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
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onEnter();
          }
        }}
      />
      {problem && <p className="field-error">{problem}</p>}
    </div>
  );
}

function statusText(loading: boolean, n: number, omitted: number, kinds: readonly FileKind[]): string {
  if (loading) return 'Reading the folder…';
  if (n === 0) return `No folders or ${kinds.map((k) => FILE_KIND_EXTENSIONS[k]).join(', ')} files here.`;
  const more = omitted ? ` (${omitted} more not listed)` : '';
  return `${n} ${n === 1 ? 'item' : 'items'}${more}. Enter opens, Backspace goes up.`;
}
