import type { FileTarget } from '../../../shared/api/files.ts';
import { FILE_KIND_EXTENSIONS, type FileKind } from '../../../shared/files/file-kinds.ts';

/**
 * What the picker is for: 'open' picks an existing file; 'new' names a file that must not exist yet (a new
 * project); 'save' names a file, and one that exists is replaced only once the user confirms; 'folder'
 * chooses a folder (where packages are written).
 */
export type PickerMode = 'open' | 'new' | 'save' | 'folder';

export const ACTION: Record<PickerMode, string> = {
  open: 'Open',
  new: 'Create',
  save: 'Save',
  folder: 'Choose this folder',
};

/** The name with the kind's extension (the first kind asked for) when it has none of them. */
export function withExtension(name: string, kinds: readonly FileKind[]): string {
  const lower = name.toLowerCase();
  if (kinds.some((k) => lower.endsWith(FILE_KIND_EXTENSIONS[k]))) return name;
  return name + FILE_KIND_EXTENSIONS[kinds[0] ?? 'attune'];
}

/** Why a typed name cannot be used, as the field says it (the host checks the same again). */
export function nameProblem(name: string): string | null {
  if (/[\\/]/.test(name)) return 'A file name cannot contain / or \\: choose the folder in the list.';
  if (name.includes('\0')) return 'A file name cannot contain a NUL character.';
  const n = name.trim();
  if (n === '.' || n === '..') return 'A file name cannot be "." or "..".';
  return null;
}

/** What to do with a checked target: pick it, refuse it (a new file over an existing one), or ask first. */
export function decide(mode: 'new' | 'save', target: FileTarget): 'pick' | 'ask' | string {
  if (!target.exists) return 'pick';
  if (mode === 'save') return 'ask';
  return `${target.name} already exists here: open it instead, or choose another name.`;
}

export function statusText(
  mode: PickerMode,
  loading: boolean,
  n: number,
  omitted: number,
  kinds: readonly FileKind[],
): string {
  if (loading) return 'Reading the folder…';
  const files = kinds.map((k) => FILE_KIND_EXTENSIONS[k]).join(', ');
  if (n === 0)
    return mode === 'folder' ? `An empty folder (no folders or ${files} files).` : `No folders or ${files} files here.`;
  const more = omitted ? ` (${omitted} more not listed)` : '';
  const keys = mode === 'folder' ? 'Enter opens a folder, Backspace goes up.' : 'Enter opens, Backspace goes up.';
  return `${n} ${n === 1 ? 'item' : 'items'}${more}. ${keys}`;
}
