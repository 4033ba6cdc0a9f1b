/**
 * The REFI-QDA import preview and export dialog for the README, at 1440×900 (ATTUNE_SHOT_SIZE=1280x720 for the
 * smaller window). Not part of `npm test`; run after `npm run build`:
 *   npx playwright test -c tests/e2e/screenshots.config.ts refi-qda
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { qdpxFixture } from '../support/qdpx-fixture.ts';
import { test } from './fixtures.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { QdaPage } from './pages/qda-page.ts';
import { StartPage } from './pages/start-page.ts';
import { shotsDir } from './helpers/shots.ts';

test('screenshots of the REFI-QDA dialogs', async ({ page, host, tmp }) => {
  const out = shotsDir();
  const [w, h] = (process.env['ATTUNE_SHOT_SIZE'] ?? '1440x900').split('x').map(Number);
  await page.setViewportSize({ width: w!, height: h! });
  const file = join(tmp, 'ATLAS.ti pilot.qdpx');
  writeFileSync(file, await qdpxFixture('atlas-ti'));
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'Pilot study.attune'));
  await new CoderPage(page).createCoderWithRole('L. Okafor', 'lead');
  await new MultiCoderPage(page).open('Project settings');
  const qda = new QdaPage(page);
  await qda.openImportFromSettings();
  await qda.chooseFile(file);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'refi-qda-import.png') });
  await qda.importPreviewed();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'refi-qda-imported.png') });
  await qda.done();
  await page.getByRole('button', { name: 'Export REFI-QDA project…' }).click();
  await qda.exportDialog.getByRole('checkbox').first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'refi-qda-export.png') });
});
