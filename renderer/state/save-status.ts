import { useSyncExternalStore } from 'react';
import { errorMessage } from '../api/client.ts';

/**
 * Whether every write the UI started has been confirmed by the host. "All changes saved" is shown
 * only when the last write resolved OK and none is in flight; a failed write shows an error banner.
 */
export interface SaveStatus {
  pending: number;
  /** Set once some write has resolved OK (before that there is nothing to report). */
  savedAt: number | null;
  error: string | null;
}

let status: SaveStatus = { pending: 0, savedAt: null, error: null };
const listeners = new Set<() => void>();

function set(next: SaveStatus) {
  status = next;
  for (const l of listeners) l();
}

/** Wrap a write call: the indicator says "Saving…" until it resolves. Rejections are passed on. */
export async function trackWrite<T>(what: string, call: Promise<T>): Promise<T> {
  set({ ...status, pending: status.pending + 1 });
  try {
    const value = await call;
    set({ pending: status.pending - 1, savedAt: Date.now(), error: status.error });
    return value;
  } catch (e) {
    set({ pending: status.pending - 1, savedAt: status.savedAt, error: `${what}: ${errorMessage(e)}` });
    throw e;
  }
}

export function dismissSaveError(): void {
  set({ ...status, error: null });
}

export function resetSaveStatus(): void {
  set({ pending: 0, savedAt: null, error: null });
}

export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => status,
  );
}
