import type { Code } from '../../../../shared/codebook/codebook-schema.ts';

/**
 * Printable keys the coding view uses itself, so they cannot be code hotkeys. Everything else the app
 * binds (Enter, Esc, Tab, arrows, Ctrl/⌘ or Alt combinations) is not a single printable key anyway.
 */
export const RESERVED_KEYS: Record<string, string> = {
  ' ': 'Space is reserved: it moves through the transcript and presses buttons',
};

const keyName = (k: string) => (/^[a-z]$/i.test(k) ? k.toUpperCase() : k);

/**
 * The built-in reserved keys plus any single printable key an app command is bound to (from the
 * command registry; code hotkeys themselves, registered as "code.*", do not count).
 */
export function reservedKeys(
  commands: readonly { id: string; title: string; keys?: readonly string[] | undefined }[],
): Record<string, string> {
  const out: Record<string, string> = { ...RESERVED_KEYS };
  for (const c of commands) {
    if (c.id.startsWith('code.')) continue;
    for (const k of c.keys ?? [])
      if ([...k].length === 1 && k !== ' ')
        out[k.toLowerCase()] ??= `${keyName(k)} is reserved: it is the key for “${c.title}”`;
  }
  return out;
}

/** Why `key` cannot be the hotkey of `codeId` (null when it can; "" means no hotkey). */
export function hotkeyProblem(
  codes: readonly Code[],
  codeId: string,
  key: string,
  reserved: Record<string, string> = RESERVED_KEYS,
): string | null {
  if (key === '') return null;
  if ([...key].length !== 1) return 'A hotkey is a single key.';
  const why = reserved[key.toLowerCase()] ?? reserved[key];
  if (why) return `${why}.`;
  if (!/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(key)) return 'Choose a letter, digit or symbol.';
  const other = codes.find(
    (c) => c.id !== codeId && !c.archived && c.hotkey !== null && c.hotkey.toLowerCase() === key.toLowerCase(),
  );
  if (other) return `Key ${keyName(key)} is already used by “${other.label}”. Give that code another key first.`;
  return null;
}
