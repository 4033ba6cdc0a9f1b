import { errorMessage } from '../../api/client.ts';
import { undo, useUndoState } from '../../state/undo-stack.ts';
import type { OutlineMessage } from './use-section-actions.ts';

interface Props {
  message: OutlineMessage;
  onMessage: (message: OutlineMessage) => void;
}

/** The last edit's message, with Undo while that edit is still the next step to undo. */
export function OutlineStatus({ message, onMessage }: Props) {
  const undoState = useUndoState();
  const canUndoMine = message.undoLabel != null && undoState.canUndo && undoState.undoLabel === message.undoLabel;
  return (
    <div className={`outline-status${message.error ? ' outline-status--error' : ''}`} role="status">
      <span>{message.text}</span>
      {canUndoMine && (
        <button
          type="button"
          className="btn btn-quiet btn-small"
          onClick={() => {
            void undo().then(
              (label) =>
                label &&
                onMessage({ text: `Undone: ${label.charAt(0).toLowerCase()}${label.slice(1)}.`, undoLabel: null }),
              (e: unknown) => onMessage({ text: errorMessage(e), undoLabel: null, error: true }),
            );
          }}
        >
          Undo
        </button>
      )}
    </div>
  );
}
