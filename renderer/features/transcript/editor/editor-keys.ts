const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Tab',
  'Shift',
  'Control',
  'Alt',
  'Meta',
]);

/** Ctrl/⌘ shortcuts the text lets through to the coding view: copy, select all, find, palette, search, undo, redo. */
const PASS_THROUGH = new Set(['c', 'a', 'f', 'k', 'p', 'z', 'y']);

/** What a key pressed in the transcript text does (the text itself never changes). */
export type EditorKey =
  /** Close the open highlights. */
  | { kind: 'escape' }
  /** Enter: open the highlights under the caret. */
  | { kind: 'open' }
  /** Moves or extends the selection as in any text. */
  | { kind: 'navigate' }
  /** A Ctrl/⌘/Alt shortcut: `pass` lets it through to the coding view, anything else is stopped. */
  | { kind: 'shortcut'; pass: boolean }
  /** `]` / `[`: the next or previous highlight. */
  | { kind: 'step'; direction: 1 | -1 }
  /** A code's key: tag the selection. */
  | { kind: 'code'; codeId: string }
  /** A key that would type, delete or do nothing: stopped. */
  | { kind: 'blocked' };

export function editorKey(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
  /** lower-cased hotkey -> code id */
  hotkeys: ReadonlyMap<string, string>,
): EditorKey {
  const modified = e.ctrlKey || e.metaKey || e.altKey;
  if (e.key === 'Escape') return { kind: 'escape' };
  if (e.key === 'Enter' && !modified) return { kind: 'open' };
  if (NAVIGATION_KEYS.has(e.key)) return { kind: 'navigate' };
  if (modified) return { kind: 'shortcut', pass: PASS_THROUGH.has(e.key.toLowerCase()) && !e.altKey };
  if (e.key === ']' || e.key === '[') return { kind: 'step', direction: e.key === ']' ? 1 : -1 };
  const codeId = e.key.length === 1 ? hotkeys.get(e.key.toLowerCase()) : undefined;
  return codeId ? { kind: 'code', codeId } : { kind: 'blocked' };
}
