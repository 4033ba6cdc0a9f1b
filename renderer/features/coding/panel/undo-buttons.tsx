import { useLayoutEffect, useRef } from 'react';
import { useUndoState } from '../../../state/undo-stack.ts';

interface Props {
  onRun: (what: 'undo' | 'redo') => void;
  /** Where focus goes when both buttons are disabled under it (the current tab). */
  fallbackFocus: () => HTMLElement | undefined;
}

/** Undo and redo of the last coding action, named in their labels. */
export function UndoButtons({ onRun, fallbackFocus }: Props) {
  const undoState = useUndoState();
  const undoButton = useRef<HTMLButtonElement>(null);
  const redoButton = useRef<HTMLButtonElement>(null);
  // Undoing the last step (or redoing it) disables the button under the keyboard: focus moves to the
  // other one (or the tab) before the browser drops it on the page. While a step saves, the buttons
  // stay enabled (a press then is ignored), so repeated presses keep their focus.
  const hasUndo = undoState.undoLabel !== null;
  const hasRedo = undoState.redoLabel !== null;
  useLayoutEffect(() => {
    const now = document.activeElement;
    for (const [own, other] of [
      [undoButton.current, redoButton.current],
      [redoButton.current, undoButton.current],
    ] as const)
      if (own && own === now && own.disabled) (other && !other.disabled ? other : fallbackFocus())?.focus();
  }, [hasUndo, hasRedo, fallbackFocus]);
  return (
    <div className="undo-buttons">
      <button
        ref={undoButton}
        type="button"
        className="cp-icon-btn"
        disabled={!hasUndo}
        aria-disabled={undoState.busy || undefined}
        onClick={() => onRun('undo')}
        title={undoState.undoLabel ? `Undo ${undoState.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
        aria-label={undoState.undoLabel ? `Undo ${undoState.undoLabel}` : 'Undo'}
      >
        ↶
      </button>
      <button
        ref={redoButton}
        type="button"
        className="cp-icon-btn"
        disabled={!hasRedo}
        aria-disabled={undoState.busy || undefined}
        onClick={() => onRun('redo')}
        title={undoState.redoLabel ? `Redo ${undoState.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        aria-label={undoState.redoLabel ? `Redo ${undoState.redoLabel}` : 'Redo'}
      >
        ↷
      </button>
    </div>
  );
}
