import { useEffect, useState } from 'react';
import type { AppInfo } from '../../shared/api/app.ts';
import { send } from '../api/client.ts';
import { ModalDialog } from '../ui/modal-dialog.tsx';

export function AboutDialog({ onClose }: { onClose: () => void }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    send('app-get-info', {})
      .then(setInfo)
      .catch(() => setInfo(null));
  }, []);
  return (
    <ModalDialog title="About Attune" onClose={onClose}>
      <p>
        Attune {info ? info.version : ''} — a local-only workbench for coding Adult Attachment Interview transcripts.
      </p>
      <p className="muted small">
        Transcripts, notes and codings stay on this computer. The default codebook is a neutral starting point built
        from public sources; it is not the proprietary Main–Goldwyn–Hesse manual.
      </p>
    </ModalDialog>
  );
}
