/** The dialog's title, what it reads, and its close button (disabled while a batch is importing). */
export function ImportDialogHead({ onClose, closeDisabled }: { onClose: () => void; closeDisabled: boolean }) {
  return (
    <div className="modal-head import-head">
      <div>
        <h2 className="card-title">Import transcripts</h2>
        <p className="muted small">
          Word (.docx), text (.txt), OpenDocument (.odt) and RTF. Check each file below; nothing is saved until you
          import.
        </p>
      </div>
      <button
        type="button"
        className="btn btn-quiet btn-small"
        onClick={onClose}
        aria-label="Close"
        disabled={closeDisabled}
      >
        ✕
      </button>
    </div>
  );
}
