import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Two levels up from this file: electron/cli/ in the sources, dist/cli/ in the built CLI.
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
