// The bench's dashboard as a person sees it (scripts/bench-lab.ts): a fresh `attune serve` on a copy of the
// generated project, Chromium past the coder picker on the Coding screen, then a click on the Agreement tab
// until the figures are painted (the results panel shown, then the next frame), timed in the page.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuild, launchChromium, startHost } from './bench-ui-host.ts';

export async function dashboardPainted(project: string): Promise<number> {
  ensureBuild();
  const tmp = mkdtempSync(join(tmpdir(), 'attune-bench-dashboard-'));
  const copy = join(tmp, 'project.attune');
  copyFileSync(project, copy);
  const host = await startHost(join(tmp, 'data'), copy);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Who is coding?' }).waitFor();
    await page.locator('ul.coder-list').getByRole('button').first().click();
    await page.locator('.transcript-text').first().waitFor({ timeout: 120_000 });
    await page.waitForTimeout(1500);
    const tab = page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Agreement', exact: true });
    await tab.waitFor();
    // Timed in the page: from the click as the page receives it to the frame after the figures are shown
    // (Playwright's own checks and polling are not the app's time).
    await page.evaluate(() => {
      const w = window as unknown as { clickedAt?: number; paintedAt?: number };
      document.addEventListener('click', (e) => (w.clickedAt = e.timeStamp), { capture: true, once: true });
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-testid="agreement-results"]')) return;
        observer.disconnect();
        requestAnimationFrame(() => setTimeout(() => (w.paintedAt = performance.now()), 0));
      }).observe(document.body, { childList: true, subtree: true });
    });
    await tab.click();
    await page.waitForFunction(() => (window as unknown as { paintedAt?: number }).paintedAt, null, {
      timeout: 120_000,
    });
    return await page.evaluate(() => {
      const w = window as unknown as { clickedAt: number; paintedAt: number };
      return w.paintedAt - w.clickedAt;
    });
  } finally {
    await browser.close();
    host.child.kill('SIGTERM');
    await new Promise((r) => host.child.once('exit', r));
    rmSync(tmp, { recursive: true, force: true });
  }
}
