import { useEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';

/** The detail's control for what a rating field shows ("4.5", "N"), else its pressed point, else its first. */
function detailControlFor(detail: HTMLElement, shown: string): HTMLElement | undefined {
  const points = [...detail.querySelectorAll<HTMLElement>('.score-points button')];
  return (
    points.find((b) => b.getAttribute('aria-label') === shown) ??
    (shown === 'n' || shown === 'nr' ? detail.querySelector<HTMLElement>('.score-nr') : null) ??
    detail.querySelector<HTMLElement>('[aria-pressed="true"]') ??
    points[0]
  );
}

/**
 * The score sheet's keyboard. The detail pane comes after every field, and Tab through them selects each in
 * turn: Alt+Enter in a field goes straight to its detail (to the point the field shows, which may not be
 * saved yet), Esc in the detail comes back. A button disabled or removed under the keyboard (the detail's
 * Clear once nothing is rated) must not leave focus on the page: it goes back to the selected rating field.
 * The returned handlers go on the sheet's element.
 */
export function useSheetKeyboard(sheetRef: RefObject<HTMLElement | null>) {
  const lastFocus = useRef<HTMLElement | null>(null);
  const focusSelectedField = () => sheetRef.current?.querySelector<HTMLElement>('input.score-input--selected')?.focus();

  // After every render of the sheet: the render may have disabled or removed the focused button.
  useEffect(() => {
    const last = lastFocus.current;
    const now = document.activeElement;
    if (!last || !(now === null || now === document.body || now === last)) return;
    if (last.isConnected && !last.matches(':disabled')) return;
    focusSelectedField();
  });

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const t = e.target as HTMLElement;
    const detail = sheetRef.current?.querySelector<HTMLElement>('section.score-detail');
    const plainAltEnter = e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
    if (plainAltEnter && t instanceof HTMLInputElement && t.matches('.score-input') && detail) {
      e.preventDefault();
      detailControlFor(detail, t.value.trim().toLowerCase())?.focus();
    } else if (e.key === 'Escape' && detail?.contains(t)) {
      e.preventDefault(); // not the coding view's Esc (close the highlight)
      focusSelectedField();
    }
  };

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    lastFocus.current = e.target;
  };

  return { onKeyDown, onFocus };
}
