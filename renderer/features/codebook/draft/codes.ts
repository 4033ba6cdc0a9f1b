import type { Code, CodeGroup, Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { idFromLabel } from './ids.ts';
import { insertAfterLast, swapInGroup } from './order.ts';

/**
 * Pure edits of the codes and their groups in a codebook draft. Nothing here saves: the editor saves
 * the whole draft as a new version ('codebook-save'), which the services validate again.
 */

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
  const id = idFromLabel(
    label,
    cb.codes.map((c) => c.id),
  );
  const code: Code = {
    id,
    label,
    group: groupId,
    color: nextColor(cb),
    hotkey: null,
    description: '',
    archived: false,
    eventLinked: false,
  };
  // After the last code of its group, so it appears where the coder clicked "Add".
  return { codebook: { ...cb, codes: insertAfterLast(cb.codes, code, (c) => c.group === groupId) }, id };
}

export function addGroup(cb: Codebook, label = 'New group'): { codebook: Codebook; id: string } {
  const id = idFromLabel(
    label,
    cb.groups.map((g) => g.id),
  );
  return { codebook: { ...cb, groups: [...cb.groups, { id, label, description: '' }] }, id };
}

/** Swap a code with its neighbour in the same group (Alt+↑/↓); unchanged at either end. */
export function moveCode(cb: Codebook, id: string, delta: -1 | 1): Codebook {
  const codes = swapInGroup(cb.codes, id, delta, (c) => c.group);
  return codes ? { ...cb, codes } : cb;
}

/** Drag and drop: put a code before another (taking that code's group), or at the end of a group. */
export function moveCodeTo(
  cb: Codebook,
  id: string,
  target: { beforeCodeId: string } | { endOfGroup: string },
): Codebook {
  const code = cb.codes.find((c) => c.id === id);
  if (!code || ('beforeCodeId' in target && target.beforeCodeId === id)) return cb;
  const rest = cb.codes.filter((c) => c.id !== id);
  if (!('beforeCodeId' in target)) {
    const moved = { ...code, group: target.endOfGroup };
    return { ...cb, codes: insertAfterLast(rest, moved, (c) => c.group === target.endOfGroup) };
  }
  const at = rest.findIndex((c) => c.id === target.beforeCodeId);
  const before = rest[at];
  if (!before) return cb;
  rest.splice(at, 0, { ...code, group: before.group });
  return { ...cb, codes: rest };
}

/** Regroup: move a code to the end of another group. */
export function regroupCode(cb: Codebook, id: string, groupId: string): Codebook {
  return moveCodeTo(cb, id, { endOfGroup: groupId });
}
