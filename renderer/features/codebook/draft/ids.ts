import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';

/** A stable id from a label: lower case, words joined by "_", unique among `taken`. */
export function idFromLabel(label: string, taken: readonly string[], prefix = '', fallback = 'code'): string {
  const base =
    prefix +
    (label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 60) || fallback);
  if (!taken.includes(base)) return base;
  let n = 2;
  while (taken.includes(`${base}_${n}`)) n++;
  return `${base}_${n}`;
}

/**
 * Codes, groups and scales new in this draft get their id from their final label when saved (they
 * were added as "New code" and so on); those in the saved version keep theirs, since highlights and
 * ratings refer to them (and codes to their group).
 */
export function finalizeNewIds(cb: Codebook, saved: Pick<Codebook, 'codes' | 'groups' | 'scales'>): Codebook {
  const fresh = <T extends { id: string; label: string }>(
    items: readonly T[],
    savedIds: ReadonlySet<string>,
    fallback: string,
  ): Map<string, string> => {
    const taken = items.filter((x) => savedIds.has(x.id)).map((x) => x.id);
    const renamed = new Map<string, string>();
    for (const x of items) {
      if (savedIds.has(x.id)) continue;
      const id = idFromLabel(x.label, taken, '', fallback);
      taken.push(id);
      renamed.set(x.id, id);
    }
    return renamed;
  };
  const groupIds = fresh(cb.groups, new Set(saved.groups.map((g) => g.id)), 'group');
  const codeIds = fresh(cb.codes, new Set(saved.codes.map((c) => c.id)), 'code');
  const scaleIds = fresh(cb.scales, new Set(saved.scales.map((s) => s.id)), 'scale');
  return {
    ...cb,
    groups: cb.groups.map((g) => ({ ...g, id: groupIds.get(g.id) ?? g.id })),
    codes: cb.codes.map((c) => ({ ...c, id: codeIds.get(c.id) ?? c.id, group: groupIds.get(c.group) ?? c.group })),
    scales: cb.scales.map((s) => ({ ...s, id: scaleIds.get(s.id) ?? s.id })),
  };
}
