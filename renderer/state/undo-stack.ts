import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/**
 * One undo/redo history for every coding action (highlights, notes, ratings, classification,
 * events, memos). Each entry knows how to undo and redo itself through the API, so undo is just
 * another saved write: the save indicator and error banner apply to it too.
 */
export interface UndoEntry {
  /** Shown in menus and the toast: "Undo Add highlight". */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

interface UndoState {
  past: UndoEntry[];
  future: UndoEntry[];
  busy: boolean;
}

const LIMIT = 200;
const store = createStore<UndoState>(() => ({ past: [], future: [], busy: false }));
const set = (next: UndoState) => store.setState(next, true);

/** Record an action that has already been done (and saved). Clears the redo branch. */
export function pushUndo(entry: UndoEntry): void {
  const state = store.getState();
  set({ past: [...state.past, entry].slice(-LIMIT), future: [], busy: state.busy });
}

async function step(from: 'past' | 'future'): Promise<string | null> {
  const state = store.getState();
  if (state.busy) return null; // one at a time: a second Ctrl+Z while the first is saving is ignored
  const list = state[from];
  const entry = list[list.length - 1];
  if (!entry) return null;
  set({ ...state, busy: true });
  try {
    await (from === 'past' ? entry.undo() : entry.redo());
    const rest = list.slice(0, -1);
    const now = store.getState();
    set(
      from === 'past'
        ? { past: rest, future: [...now.future, entry], busy: false }
        : { past: [...now.past, entry], future: rest, busy: false },
    );
    return entry.label;
  } catch (e) {
    // The entry stays where it was, so the user can try again once the cause is fixed.
    set({ ...store.getState(), busy: false });
    throw e;
  }
}

export const undo = () => step('past');
export const redo = () => step('future');

/** Forget the history (another transcript or project: its entries would act on the wrong data). */
export function clearUndo(): void {
  set({ past: [], future: [], busy: false });
}

export function useUndoState(): {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  busy: boolean;
} {
  const s = useStore(store);
  return {
    canUndo: s.past.length > 0 && !s.busy,
    canRedo: s.future.length > 0 && !s.busy,
    undoLabel: s.past[s.past.length - 1]?.label ?? null,
    redoLabel: s.future[s.future.length - 1]?.label ?? null,
    busy: s.busy,
  };
}
