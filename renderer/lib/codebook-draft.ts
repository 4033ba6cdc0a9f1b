import type { Code, CodeGroup, Codebook } from '../../shared/codebook/codebook-schema.ts';

/**
 * Pure edits of a codebook draft for the codebook editor. Nothing here saves: the editor saves the
 * whole draft as a new version ('codebook-save'), which the services validate again.
 */

/**
 * Printable keys the workspace uses itself, so they cannot be code hotkeys. Everything else the app
 * binds (Enter, Esc, Tab, arrows, Ctrl/⌘ or Alt combinations) is not a single printable key anyway.
 */
export const RESERVED_KEYS: Record<string, string> = {
  ' ': 'Space is reserved: it moves through the transcript and presses buttons',
};

/** Distinct, saturated colours that stay readable as underline bands on the paper background. */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#d55e00',
  '#56b4e9',
  '#8c6d1f',
  '#6a3d9a',
  '#b2182b',
  '#1b7837',
  '#c51b7d',
  '#2166ac',
  '#a6761d',
  '#4d4d4d',
  '#7570b3',
  '#66a61e',
];

const keyName = (k: string) => (/^[a-z]$/i.test(k) ? k.toUpperCase() : k);

/**
 * The built-in reserved keys plus any single printable key an app command is bound to (from the
 * command registry; code hotkeys themselves, registered as "code.*", do not count).
 */
export function reservedKeys(commands: readonly { id: string; title: string; keys?: readonly string[] | undefined }[]): Record<string, string> {
  const out: Record<string, string> = { ...RESERVED_KEYS };
  for (const c of commands) {
    if (c.id.startsWith('code.')) continue;
    for (const k of c.keys ?? []) if ([...k].length === 1 && k !== ' ') out[k.toLowerCase()] ??= `${keyName(k)} is reserved: it is the key for “${c.title}”`;
  }
  return out;
}

/** Why `key` cannot be the hotkey of `codeId` (null when it can; "" means no hotkey). */
export function hotkeyProblem(codes: readonly Code[], codeId: string, key: string, reserved: Record<string, string> = RESERVED_KEYS): string | null {
  if (key === '') return null;
  if ([...key].length !== 1) return 'A hotkey is a single key.';
  const why = reserved[key.toLowerCase()] ?? reserved[key];
  if (why) return `${why}.`;
  if (!/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(key)) return 'Choose a letter, digit or symbol.';
  const other = codes.find((c) => c.id !== codeId && !c.archived && c.hotkey !== null && c.hotkey.toLowerCase() === key.toLowerCase());
  if (other) return `Key ${keyName(key)} is already used by “${other.label}”. Give that code another key first.`;
  return null;
}

export interface DraftProblem {
  codeId: string | null;
  groupId: string | null;
  message: string;
}

/** What stops the draft from being saved, phrased for the coder. */
export function draftProblems(cb: Codebook, reserved: Record<string, string> = RESERVED_KEYS): DraftProblem[] {
  const out: DraftProblem[] = [];
  for (const g of cb.groups) if (!g.label.trim()) out.push({ codeId: null, groupId: g.id, message: 'A group needs a name.' });
  cb.codes.forEach((c, i) => {
    if (!c.label.trim()) out.push({ codeId: c.id, groupId: null, message: `Code ${c.id} needs a label.` });
    if (c.hotkey && !c.archived) {
      // A clash is reported once, on the later of the two codes.
      const p = hotkeyProblem(cb.codes.slice(0, i), c.id, c.hotkey, reserved);
      if (p) out.push({ codeId: c.id, groupId: null, message: `${c.label || c.id}: ${p}` });
    }
  });
  return out;
}

/** A stable id from a label: lower case, words joined by "_", unique among `taken`. */
export function idFromLabel(label: string, taken: readonly string[], prefix = ''): string {
  const base =
    prefix +
    (label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || 'code');
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

export function updateCode(cb: Codebook, id: string, patch: Partial<Code>): Codebook {
  return { ...cb, codes: cb.codes.map((c) => (c.id === id ? { ...c, ...patch } : c)) };
}

export function updateGroup(cb: Codebook, id: string, patch: Partial<CodeGroup>): Codebook {
  return { ...cb, groups: cb.groups.map((g) => (g.id === id ? { ...g, ...patch } : g)) };
}

/** A first free palette colour (then cycling), so a new code does not look like its neighbours. */
export function nextColor(cb: Codebook): string {
  const used = new Set(cb.codes.map((c) => c.color.toLowerCase()));
  return PALETTE.find((p) => !used.has(p)) ?? PALETTE[cb.codes.length % PALETTE.length]!;
}

export function addCode(cb: Codebook, groupId: string, label = 'New code'): { codebook: Codebook; id: string } {
  const id = idFromLabel(label, cb.codes.map((c) => c.id));
  const code: Code = { id, label, group: groupId, color: nextColor(cb), hotkey: null, description: '', archived: false, eventLinked: false };
  // After the last code of its group, so it appears where the coder clicked "Add".
  let at = -1;
  cb.codes.forEach((c, i) => {
    if (c.group === groupId) at = i;
  });
  const codes = [...cb.codes];
  codes.splice(at === -1 ? codes.length : at + 1, 0, code);
  return { codebook: { ...cb, codes }, id };
}

export function addGroup(cb: Codebook, label = 'New group'): { codebook: Codebook; id: string } {
  const id = idFromLabel(label, cb.groups.map((g) => g.id));
  return { codebook: { ...cb, groups: [...cb.groups, { id, label, description: '' }] }, id };
}

/** Swap a code with its neighbour in the same group (Alt+↑/↓); unchanged at either end. */
export function moveCode(cb: Codebook, id: string, delta: -1 | 1): Codebook {
  const code = cb.codes.find((c) => c.id === id);
  if (!code) return cb;
  const sameGroup = cb.codes.map((c, i) => [c, i] as const).filter(([c]) => c.group === code.group);
  const pos = sameGroup.findIndex(([c]) => c.id === id);
  const other = sameGroup[pos + delta];
  if (!other) return cb;
  const from = sameGroup[pos]![1];
  const codes = [...cb.codes];
  codes[from] = other[0];
  codes[other[1]] = code;
  return { ...cb, codes };
}

/** Drag and drop: put a code before another (taking that code's group), or at the end of a group. */
export function moveCodeTo(cb: Codebook, id: string, target: { beforeCodeId: string } | { endOfGroup: string }): Codebook {
  const code = cb.codes.find((c) => c.id === id);
  if (!code || ('beforeCodeId' in target && target.beforeCodeId === id)) return cb;
  const rest = cb.codes.filter((c) => c.id !== id);
  if ('beforeCodeId' in target) {
    const at = rest.findIndex((c) => c.id === target.beforeCodeId);
    const before = rest[at];
    if (!before) return cb;
    rest.splice(at, 0, { ...code, group: before.group });
  } else {
    let at = -1;
    rest.forEach((c, i) => {
      if (c.group === target.endOfGroup) at = i;
    });
    rest.splice(at === -1 ? rest.length : at + 1, 0, { ...code, group: target.endOfGroup });
  }
  return { ...cb, codes: rest };
}

/**
 * Codes new in this draft get their id from their final label when saved (they were added as
 * "New code"); saved codes keep theirs, since highlights refer to them.
 */
export function finalizeNewIds(cb: Codebook, savedIds: ReadonlySet<string>): Codebook {
  const taken = cb.codes.filter((c) => savedIds.has(c.id)).map((c) => c.id);
  const codes = cb.codes.map((c) => {
    if (savedIds.has(c.id)) return c;
    const id = idFromLabel(c.label, taken);
    taken.push(id);
    return { ...c, id };
  });
  return { ...cb, codes };
}

/** Regroup: move a code to the end of another group. */
export function regroupCode(cb: Codebook, id: string, groupId: string): Codebook {
  return moveCodeTo(cb, id, { endOfGroup: groupId });
}

/** The file name an exported codebook gets: "<id>-v<version>.json". */
export function exportFileName(cb: Pick<Codebook, 'id' | 'version'>): string {
  return `${cb.id}-v${cb.version}.json`;
}

/** The services' validation message as a list ("the codebook is not valid: a; b" → [a, b]). */
export function validationLines(message: string): string[] {
  const m = /^the codebook is not valid: (.*)$/s.exec(message);
  return m ? m[1]!.split('; ') : [message];
}
