import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
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

const store = createStore<SaveStatus>(() => ({ pending: 0, savedAt: null, error: null }));
const set = (next: SaveStatus) => store.setState(next, true);

/** Wrap a write call: the indicator says "Saving…" until it resolves. Rejections are passed on. */
export async function trackWrite<T>(what: string, call: Promise<T>): Promise<T> {
  set({ ...store.getState(), pending: store.getState().pending + 1 });
  try {
    const value = await call;
    const status = store.getState();
    set({ pending: status.pending - 1, savedAt: Date.now(), error: status.error });
    return value;
  } catch (e) {
    const status = store.getState();
    set({ pending: status.pending - 1, savedAt: status.savedAt, error: `${what}: ${errorMessage(e)}` });
    throw e;
  }
}

export function dismissSaveError(): void {
  set({ ...store.getState(), error: null });
}

export function resetSaveStatus(): void {
  set({ pending: 0, savedAt: null, error: null });
}

export function useSaveStatus(): SaveStatus {
  return useStore(store);
}
