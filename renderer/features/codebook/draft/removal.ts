/**
 * Why a scale (or subtype) cannot be removed, or null when it can. Like codes, anything a saved
 * version holds may already be referred to (ratings store the scale id, classifications the
 * subtype id), so it can only be archived once any coding uses this codebook; the project keeps
 * no per-scale count the editor could check instead.
 */
export function removalProblem(
  kind: 'scale' | 'subtype',
  label: string,
  saved: boolean,
  codingsUseThisCodebook: number,
): string | null {
  if (!saved || codingsUseThisCodebook === 0) return null;
  const n = codingsUseThisCodebook;
  return kind === 'scale'
    ? `“${label}” cannot be removed: ${n} ${n === 1 ? 'coding uses' : 'codings use'} this codebook, so ratings may refer to it. Archive it instead: it stays in the codebook for the ratings made with it.`
    : `“${label}” cannot be removed: ${n} ${n === 1 ? 'coding uses' : 'codings use'} this codebook, so classifications may refer to it. Rename it instead.`;
}
