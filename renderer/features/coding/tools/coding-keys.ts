/** A key press on the window, as the coding view's shortcuts see it. */
export interface KeyFacts {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Something nearer the target (the transcript text, a panel) handled it already. */
  defaultPrevented: boolean;
  /** Focus is in a field that takes typed text (not the read-only transcript). */
  inTextField: boolean;
  /** Focus is in anything editable, the transcript included. */
  inEditable: boolean;
  /** A modal dialog is open: it keeps its keys. */
  dialogOpen: boolean;
  hasTranscript: boolean;
}

export type CodingKey =
  | { kind: 'palette' }
  | { kind: 'search' }
  | { kind: 'step'; direction: 1 | -1 }
  | { kind: 'move'; edge: 'start' | 'end'; delta: 1 | -1 }
  | { kind: 'shortcuts' }
  | { kind: 'find' }
  | { kind: 'close' }
  | { kind: 'delete' }
  | { kind: 'tag'; codeId: string };

/**
 * The coding view's window-wide shortcuts: they work when focus has moved to a panel too (the
 * transcript handles its own keys first). Null for a key that is not one of them.
 */
export function codingKey(e: KeyFacts, hotkeys: ReadonlyMap<string, string>): CodingKey | null {
  const mod = (e.ctrlKey || e.metaKey) && !e.altKey;
  const k = e.key.toLowerCase();
  if (mod && (k === 'k' || (k === 'p' && e.shiftKey)) && !e.dialogOpen) return { kind: 'palette' };
  if (mod && e.shiftKey && k === 'f' && !e.dialogOpen) return { kind: 'search' };
  if (e.altKey && !e.ctrlKey && !e.metaKey && e.hasTranscript && !e.inTextField && !e.dialogOpen) {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp')
      return { kind: 'step', direction: e.key === 'ArrowDown' ? 1 : -1 };
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight')
      return { kind: 'move', edge: e.shiftKey ? 'end' : 'start', delta: e.key === 'ArrowLeft' ? -1 : 1 };
  }
  if (e.key === '?' && !mod && !e.altKey && !e.inTextField && !e.dialogOpen) return { kind: 'shortcuts' };
  // Our find, not the browser's (which cannot see past the fixed-text editor's rules).
  if (!e.defaultPrevented && (e.ctrlKey || e.metaKey) && !e.altKey && k === 'f' && e.hasTranscript)
    return { kind: 'find' };
  // Delete removes the open highlight (Ctrl/⌘+Z brings it back), also from the transcript, which refuses the key
  // as an edit; never from a field that takes text, where Delete deletes characters.
  if (e.key === 'Delete' && !mod && !e.altKey && !e.shiftKey && e.hasTranscript && !e.inTextField && !e.dialogOpen)
    return { kind: 'delete' };
  if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.inEditable || e.dialogOpen) return null;
  if (e.key === 'Escape') return { kind: 'close' };
  if ((e.key === ']' || e.key === '[') && e.hasTranscript) return { kind: 'step', direction: e.key === ']' ? 1 : -1 };
  const codeId = e.key.length === 1 && e.hasTranscript ? hotkeys.get(k) : undefined;
  // Without a selection, tagging only explains what to do.
  return codeId ? { kind: 'tag', codeId } : null;
}
