/**
 * Writes electron/services/demo/prototypes.json, the demo study's source, from the four prototype
 * fixtures (tests/ is not packaged, the demo ships with the app):
 *   npx tsx scripts/make-demo-data.ts
 * A unit test (electron/services/demo/demo-data.test.ts) fails when the two drift apart.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { demoDataFromFixtures, DEMO_DATA_FILE } from './demo-data-source.ts';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(DEMO_DATA_FILE, demoDataFromFixtures());
  console.log(`wrote ${DEMO_DATA_FILE}`);
}
