import { useEffect, useRef, type RefObject } from 'react';

/** A `<dialog>` shown as a modal from its first render (Esc closes it, the page behind is inert). */
export function useShowModal(): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return ref;
}
