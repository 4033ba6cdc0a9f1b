import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Which package dialog is open: raised by the File menu, Project settings or the package banner. */
type PackagesDialog = 'write' | 'export-coding' | null;

const store = createStore<{ open: PackagesDialog }>(() => ({ open: null }));

export function openPackagesDialog(which: 'write' | 'export-coding'): void {
  store.setState({ open: which });
}

export function closePackagesDialog(): void {
  store.setState({ open: null });
}

export function usePackagesDialog(): PackagesDialog {
  return useStore(store, (s) => s.open);
}
