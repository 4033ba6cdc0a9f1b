import { linkSync, renameSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { ServiceError } from '../service-error.ts';

/** Moves a finished temp file into place: never over an existing file unless `overwrite`. */
export function placeFile(tmp: string, output: string, overwrite: boolean): void {
  if (overwrite) return renameSync(tmp, output);
  try {
    // A hard link fails when the name is taken, where rename would silently replace it.
    linkSync(tmp, output);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ServiceError(
        'conflict',
        `${basename(output)} already exists: choose another name, or allow replacing it`,
      );
    throw new ServiceError('io', `cannot write ${output}: ${(e as Error).message}`);
  } finally {
    rmSync(tmp, { force: true });
  }
}
