import { useState } from 'react';
import { errorMessage, send } from '../../api/client.ts';
import { downloadAgreementFile } from '../../ui/download.ts';

interface Props {
  transcriptId: string;
  /** The ticked coders, in column order: one margin column each (at most three). */
  coderIds: readonly string[];
}

/** Print the transcript with the ticked coders' highlights and margin codes, and their score sheets. */
export function ReviewPrint({ transcriptId, coderIds }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const why =
    coderIds.length === 0
      ? 'Tick one to three coders to print'
      : coderIds.length > 3
        ? 'A printed transcript has room for three coders: untick some'
        : null;
  const print = async (format: 'pdf' | 'html') => {
    setBusy(true);
    setError(null);
    try {
      downloadAgreementFile(await send('report-create-transcript', { transcriptId, coderIds: [...coderIds], format }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="toolbar-actions review-print" role="group" aria-label="Print coded transcript">
      <span className="muted small" title={why ?? undefined}>
        Print
      </span>
      {(['pdf', 'html'] as const).map((f) => (
        <button
          key={f}
          type="button"
          className="btn btn-small"
          disabled={busy || why !== null || !transcriptId}
          title={
            why ?? `The transcript with these coders' highlights, margin codes and score sheets, as ${f.toUpperCase()}`
          }
          onClick={() => void print(f)}
        >
          {f.toUpperCase()}
        </button>
      ))}
      {error && (
        <span className="inline-error small" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
