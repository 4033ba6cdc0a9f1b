import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';

/** What each section of the codebook editor has chosen, and what of it survives a reload. */

/** A code or a group of codes. */
export type CodeSelection = { kind: 'code'; id: string } | { kind: 'group'; id: string } | null;

/** A scale, or a group chosen by the scales it held when chosen (so a rename moves exactly those). */
export type ScaleSelection = { kind: 'scale'; id: string; ids: string[] } | { kind: 'group'; ids: string[] } | null;

/** A primary category, or one of its subtypes by position (a new subtype's id can still change). */
export type CategorySelection = { primary: string; subtype: number | null } | null;

/** The chosen code or group, if the (re)loaded codebook still has it. */
export function keepCodeSelection(s: CodeSelection, cb: Codebook): CodeSelection {
  return s && (s.kind === 'code' ? cb.codes.some((c) => c.id === s.id) : cb.groups.some((g) => g.id === s.id))
    ? s
    : null;
}

/** The chosen scale or group, if the codebook still has all its scales (new scales get their final id on save). */
export function keepScaleSelection(s: ScaleSelection, cb: Codebook): ScaleSelection {
  return s && s.ids.every((id) => cb.scales.some((x) => x.id === id)) ? s : null;
}

/** The chosen category or subtype, if the codebook still has it (an import may drop anything). */
export function keepCategorySelection(s: CategorySelection, cb: Codebook): CategorySelection {
  const p = s && cb.classification?.primary.find((x) => x.id === s.primary);
  return p && (s.subtype === null || s.subtype < p.subtypes.length) ? s : null;
}
