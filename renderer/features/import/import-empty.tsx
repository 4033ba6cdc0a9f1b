import { openQdaDialog } from '../qda/index.ts';

/** The main pane before any file is added; a REFI-QDA project (with its coding) has its own import. */
export function ImportEmpty({ onChoose, onClose }: { onChoose: () => void; onClose: () => void }) {
  return (
    <div className="import-empty">
      <p className="reader-empty-title">No files yet</p>
      <p className="muted">Choose files or drop them anywhere on this dialog.</p>
      <button type="button" className="btn btn-primary" onClick={onChoose}>
        Choose files…
      </button>
      <p className="muted small import-qda-hint">
        Transcripts coded in ATLAS.ti, MAXQDA, NVivo or QualCoder?{' '}
        <button
          type="button"
          className="link-btn"
          onClick={() => {
            onClose();
            openQdaDialog('import');
          }}
        >
          Import a REFI-QDA project (.qdpx)…
        </button>
      </p>
    </div>
  );
}
