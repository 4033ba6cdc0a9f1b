import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { ApiCallError, errorMessage } from '../api/client.ts';

/**
 * Whether every write the UI started has been confirmed by the host. "All changes saved" is shown
 * only when the last write resolved OK and none is in flight; a failed write shows an error banner.
 */
export interface SaveStatus {
  pending: number;
  /** Fields holding an edit that is not saved (typed but not confirmed, or refused as invalid). */
  unsaved: number;
  /** Set once some write has resolved OK (before that there is nothing to report). */
  savedAt: number | null;
  error: string | null;
}

const store = createStore<SaveStatus>(() => ({ pending: 0, unsaved: 0, savedAt: null, error: null }));
const set = (next: SaveStatus) => store.setState(next, true);
const drafts = new Set<string>();

/** The host looked at the input and wrote nothing: an answer to show where the input was given. */
const REFUSALS = new Set(['validation', 'refused', 'not-found', 'conflict', 'passphrase']);

/**
 * Wrap a write call: the indicator says "Saving…" until it resolves. Rejections are passed on.
 * `refusalShownInPlace`: a refused input (a wrong file picked for import) is reported by the caller
 * beside that input; it is not a failed save, so the header and the error banner stay as they were.
 */
export async function trackWrite<T>(
  what: string,
  call: Promise<T>,
  opts: { refusalShownInPlace?: boolean } = {},
): Promise<T> {
  set({ ...store.getState(), pending: store.getState().pending + 1 });
  try {
    const value = await call;
    const status = store.getState();
    set({ ...status, pending: status.pending - 1, savedAt: Date.now() });
    return value;
  } catch (e) {
    const status = store.getState();
    const inPlace = opts.refusalShownInPlace && e instanceof ApiCallError && REFUSALS.has(e.type);
    set({ ...status, pending: status.pending - 1, error: inPlace ? status.error : `${what}: ${errorMessage(e)}` });
    throw e;
  }
}

/**
 * A field says whether it holds an edit that is not saved (`key` names the field); while any does,
 * the header says so instead of "All changes saved".
 */
export function markUnsaved(key: string, unsaved: boolean): void {
  if (unsaved === drafts.has(key)) return;
  if (unsaved) drafts.add(key);
  else drafts.delete(key);
  set({ ...store.getState(), unsaved: drafts.size });
}

export function dismissSaveError(): void {
  set({ ...store.getState(), error: null });
}

export function resetSaveStatus(): void {
  drafts.clear();
  set({ pending: 0, unsaved: 0, savedAt: null, error: null });
}

export function useSaveStatus(): SaveStatus {
  return useStore(store);
}
