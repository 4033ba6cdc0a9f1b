import { useEffect, useState } from 'react';
import { redo, undo } from '../../../state/undo-stack.ts';
import { useUndoShortcuts } from '../../../state/use-undo-shortcuts.ts';

/**
 * Undo and redo from the panel's buttons, the keys and the Edit menu, each followed by a toast that
 * says what was undone or redone (for four seconds).
 */
export function useUndoToast(): { toast: string | null; run: (what: 'undo' | 'redo') => void } {
  const [toast, setToast] = useState<string | null>(null);
  const showToast = (what: 'undo' | 'redo', label: string) =>
    setToast(`${what === 'undo' ? 'Undone' : 'Redone'}: ${label}`);
  useUndoShortcuts(showToast);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), 4000);
    return () => clearTimeout(t);
  }, [toast]);
  const run = (what: 'undo' | 'redo') =>
    void (what === 'undo' ? undo() : redo()).then(
      (label) => label && showToast(what, label),
      () => {
        // reported by the save indicator and error banner
      },
    );
  return { toast, run };
}
