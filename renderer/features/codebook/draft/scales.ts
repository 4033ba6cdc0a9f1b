import type { Codebook, Scale } from '../../../../shared/codebook/codebook-schema.ts';
import { TARGET_LABELS } from '../../score-sheet/index.ts';
import { idFromLabel } from './ids.ts';
import { insertAfterLast, swapInGroup } from './order.ts';

/**
 * Edits of the scales in a draft. A scale's group is its "group" text: scales with the same text are
 * listed (and laid out on the score sheet) together, in the order of their first scale.
 */

export interface ScaleGroup {
  name: string;
  scales: Scale[];
}

export function scaleGroups(cb: Pick<Codebook, 'scales'>): ScaleGroup[] {
  const out: ScaleGroup[] = [];
  for (const s of cb.scales) {
    const g = out.find((x) => x.name === s.group);
    if (g) g.scales.push(s);
    else out.push({ name: s.group, scales: [s] });
  }
  return out;
}

export function updateScale(cb: Codebook, id: string, patch: Partial<Scale>): Codebook {
  return { ...cb, scales: cb.scales.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

/** Insert after the last scale of `group` (or at the end). */
function insertInGroup(scales: readonly Scale[], scale: Scale): Scale[] {
  return insertAfterLast(scales, scale, (s) => s.group === scale.group);
}

/**
 * A new scale at the end of its group. It starts like the group's last scale (targets, range, step,
 * aggregation), since scales in one group are usually rated the same way; 1–9 in half points,
 * rated for the transcript, in a new group.
 */
export function addScale(cb: Codebook, group: string, label = 'New scale'): { codebook: Codebook; id: string } {
  const id = idFromLabel(
    label,
    cb.scales.map((s) => s.id),
    '',
    'scale',
  );
  const like = [...cb.scales].reverse().find((s) => s.group === group);
  const scale: Scale = {
    id,
    label,
    group,
    targets: like ? [...like.targets] : ['transcript'],
    min: like?.min ?? 1,
    max: like?.max ?? 9,
    step: like?.step ?? 0.5,
    notRateableAllowed: like?.notRateableAllowed ?? true,
    aggregate: like?.aggregate ?? 'none',
    description: '',
    archived: false,
  };
  return { codebook: { ...cb, scales: insertInGroup(cb.scales, scale) }, id };
}

/** A new group holds one new scale (a group is only the name its scales share). */
export function addScaleGroup(cb: Codebook, name = 'New group'): { codebook: Codebook; id: string; group: string } {
  const names = scaleGroups(cb).map((g) => g.name);
  let group = name;
  for (let n = 2; names.includes(group); n++) group = `${name} ${n}`;
  return { ...addScale(cb, group), group };
}

/**
 * Rename a group: exactly the scales that were in it when the coder chose it get the new name, so
 * typing through a name another group has merges nothing for good.
 */
export function renameScaleGroup(cb: Codebook, scaleIds: readonly string[], name: string): Codebook {
  return { ...cb, scales: cb.scales.map((s) => (scaleIds.includes(s.id) ? { ...s, group: name } : s)) };
}

/** Move a scale to the end of another group. */
export function regroupScale(cb: Codebook, id: string, group: string): Codebook {
  const scale = cb.scales.find((s) => s.id === id);
  if (!scale || scale.group === group) return cb;
  return {
    ...cb,
    scales: insertInGroup(
      cb.scales.filter((s) => s.id !== id),
      { ...scale, group },
    ),
  };
}

/** Swap a scale with its neighbour in the same group (Alt+↑/↓); unchanged at either end. */
export function moveScale(cb: Codebook, id: string, delta: -1 | 1): Codebook {
  const scales = swapInGroup(cb.scales, id, delta, (s) => s.group);
  return scales ? { ...cb, scales } : cb;
}

export function removeScale(cb: Codebook, id: string): Codebook {
  return { ...cb, scales: cb.scales.filter((s) => s.id !== id) };
}

/** "Mother, Father, Other figure" / "Each event, highest reported" as the scale list shows a scale's targets. */
export function targetsText(s: Pick<Scale, 'targets' | 'aggregate'>): string {
  const names = s.targets.map((t) => (t === 'event' ? 'Each event' : TARGET_LABELS[t]));
  return `${names.join(', ')}${s.aggregate === 'max' ? ', highest reported' : ''}`;
}

/** "1–9 by 0.5" (or "1–5" in whole points) as the scale list shows a range. */
export function rangeText(s: Pick<Scale, 'min' | 'max' | 'step'>): string {
  return `${s.min}–${s.max}${s.step === 1 ? '' : ` by ${s.step}`}`;
}
