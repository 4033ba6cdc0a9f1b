import type { ImportEntry } from './import-entry.ts';
import { batchReadiness, readinessText } from './import-batch.ts';

interface Props {
  stage: 'preview' | 'importing' | 'done';
  entries: readonly ImportEntry[];
  /** A file is still being read or previewed. */
  busy: boolean;
  /** A ready file whose interview date is not valid: the batch waits for it. */
  badDate: ImportEntry | undefined;
  onClose: () => void;
  onImport: () => void;
}

/** What the batch waits for, and Cancel / Import (Done once the batch has run). */
export function ImportFoot({ stage, entries, busy, badDate, onClose, onImport }: Props) {
  const ready = batchReadiness(entries);
  return (
    <div className="import-foot">
      <p className="muted small import-foot-note" role="status">
        {stage === 'preview' && busy && 'Reading files…'}
        {stage === 'preview' && !busy && badDate && `Fix the interview date of ${badDate.name} first.`}
        {stage === 'preview' && !busy && !badDate && entries.length > 0 && readinessText(ready)}
      </p>
      {stage === 'done' ? (
        <button type="button" className="btn btn-primary" onClick={onClose}>
          Done
        </button>
      ) : (
        <>
          <button type="button" className="btn" onClick={onClose} disabled={stage === 'importing'}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={stage !== 'preview' || ready.importable === 0 || busy || Boolean(badDate)}
            onClick={onImport}
          >
            {stage === 'importing'
              ? 'Importing…'
              : ready.importable > 1
                ? ready.cannot
                  ? `Import ${ready.importable}`
                  : `Import all ${ready.importable}`
                : 'Import'}
          </button>
        </>
      )}
    </div>
  );
}
