import type { CodebookVersion } from '../../../../shared/api/codebook.ts';

/** What the stored versions of a codebook say about the next save and about what may refer to it. */

/** The number a save of the draft (codebook `id`) gets: one past every version of it stored so far. */
export function nextVersion(
  active: { version: number },
  versions: readonly Pick<CodebookVersion, 'id' | 'version'>[],
  id: string | undefined,
): number {
  return Math.max(active.version, ...versions.filter((v) => v.id === id).map((v) => v.version)) + 1;
}

/** Codings made with any version of codebook `id`: while there are none, nothing can refer to a scale or subtype. */
export function codingsUsing(
  versions: readonly Pick<CodebookVersion, 'id' | 'uses'>[],
  id: string | undefined,
): number {
  return versions.filter((v) => v.id === id).reduce((n, v) => n + v.uses, 0);
}
