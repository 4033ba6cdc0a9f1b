import { useRef, useState } from 'react';
import type { ImportResult } from '../../../../shared/api/transcript.ts';
import type { SpeakerPattern } from '../../../../shared/transcript/turns.ts';
import { send } from '../../../api/client.ts';
import type { TranscriptSidebarHandle } from '../transcript-sidebar.tsx';

export interface ImportBatch {
  files: File[];
  speakerPatterns: SpeakerPattern[] | undefined;
  hiddenFields: string[];
}

/**
 * Importing transcripts from the coding view: files chosen (the sidebar's file chooser), dropped or
 * sent by the File menu open in the import dialog, previewed before anything is saved. Afterwards the
 * list is read again and the last transcript imported opens.
 */
export function useTranscriptImport(refreshList: () => Promise<unknown>, open: (transcriptId: string) => void) {
  const [importing, setImporting] = useState(false);
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const sidebar = useRef<TranscriptSidebarHandle>(null);

  const importFiles = async (files: File[]) => {
    if (batch) return; // the open dialog takes drops itself
    setImporting(true);
    const settings = await send('settings-get', {}).catch(() => null);
    setBatch({
      files,
      speakerPatterns: settings?.importSpeakerPatterns,
      hiddenFields: settings?.hiddenMetadataFields ?? [],
    });
  };

  const importDone = async (imported: ImportResult[]) => {
    setBatch(null);
    setImporting(false);
    await refreshList().catch(() => {});
    const last = imported[imported.length - 1];
    if (last) open(last.id);
  };

  /** Open the file chooser (Import transcript…, File ▸ Import, the palette). */
  const chooseFiles = () => sidebar.current?.chooseFiles();

  return { importing, batch, importFiles, importDone, sidebar, chooseFiles };
}
