import { useEffect, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { send } from '../../api/client.ts';
import { closePackagesDialog, usePackagesDialog } from '../packages/index.ts';
import { ExportCodingDialog } from './export-coding-dialog.tsx';

/** File ▸ Export coding… and the package banner's button: the acting coder's export dialog, from any view. */
export function ExportCodingFromMenu({ coder }: { coder: Coder }) {
  const open = usePackagesDialog() === 'export-coding';
  const [transcripts, setTranscripts] = useState<TranscriptSummary[] | null>(null);
  useEffect(() => {
    if (!open) return setTranscripts(null);
    send('transcript-list', {})
      .then(setTranscripts)
      .catch(() => setTranscripts([]));
  }, [open]);
  if (!open || !transcripts) return null;
  return <ExportCodingDialog coder={coder} transcripts={transcripts} onClose={closePackagesDialog} />;
}
