import { useEffect, useRef, type ReactNode, type SyntheticEvent } from 'react';
import { useShowModal } from './use-show-modal.ts';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * Only this dialog's own close and cancel: React passes them up its tree, so a dialog opened from inside
 * another (a file picker from Write packages) would close both on one Escape.
 */
const own = (fn: () => void) => (e: SyntheticEvent<HTMLDialogElement>) => {
  if (e.target === e.currentTarget) fn();
};

/** A native modal <dialog>: the browser traps focus and closes it on Escape. */
export function ModalDialog({ title, onClose, children }: Props) {
  const ref = useShowModal();
  // Whatever had focus before it opened: React removes the dialog on close before the browser can
  // give focus back, which left keyboard focus on the page itself.
  const opener = useRef(document.activeElement);
  useEffect(() => {
    const d = ref.current;
    const back = opener.current;
    return () => {
      const now = document.activeElement;
      if (back instanceof HTMLElement && back.isConnected && (!now || now === document.body || d?.contains(now)))
        back.focus();
    };
  }, [ref]);
  return (
    <dialog ref={ref} className="modal" aria-label={title} onClose={own(onClose)} onCancel={own(onClose)}>
      <div className="modal-head">
        <h2 className="card-title">{title}</h2>
        <button type="button" className="btn btn-quiet btn-small" onClick={onClose} aria-label="Close">
          ✕
        </button>
      </div>
      {children}
    </dialog>
  );
}
