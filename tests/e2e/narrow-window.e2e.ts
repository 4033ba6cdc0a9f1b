import type { Locator } from 'playwright-core';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';

/** Every tab of a tab list is shown whole: the list does not scroll and no tab sticks out of it. */
async function expectAllTabsShown(tablist: Locator) {
  const { scroll, client, clipped } = await tablist.evaluate((list) => {
    const box = list.getBoundingClientRect();
    const tabs = [...list.querySelectorAll('[role="tab"]')].map((t) => t.getBoundingClientRect());
    return {
      scroll: list.scrollWidth,
      client: list.clientWidth,
      clipped: tabs.filter((t) => t.left < box.left - 0.5 || t.right > box.right + 0.5).length,
    };
  });
  expect(scroll).toBeLessThanOrEqual(client + 1);
  expect(clipped).toBe(0);
}

for (const size of [
  { width: 1024, height: 720 },
  { width: 1280, height: 800 },
]) {
  test(`a ${size.width} px window shows every view tab and every coding-panel tab whole, names intact`, async ({
    page,
    host,
    tmp,
  }) => {
    await page.setViewportSize(size);
    await openFreshWorkspace(page, host, tmp);
    const views = page.getByRole('tablist', { name: 'Views' });
    const panels = page.getByRole('tablist', { name: 'Coding panels' });
    await expectAllTabsShown(views);
    await expectAllTabsShown(panels);
    // Shortened labels keep their full accessible names, and still work.
    await views.getByRole('tab', { name: 'Project settings' }).click();
    await expect(page.getByRole('heading', { name: 'Project settings' })).toBeVisible();
    await views.getByRole('tab', { name: 'Coding' }).click();
    await panels.getByRole('tab', { name: 'Classification' }).click();
    await expect(panels.getByRole('tab', { name: 'Classification' })).toHaveAttribute('aria-selected', 'true');
    await panels.getByRole('tab', { name: 'Memo' }).click();
    await expect(panels.getByRole('tab', { name: 'Memo' })).toHaveAttribute('aria-selected', 'true');
    // Nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
}
