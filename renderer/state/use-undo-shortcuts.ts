import { useEffect, useRef } from 'react';
import { redo, undo } from './undo-stack.ts';

/** Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo: the platform's usual keys. */
export function undoKeyOf(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): 'undo' | 'redo' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** Text fields keep their own (native) undo; the read-only transcript does not have one. */
function ownsUndo(t: EventTarget | null): boolean {
  if (!(t instanceof HTMLElement)) return false;
  if (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT') return true;
  return t.isContentEditable && !t.closest('[aria-readonly="true"]');
}

/** Fired on window by the Edit menu's Undo / Redo (Electron), with 'undo' or 'redo' as detail. */
export const EDIT_HISTORY_EVENT = 'attune-edit-history';

export function requestEditHistory(what: 'undo' | 'redo'): void {
  window.dispatchEvent(new CustomEvent(EDIT_HISTORY_EVENT, { detail: what }));
}

/**
 * Undo and redo of coding actions from anywhere in the coding view except text fields and dialogs (the
 * coding panel listens while it is shown; the app routes the Edit menu here with requestEditHistory).
 * The Edit menu's items arrive as EDIT_HISTORY_EVENT and take the same path as the keys: a focused
 * text field gets its own undo, anything else (a button, the transcript, nothing) the coding history.
 * The undo stack ignores a second press while the first is saving, so a second listener is harmless.
 */
export function useUndoShortcuts(onDone?: (what: 'undo' | 'redo', label: string) => void): void {
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    const run = (what: 'undo' | 'redo') =>
      void (what === 'undo' ? undo() : redo()).then(
        (label) => {
          if (label) done.current?.(what, label);
        },
        () => {
          // The entry's write failed: the save indicator and error banner already say so.
        },
      );
    const onKey = (e: KeyboardEvent) => {
      const what = undoKeyOf(e);
      if (!what || ownsUndo(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      run(what);
    };
    const onMenu = (e: Event) => {
      const what = (e as CustomEvent<unknown>).detail;
      if (what !== 'undo' && what !== 'redo') return;
      // execCommand is deprecated but remains the only way to reach a field's native undo stack.
      if (ownsUndo(document.activeElement)) document.execCommand(what);
      else if (!document.querySelector('dialog[open]')) run(what);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener(EDIT_HISTORY_EVENT, onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener(EDIT_HISTORY_EVENT, onMenu);
    };
  }, []);
}
