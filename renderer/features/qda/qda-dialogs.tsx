import { QdaExportDialog } from './qda-export-dialog.tsx';
import { QdaImportDialog } from './qda-import-dialog.tsx';
import { closeQdaDialog, useQdaDialog } from './qda-dialog-store.ts';

/** The open REFI-QDA dialog, if any (mounted once by the app while a project is open). */
export function QdaDialogs() {
  const open = useQdaDialog();
  if (open === 'import') return <QdaImportDialog onClose={closeQdaDialog} />;
  if (open === 'export') return <QdaExportDialog onClose={closeQdaDialog} />;
  return null;
}
