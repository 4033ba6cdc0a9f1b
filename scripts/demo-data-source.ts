import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURE_DIR, PROTOTYPE_DIR } from './make-fixtures.ts';

export const DEMO_DATA_FILE = resolve(
  PROTOTYPE_DIR,
  '..',
  '..',
  '..',
  'electron',
  'services',
  'demo',
  'prototypes.json',
);

/** The demo's source as written to DEMO_DATA_FILE: each prototype's file, text and sidecar. */
export function demoDataFromFixtures(): string {
  const manifest = JSON.parse(readFileSync(join(PROTOTYPE_DIR, 'manifest.json'), 'utf8')) as {
    file: string;
    sidecar: string;
  }[];
  const prototypes = manifest.map((m) => {
    const sidecar = JSON.parse(readFileSync(join(PROTOTYPE_DIR, m.sidecar), 'utf8')) as Record<string, unknown>;
    return {
      file: m.file,
      text: readFileSync(join(FIXTURE_DIR, m.file), 'utf8'),
      intendedClassification: sidecar['intendedClassification'],
      scales: sidecar['scales'],
      events: sidecar['events'],
      tags: sidecar['tags'],
    };
  });
  return (
    JSON.stringify({ note: 'SYNTHETIC – NOT REAL DATA. Written by scripts/make-demo-data.ts.', prototypes }) + '\n'
  );
}
