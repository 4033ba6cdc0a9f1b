import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { PackageInfo } from '../../../shared/api/package.ts';

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

/** The open project's package marker (null for an ordinary project), kept by the banner every view shows. */
const openPackage = createStore<{ info: PackageInfo | null }>(() => ({ info: null }));

export function setOpenPackage(info: PackageInfo | null): void {
  openPackage.setState({ info });
}

/** Whether the open project is a coder package, and whose: a package adds no transcripts. */
export function useOpenPackage(): PackageInfo | null {
  return useStore(openPackage, (s) => s.info);
}
