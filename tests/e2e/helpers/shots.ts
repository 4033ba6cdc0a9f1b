import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from './host.ts';

/** Where the screenshot scripts write: docs/screenshots/, or $ATTUNE_SHOTS_DIR (made if missing). */
export function shotsDir(): string {
  const out = resolve(process.env['ATTUNE_SHOTS_DIR'] ?? join(REPO_ROOT, 'docs', 'screenshots'));
  mkdirSync(out, { recursive: true });
  return out;
}
