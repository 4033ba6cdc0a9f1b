import { ModalDialog } from '../../ui/modal-dialog.tsx';

interface Props {
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}

/** Revealing ends blind coding for everyone; the lead confirms knowing what it does. */
export function RevealDialog({ onCancel, onConfirm }: Props) {
  return (
    <ModalDialog title="Reveal all coding?" onClose={onCancel}>
      <div className="reveal-body">
        <p>
          Every coder of this project will see every other coder’s highlights, notes, ratings and classifications, and
          the agreement dashboard, disagreement review and consensus open up.
        </p>
        <p>
          Reveal once the independent coding is finished: anyone who has not finished would no longer be coding blind.
          The reveal is recorded in the project file (<span className="mono">revealed</span> in its settings) and shows
          on this page.
        </p>
        <p className="muted small">Hidden metadata fields stay hidden from coders after the reveal.</p>
      </div>
      <div className="modal-actions">
        <button type="button" className="btn" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" onClick={() => void onConfirm()}>
          Reveal coding
        </button>
      </div>
    </ModalDialog>
  );
}
