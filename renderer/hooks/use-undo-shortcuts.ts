import { useEffect, useRef } from 'react';
import { redo, undo } from '../state/undo-stack.ts';

/** Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl+Y redo: the platform's usual keys. */
export function undoKeyOf(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>): 'undo' | 'redo' | null {
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

/**
 * Undo and redo of coding actions from anywhere in the workspace except text fields and dialogs.
 * The undo stack ignores a second press while the first is saving, so a second listener is harmless.
 */
export function useUndoShortcuts(onDone?: (what: 'undo' | 'redo', label: string) => void): void {
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const what = undoKeyOf(e);
      if (!what || ownsUndo(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      void (what === 'undo' ? undo() : redo()).then(
        (label) => {
          if (label) done.current?.(what, label);
        },
        () => {
          // The entry's write failed: the save indicator and error banner already say so.
        },
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
