import { useEffect, useId, useState } from 'react';
import type { WithdrawalPreview } from '../../../shared/api/withdrawal.ts';
import { errorMessage, send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';
import { clearUndo } from '../../state/undo-stack.ts';
import { ModalDialog } from '../../ui/modal-dialog.tsx';

export interface DeleteTarget {
  kind: 'transcript' | 'coder';
  id: string;
  name: string;
}

interface Props {
  target: DeleteTarget;
  onClose: () => void;
  onDeleted: () => Promise<void>;
}

/**
 * The confirmation names what goes (asked of the host, across every coder) and the lead types the
 * transcript's title or the coder's name. Cancel or Escape leaves everything as it was; once confirmed
 * the deletion is final, so the undo history is dropped too (none of it can act on the deleted data).
 */
export function DeleteDialog({ target, onClose, onDeleted }: Props) {
  const [preview, setPreview] = useState<WithdrawalPreview | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const what = target.kind === 'transcript' ? 'transcript' : 'coder';

  useEffect(() => {
    let live = true;
    const call =
      target.kind === 'transcript'
        ? send('transcript-get-withdrawal', { id: target.id })
        : send('coder-get-withdrawal', { id: target.id });
    call.then((p) => live && setPreview(p)).catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [target]);

  const matches = preview !== null && typed.trim() === preview.name.trim();

  const confirm = async () => {
    if (!preview || !matches || busy) return;
    setBusy(true);
    setError(null);
    try {
      const arg = { id: target.id, confirm: typed };
      await trackWrite(
        `Deleting ${preview.name}`,
        target.kind === 'transcript' ? send('transcript-delete', arg) : send('coder-delete', arg),
      );
      clearUndo();
      await onDeleted();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={`Delete ${what} ${target.name}?`} onClose={onClose}>
      <form
        className="withdrawal-body"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        {!preview && !error && <p className="muted">Counting what goes with it…</p>}
        {preview && (
          <>
            <p className="withdrawal-summary" data-testid="withdrawal-summary">
              This deletes <strong>{preview.summary}</strong>.
            </p>
            <p>
              It cannot be undone. The {what === 'transcript' ? 'text and every coding of it are' : 'coder’s coding is'}{' '}
              removed from the project file and its journal
              {preview.backups.length > 0 && ', and the backup copies Attune made before upgrading the file are erased'}
              . Copies made outside Attune (exports, e-mailed packages, your own backups) must be deleted by you.
            </p>
            {target.kind === 'coder' && (
              <p className="muted small">The audit log keeps its entries, naming {preview.name}.</p>
            )}
            <label htmlFor={inputId}>
              Type <strong className="mono">{preview.name}</strong> to confirm
            </label>
            <input
              id={inputId}
              className="input"
              value={typed}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setTyped(e.target.value)}
              autoFocus
            />
          </>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-danger" disabled={!matches || busy}>
            {busy ? 'Deleting…' : `Delete ${what}`}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
