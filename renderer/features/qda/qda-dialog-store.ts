import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Which REFI-QDA dialog is open: raised by the File menu, Project settings or the transcript import dialog. */
type QdaDialog = 'import' | 'export' | null;

const store = createStore<{ open: QdaDialog }>(() => ({ open: null }));

export function openQdaDialog(which: 'import' | 'export'): void {
  store.setState({ open: which });
}

export function closeQdaDialog(): void {
  store.setState({ open: null });
}

export function useQdaDialog(): QdaDialog {
  return useStore(store, (s) => s.open);
}
