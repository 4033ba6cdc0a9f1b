import { useCallback, useEffect, useRef, useState } from 'react';
import type { FileKind, FolderListing } from '../../../shared/api/files.ts';
import { errorMessage, send } from '../../api/client.ts';

/**
 * One folder's listing from the host (files-list), and moving between folders. Moves run one after
 * another, each from where the last one arrived: Backspace pressed twice before the first answer goes up
 * two folders, and a slow answer never replaces a later one.
 */
export function useFolder(kinds: readonly FileKind[], start: string | undefined) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef<FolderListing | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const kindsKey = kinds.join(',');

  const load = useCallback(
    async (path: string | undefined) => {
      setLoading(true);
      try {
        const next = await send('files-list', { ...(path ? { path } : {}), kinds: kindsKey.split(',') as FileKind[] });
        latest.current = next;
        setListing(next);
        setError(null);
        return true;
      } catch (e) {
        setError(errorMessage(e));
        return false;
      } finally {
        setLoading(false);
      }
    },
    [kindsKey],
  );

  /** Queue a move; `to` picks the folder once the moves before it have arrived. */
  const move = useCallback(
    (to: () => string | null | undefined): Promise<boolean> => {
      const run = queue.current.then(() => {
        const path = to();
        return path === null ? false : load(path);
      });
      queue.current = run;
      return run;
    },
    [load],
  );
  const go = useCallback((path: string | undefined) => move(() => path), [move]);
  /** The parent of wherever the moves before this one arrived. */
  const up = useCallback(
    () =>
      move(() => {
        const crumbs = latest.current?.crumbs ?? [];
        return crumbs[crumbs.length - 2]?.path ?? null;
      }),
    [move],
  );

  useEffect(() => {
    // A start folder that is gone or outside home falls back to home.
    void go(start).then((ok) => {
      if (!ok && start) void go(undefined);
    });
  }, [go, start]);

  /** A listing the host answered another way (a folder just created). */
  const show = useCallback((next: FolderListing) => {
    latest.current = next;
    setListing(next);
    setError(null);
  }, []);

  return { listing, error, loading, go, up, show };
}

/** The listing's own separator, so a path typed on Windows and one built here agree. */
export function joinPath(folder: string, name: string): string {
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/** The folder part of a path, or undefined when it has none. */
export function folderOf(path: string): string | undefined {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i > 0 ? path.slice(0, i) : undefined;
}
