import type { StoredCodebook } from '../../../shared/api/codebook.ts';
import type { QdcImportResult } from '../../../shared/api/qda.ts';
import { exportFileName } from './draft/files.ts';
import { errorMessage, send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';
import { pushUndo } from '../../state/undo-stack.ts';
import { base64ToBlob, downloadFile } from '../../ui/download.ts';
import { readFileBase64 as readBase64 } from '../../ui/read-file-base64.ts';
import type { EditorMessage } from './use-codebook-draft.ts';

function qdcMessage(fileName: string, r: QdcImportResult): EditorMessage {
  const skipped = r.skipped.map((x) => `Not imported: ${x.what}: ${x.why}.`);
  if (r.added.length === 0)
    return {
      kind: 'ok',
      text: `Every code in ${fileName} matches one in the active codebook (${r.matched}); nothing was added.${skipped.length ? ` ${skipped.join(' ')}` : ''}`,
    };
  return {
    kind: 'ok',
    text: `Imported ${fileName}: ${r.matched} code(s) matched the active codebook, ${r.added.length} added (${r.added.join(', ')}) in version ${r.codebook.split('@')[1]}, now active.${skipped.length ? ` ${skipped.join(' ')}` : ''}`,
  };
}

/** The active (saved) version as `<id>-v<version>.json`. */
export function exportJson(stored: StoredCodebook | null, setMessage: (m: EditorMessage) => void): void {
  if (!stored) return;
  const blob = new Blob([JSON.stringify(stored.codebook, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(stored.codebook);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  setMessage({
    kind: 'ok',
    text: `Exported version ${stored.codebook.version} as ${exportFileName(stored.codebook)}.`,
  });
}

interface Options {
  storedKey: string | undefined;
  activate: (key: string) => Promise<void>;
  load: () => Promise<void>;
  onImported: () => void;
  setBusy: (busy: boolean) => void;
  setMessage: (m: EditorMessage) => void;
}

/** The codebook editor's REFI-QDA side: a .qdc in (new codes in a new version, undoable) and out. */
export function useCodebookQdc({ storedKey, activate, load, onImported, setBusy, setMessage }: Options) {
  /** A REFI-QDA codebook adds to the active one: matching codes stay, new ones arrive in a new version. */
  const importQdc = async (file: File) => {
    setBusy(true);
    try {
      const before = storedKey;
      const contentBase64 = await readBase64(file);
      const r = await trackWrite(
        'Importing the codebook',
        send('qda-import-codebook', { fileName: file.name, contentBase64 }),
      );
      if (before && r.codebook !== before)
        pushUndo({
          label: `Import codebook ${r.codebook}`,
          undo: () => activate(before),
          redo: () => activate(r.codebook),
        });
      onImported();
      await load();
      setMessage(qdcMessage(file.name, r));
    } catch (e) {
      setMessage({ kind: 'error', title: `${file.name} was not imported`, lines: [errorMessage(e)] });
    } finally {
      setBusy(false);
    }
  };

  const exportQdc = async () => {
    try {
      const f = await send('qda-export-codebook', {});
      downloadFile(f.fileName, base64ToBlob(f.contentBase64, 'application/xml'), 'application/xml');
      setMessage({ kind: 'ok', text: `Exported the ${f.counts.codes} codes as ${f.fileName} (REFI-QDA codebook).` });
    } catch (e) {
      setMessage({ kind: 'error', title: 'Not exported', lines: [errorMessage(e)] });
    }
  };

  return { importQdc, exportQdc };
}
