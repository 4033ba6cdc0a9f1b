import type { Codebook, PrimaryCategory, Subtype } from '../../../../shared/codebook/codebook-schema.ts';

/** Edits of the classification scheme in a draft: primary categories and their subtypes. */

/** The key a subtype's problems and selection use: its category and position (a new subtype's id can change). */
export const subtypeKey = (primaryId: string, index: number) => `${primaryId}/${index}`;

function withPrimary(cb: Codebook, primaryId: string, edit: (p: PrimaryCategory) => PrimaryCategory): Codebook {
  if (!cb.classification) return cb;
  return {
    ...cb,
    classification: {
      ...cb.classification,
      primary: cb.classification.primary.map((p) => (p.id === primaryId ? edit(p) : p)),
    },
  };
}

/** Label, description or "requires an alternative" of a primary category (its id is fixed: codings store it). */
export function updatePrimary(
  cb: Codebook,
  primaryId: string,
  patch: Partial<Omit<PrimaryCategory, 'id' | 'subtypes'>>,
): Codebook {
  return withPrimary(cb, primaryId, (p) => ({ ...p, ...patch }));
}

export function updateSubtype(cb: Codebook, primaryId: string, index: number, patch: Partial<Subtype>): Codebook {
  return withPrimary(cb, primaryId, (p) => ({
    ...p,
    subtypes: p.subtypes.map((s, i) => (i === index ? { ...s, ...patch } : s)),
  }));
}

/** A new subtype at the end of its category, with the next free numbered id (F6, Ds5, …). */
export function addSubtype(cb: Codebook, primaryId: string): { codebook: Codebook; index: number } {
  const scheme = cb.classification;
  const p = scheme?.primary.find((x) => x.id === primaryId);
  if (!scheme || !p) return { codebook: cb, index: -1 };
  const taken = new Set(
    scheme.primary.flatMap((x) => [x.id, ...x.subtypes.map((s) => s.id)]).map((x) => x.toLowerCase()),
  );
  // Numbered after the highest number the category's subtypes use ("F5" → "F6"; "Ds3b" counts as 3).
  const used = p.subtypes
    .map((s) => new RegExp(`^${p.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)`).exec(s.id)?.[1])
    .map(Number)
    .filter(Number.isFinite);
  let n = Math.max(0, ...used) + 1;
  while (taken.has(`${p.id}${n}`.toLowerCase())) n++;
  const id = `${p.id}${n}`;
  return {
    codebook: withPrimary(cb, primaryId, (x) => ({
      ...x,
      subtypes: [...x.subtypes, { id, label: `${id}: new subtype`, description: '' }],
    })),
    index: p.subtypes.length,
  };
}

export function removeSubtype(cb: Codebook, primaryId: string, index: number): Codebook {
  return withPrimary(cb, primaryId, (p) => ({ ...p, subtypes: p.subtypes.filter((_, i) => i !== index) }));
}
