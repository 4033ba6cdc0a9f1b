/**
 * Screenshots of the demo study's coding view with a highlight open and the score sheet, at 1280×720, 1024×768
 * and 1440×900, into docs/screenshots/ (or $ATTUNE_SHOTS_DIR). The 1440×900 one is the README's first picture.
 * Not part of `npm test`: npm run build && npx playwright test -c tests/e2e/screenshots.config.ts layout
 */
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';
import { shotsDir } from './helpers/shots.ts';

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
  [1440, 900],
] as const)
  test(`the demo study's coding view at ${width}×${height}`, async ({ page, host }) => {
    test.setTimeout(120_000);
    const out = shotsDir();
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Open the demo study' }).click();
    await new CoderPage(page).choose('Alex');
    const ws = new WorkspacePage(page);
    await ws.openTranscript('SYN-0201');
    const hl = ws.transcriptText.locator('.hl', { hasText: 'I was three' }).first();
    await hl.scrollIntoViewIfNeeded();
    await hl.click();
    await expect(ws.details).toBeVisible();
    await new CodingPanelPage(page).open('Scores');
    await page.mouse.move(0, height - 1);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(out, `demo-coding-${width}x${height}.png`) });
  });
