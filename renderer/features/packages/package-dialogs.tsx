import { closePackagesDialog, usePackagesDialog } from './packages-store.ts';
import { WritePackagesDialog } from './write-packages-dialog.tsx';

/** The Write coder packages dialog, wherever it was asked for (File menu, Project settings). */
export function PackageDialogs() {
  const open = usePackagesDialog();
  return open === 'write' ? <WritePackagesDialog onClose={closePackagesDialog} /> : null;
}
