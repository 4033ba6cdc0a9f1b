import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Highlight } from './types.ts';

/** A highlight whose create call has not resolved; `savedId` once it has (until the saved one is shown). */
export interface PendingHighlight extends Highlight {
  pending: true;
  savedId?: string;
}

export interface PendingHighlightsState {
  list: readonly PendingHighlight[];
  add: (highlight: PendingHighlight) => void;
  /** The create call resolved: keep showing it until the saved highlight with `savedId` is on screen. */
  resolve: (id: string, savedId: string) => void;
  remove: (ids: readonly string[]) => void;
  clear: () => void;
}

/**
 * Highlights being saved, kept outside React state: adding one re-renders only the transcript view
 * that subscribes (not the whole coding view), so a code key paints its highlight within a frame.
 */
export type PendingHighlights = StoreApi<PendingHighlightsState>;

export function createPendingHighlights(): PendingHighlights {
  return createStore<PendingHighlightsState>()((set, get) => ({
    list: [],
    add: (highlight) => set({ list: [...get().list, highlight] }),
    resolve: (id, savedId) => set({ list: get().list.map((p) => (p.id === id ? { ...p, savedId } : p)) }),
    remove: (ids) => {
      if (ids.length === 0) return;
      const drop = new Set(ids);
      set({ list: get().list.filter((p) => !drop.has(p.id)) });
    },
    clear: () => {
      if (get().list.length) set({ list: [] });
    },
  }));
}
