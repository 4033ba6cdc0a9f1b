/**
 * Screenshots of the browser file picker (New with a taken name, Open, the folder for Write packages with
 * New folder…) and of the demo's Study view, at 1280×720 and 1440×900, into docs/screenshots/ (or
 * $ATTUNE_SHOTS_DIR). Not part of `npm test`:
 *   npm run build && npx playwright test -c tests/e2e/screenshots.config.ts file-picker
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { startHost, type Host } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { FilePickerPage } from './pages/file-picker-page.ts';
import { PackagesPage } from './pages/packages-page.ts';
import { StudyPage } from './pages/study-page.ts';
import { shotsDir } from './helpers/shots.ts';

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const)
  test(`screenshots of the file picker at ${width}×${height}`, async ({ page, tmp }) => {
    test.setTimeout(120_000);
    const out = shotsDir();
    const shot = async (name: string) => {
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(out, `${name}-${width}x${height}.png`) });
    };
    const home = join(tmp, 'dana');
    for (const d of ['studies/pilot', 'studies/main study/packages', 'Documents', 'Downloads'])
      mkdirSync(join(home, d), { recursive: true });
    for (const f of ['pilot.attune', 'main study.attune', 'main study - Ada.attune.age'])
      writeFileSync(join(home, 'studies', f), 'x');
    let host: Host | null = null;
    try {
      host = await startHost({ dataDir: join(tmp, 'data'), home });
      await page.setViewportSize({ width, height });
      await page.goto(host.url);

      await page.getByRole('region', { name: 'Open a project' }).getByRole('button', { name: 'Browse…' }).click();
      const open = new FilePickerPage(page, 'Open a project');
      await open.openFolder('studies');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await shot('picker-open');
      await page.keyboard.press('Escape');

      await page.getByRole('region', { name: 'New project' }).getByRole('button', { name: 'Browse…' }).click();
      const create = new FilePickerPage(page, 'New project');
      await create.openFolder('studies');
      await create.name.fill('pilot');
      await create.name.press('Enter');
      await expect(create.nameError()).toBeVisible();
      await shot('picker-new-taken');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Open the demo study' }).click();
      await new CoderPage(page).choose('Alex');
      const study = new StudyPage(page);
      await study.open();
      await expect(study.progress).toBeVisible();
      await shot('demo-study');
      await page
        .getByRole('toolbar', { name: 'Study actions' })
        .getByRole('button', { name: 'Write packages…' })
        .click();
      await new PackagesPage(page).writeDialog.getByRole('button', { name: 'Browse…' }).click();
      const folder = new FilePickerPage(page, 'Folder for the packages');
      await folder.openFolder('studies');
      await folder.dialog.getByRole('button', { name: 'New folder…' }).click();
      await folder.dialog.getByLabel('New folder name').fill('round 2');
      await shot('picker-folder');
    } finally {
      await host?.stop();
    }
  });
