import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { REPO } from './cli.ts';

export const QDPX_FIXTURES = join(REPO, 'tests', 'fixtures', 'refi-qda');

/** Zip one hand-made fixture folder (tests/fixtures/refi-qda/<name>/) into the bytes of a .qdpx. */
export async function qdpxFixture(name: string): Promise<Uint8Array> {
  const root = join(QDPX_FIXTURES, name);
  const zip = new JSZip();
  const add = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) add(path);
      else zip.file(relative(root, path).split('\\').join('/'), readFileSync(path));
    }
  };
  add(root);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
