/** The main pane before any file is added. */
export function ImportEmpty({ onChoose }: { onChoose: () => void }) {
  return (
    <div className="import-empty">
      <p className="reader-empty-title">No files yet</p>
      <p className="muted">Choose files or drop them anywhere on this dialog.</p>
      <button type="button" className="btn btn-primary" onClick={onChoose}>
        Choose files…
      </button>
    </div>
  );
}
