import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp-dir.ts';

export const STANDARDS = join(import.meta.dirname, '..', '..', 'docs', 'standards');

/**
 * Validate XML with `xmllint --schema` (Debian's libxml2-utils; `.ci/run` installs it). Tests only: a
 * missing xmllint is a failure that says how to install it, never a silent pass.
 */
export function xmllint(xml: string, schema: 'Project-mrt2019.xsd' | 'Codebook.xsd'): { ok: boolean; output: string } {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error)
    throw new Error(
      'xmllint is not installed, so the schema check cannot run: install it with `apt-get install libxml2-utils` (CI does)',
    );
  const dir = tempDir('attune-xmllint-');
  try {
    const file = dir.file('doc.xml');
    writeFileSync(file, xml, 'utf8');
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', join(STANDARDS, schema), file], {
      encoding: 'utf8',
    });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    dir.remove();
  }
}
