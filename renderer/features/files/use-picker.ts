import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FileEntry, FileKind, FileTarget } from '../../../shared/api/files.ts';
import { errorMessage, send } from '../../api/client.ts';
import { decide, nameProblem, withExtension, type PickerMode } from './picker-logic.ts';
import { useFolder } from './use-folder.ts';

/** The picker's state: the folder shown, the active entry, the name typed, and what Enter and the buttons do. */
export function usePicker({
  mode,
  kinds,
  defaultName,
  start,
  onPick,
}: {
  mode: PickerMode;
  kinds: FileKind[];
  defaultName: string | undefined;
  start: string | undefined;
  onPick: (path: string) => void;
}) {
  const { listing, error, loading, go, up, show } = useFolder(kinds, start);
  const [active, setActive] = useState(0);
  const [name, setName] = useState(defaultName ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [replace, setReplace] = useState<FileTarget | null>(null);
  const [making, setMaking] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const entries = listing?.entries ?? [];
  const current: FileEntry | undefined = entries[active];
  const named = mode === 'new' || mode === 'save';

  useEffect(() => {
    setActive(0);
    setReplace(null);
    if (mode === 'open' || mode === 'folder') list.current?.focus();
  }, [listing?.path, mode]);
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = (e: FileEntry | undefined) => {
    if (!e) return;
    if (e.type === 'folder') void go(e.path);
    else if (mode === 'open') onPick(e.path);
    else if (named) setName(e.name);
  };
  const submitName = async () => {
    if (!listing || (mode !== 'new' && mode !== 'save')) return;
    const n = name.trim();
    const local = n ? nameProblem(name) : 'Enter a file name.';
    if (local) return setProblem(local);
    try {
      const target = await send('files-get', { folder: listing.path, name: withExtension(n, kinds) });
      const next = decide(mode, target);
      setProblem(next === 'pick' || next === 'ask' ? null : next);
      if (next === 'pick') onPick(target.path);
      else if (next === 'ask') setReplace(target);
    } catch (e) {
      setProblem(errorMessage(e));
    }
  };
  const submit = () => {
    if (!listing) return;
    if (mode === 'folder') return onPick(listing.path);
    if (mode === 'open') return current?.type === 'file' ? onPick(current.path) : choose(current);
    void submitName();
  };
  const makeFolder = async (folderName: string): Promise<string | null> => {
    if (!listing) return null;
    try {
      show(await send('files-create', { folder: listing.path, name: folderName, kinds }));
      setMaking(false);
      return null;
    } catch (e) {
      return errorMessage(e);
    }
  };

  const onListKey = (e: KeyboardEvent) =>
    listKey(e, { active, last: entries.length - 1, setActive, choose: () => choose(current), up: () => void up() });

  const typedProblem = named ? nameProblem(name) : null;
  const disabled =
    !listing ||
    loading ||
    (mode === 'open' && current?.type !== 'file') ||
    (named && (!name.trim() || !!typedProblem || replace !== null));
  return {
    listing,
    error,
    loading,
    go,
    active,
    setActive,
    name,
    setName,
    problem,
    setProblem,
    replace,
    setReplace,
    making,
    setMaking,
    list,
    entries,
    current,
    named,
    choose,
    submit,
    makeFolder,
    onListKey,
    typedProblem,
    disabled,
  };
}

/** The list's keys: arrows, Home and End move; Enter opens or picks; Backspace (or Alt+↑) goes up. */
function listKey(
  e: KeyboardEvent,
  k: { active: number; last: number; setActive: (i: number) => void; choose: () => void; up: () => void },
) {
  const moves: Record<string, number> = { ArrowDown: k.active + 1, ArrowUp: k.active - 1, Home: 0, End: k.last };
  if (e.key in moves && !(e.altKey && e.key === 'ArrowUp')) {
    e.preventDefault();
    k.setActive(Math.max(0, Math.min(k.last, moves[e.key]!)));
  } else if (e.key === 'Enter') {
    e.preventDefault();
    k.choose();
  } else if (e.key === 'Backspace' || (e.altKey && e.key === 'ArrowUp')) {
    e.preventDefault();
    k.up();
  }
}
