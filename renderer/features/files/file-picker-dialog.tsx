import { useId } from 'react';
import { FILE_KIND_EXTENSIONS, type FileKind } from '../../../shared/files/file-kinds.ts';
import { useFormatter } from '../../state/prefs.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';
import { Crumbs, Entry, NameField, NewFolderRow, ReplaceQuestion } from './file-picker-parts.tsx';
import { ACTION, statusText, type PickerMode } from './picker-logic.ts';
import { usePicker } from './use-picker.ts';

export interface FilePickerProps {
  mode: PickerMode;
  title: string;
  /** What is listed besides folders (default: .attune). In 'folder' mode they are shown, not chosen. */
  kinds?: FileKind[];
  /** The file name offered in 'new' and 'save' modes. */
  defaultName?: string;
  /** A folder (or a file's path) to start in; home when omitted, gone or outside it. */
  start?: string | undefined;
  onPick: (path: string) => void;
  onClose: () => void;
}

/**
 * The browser UI's file picker: a browser cannot give the host a path, so the host lists the folders under
 * the user's home folder and this dialog walks them. Breadcrumbs; a list moved through with the arrow
 * keys (Enter opens a folder or picks a file, Backspace goes up); a name field for a new or saved file,
 * checked by the host before it is picked; New folder where a file or folder is being chosen to write to.
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
  const p = usePicker({ mode, kinds, defaultName, start, onPick });
  const { listing, error, loading, go, active, setActive, name, setName, setProblem, replace, setReplace } = p;
  const { making, setMaking, list, entries, current, named, choose, submit, makeFolder, onListKey } = p;
  const ids = { list: useId(), name: useId(), status: useId() };
  const f = useFormatter();
  return (
    <ModalDialog title={title} onClose={onClose}>
      <div className={`file-picker file-picker--${mode}`}>
        <div className="fp-top">
          <Crumbs crumbs={listing?.crumbs ?? []} onGo={(path) => void go(path)} />
          {mode !== 'open' && !making && (
            <button type="button" className="btn btn-small" onClick={() => setMaking(true)} disabled={!listing}>
              New folder…
            </button>
          )}
        </div>
        {making && <NewFolderRow onCreate={makeFolder} onCancel={() => setMaking(false)} />}
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
              muted={mode === 'folder' && e.type === 'file'}
              when={e.modified ? f.dateTime(e.modified) : ''}
              onClick={() => {
                setActive(i);
                if (e.type === 'file' && named) {
                  setName(e.name);
                  setProblem(null);
                }
              }}
              onOpen={() => choose(e)}
            />
          ))}
        </ul>
        <p id={ids.status} className="fp-status muted small" role="status">
          {error ?? statusText(mode, loading, entries.length, listing?.omitted ?? 0, kinds)}
        </p>
        {named && (
          <NameField
            id={ids.name}
            name={name}
            problem={p.typedProblem ?? p.problem}
            onChange={(n) => {
              setName(n);
              setProblem(null);
              setReplace(null);
            }}
            onEnter={submit}
          />
        )}
        {replace && (
          <ReplaceQuestion name={replace.name} onKeep={() => setReplace(null)} onReplace={() => onPick(replace.path)} />
        )}
        <div className="fp-foot">
          <span className="fp-where muted small mono" title={listing?.path}>
            {listing?.path}
          </span>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="btn btn-primary" onClick={submit} disabled={p.disabled}>
            {ACTION[mode]}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
