import { useCallback, useEffect, useState } from 'react';
import type { FileKind, FolderListing } from '../../../shared/api/files.ts';
import { errorMessage, send } from '../../api/client.ts';

/** One folder's listing from the host (files-list), and moving between folders. */
export function useFolder(kinds: readonly FileKind[], start: string | undefined) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const kindsKey = kinds.join(',');

  const go = useCallback(
    async (path: string | undefined) => {
      setLoading(true);
      try {
        const next = await send('files-list', { ...(path ? { path } : {}), kinds: kindsKey.split(',') as FileKind[] });
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

  useEffect(() => {
    // A start folder that is gone or outside home falls back to home.
    void go(start).then((ok) => {
      if (!ok && start) void go(undefined);
    });
  }, [go, start]);

  /** A listing the host answered another way (a folder just created). */
  const show = useCallback((next: FolderListing) => {
    setListing(next);
    setError(null);
  }, []);

  return { listing, error, loading, go, show };
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
