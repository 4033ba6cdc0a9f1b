import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';

/** The codebook as a JSON file: what an export is called and how the services' refusals read. */

/** The file name an exported codebook gets: "<id>-v<version>.json". */
export function exportFileName(cb: Pick<Codebook, 'id' | 'version'>): string {
  return `${cb.id}-v${cb.version}.json`;
}

/** The services' validation message as a list ("the codebook is not valid: a; b" → [a, b]). */
export function validationLines(message: string): string[] {
  const m = /^the codebook is not valid: (.*)$/s.exec(message);
  return m ? m[1]!.split('; ') : [message];
}
