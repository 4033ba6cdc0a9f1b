import type { StudyCellRole } from '../../../shared/api/study.ts';

/** A coder's role on a transcript of the plan, from the transcript's coder list (primary first). */
export function cellRole(coders: readonly string[], coderId: string): StudyCellRole {
  const at = coders.indexOf(coderId);
  return at === 0 ? 'primary' : at === 1 ? 'second' : 'none';
}

/**
 * What a click on a cell asks for: an empty cell becomes the second coder (the primary, when the
 * transcript has none), a second coder becomes the primary (the two swap), a primary is unassigned
 * (the second coder, if any, takes over as primary).
 */
export function nextRole(coders: readonly string[], coderId: string): StudyCellRole {
  const role = cellRole(coders, coderId);
  if (role === 'none') return coders.length === 0 ? 'primary' : 'second';
  return role === 'second' ? 'primary' : 'none';
}

export const ROLE_WORD: Record<StudyCellRole, string> = { primary: 'Primary', second: 'Second', none: '' };

/** A random seed for a new draw (0 to 2^32 − 1). */
export function newSeed(): number {
  const a = new Uint32Array(1);
  crypto.getRandomValues(a);
  return a[0] ?? 0;
}
