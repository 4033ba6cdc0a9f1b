/**
 * Screenshots of the demo study: the start screen (fresh profile) and the agreement dashboard, at
 * 1280×720 and 1440×900, into docs/screenshots/ (or $ATTUNE_SHOTS_DIR). Not part of `npm test`:
 *   npm run build && npx playwright test -c tests/e2e/screenshots.config.ts demo-study
 */
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { shotsDir } from './helpers/shots.ts';

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const)
  test(`screenshots of the demo study at ${width}×${height}`, async ({ page, host }) => {
    test.setTimeout(120_000);
    const out = shotsDir();
    const shot = async (name: string) => {
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(out, `${name}-${width}x${height}.png`) });
    };
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    const demo = page.getByRole('button', { name: 'Open the demo study' });
    await expect(demo).toBeVisible();
    await shot('demo-start');
    await demo.click();
    await new CoderPage(page).choose('Alex');
    const mc = new MultiCoderPage(page);
    await mc.open('Agreement');
    await expect(mc.results).toBeVisible({ timeout: 30_000 });
    await shot('demo-dashboard');
  });
