import { join } from 'node:path';
import { makeLabProject } from '../../scripts/lab-project.ts';
import { expect, test } from './fixtures.ts';
import { CoderPage } from './pages/coder-page.ts';
import { DisagreementsPage } from './pages/disagreements-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';

test('the dashboard pages through hundreds of disagreements and filters them by kind; its code is its own chunks, fetched ahead at idle', async ({
  page,
  tmp,
  launchHost,
}) => {
  test.setTimeout(150_000);
  const path = join(tmp, 'lab.attune');
  makeLabProject({ path, transcripts: 12, coders: 3, highlightsPerTranscript: 30, words: 2000, seed: 3 });
  const host = await launchHost(path);
  const chunks: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.js')) chunks.push(new URL(r.url()).pathname);
  });
  await page.goto(host.url);
  await new CoderPage(page).expectVisible();
  // The start screen and the coder picker load no dashboard code.
  expect(chunks.some((c) => /agreement-|project-views-/.test(c))).toBe(false);
  await new CoderPage(page).choose('Coder 01');
  // Its own chunks, fetched once the Coding screen is shown and the page is idle, before any click on Agreement.
  await expect.poll(() => chunks.filter((c) => /agreement-|project-views-/.test(c)).length).toBe(2);

  const mc = new MultiCoderPage(page);
  await mc.open('Agreement');
  await expect(mc.results).toBeVisible({ timeout: 60_000 });
  // Not fetched again.
  expect(chunks.filter((c) => /agreement-|project-views-/.test(c))).toHaveLength(2);

  const dis = new DisagreementsPage(page);
  await expect(dis.items).toHaveCount(100);
  const total = Number((await dis.range.textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''));
  expect(total).toBeGreaterThan(200);
  await expect(dis.range).toHaveText(`1–100 of ${total.toLocaleString()}`);
  await expect(dis.previous).toBeDisabled();
  const firstOfPage1 = await dis.items.first().textContent();

  await dis.next.click();
  await expect(dis.range).toHaveText(`101–200 of ${total.toLocaleString()}`);
  await expect(dis.items.first()).not.toHaveText(firstOfPage1 ?? '');
  await dis.previous.click();
  await expect(dis.range).toHaveText(`1–100 of ${total.toLocaleString()}`);
  await expect(dis.items.first()).toHaveText(firstOfPage1 ?? '');

  // Only classification disagreements: fewer than a page, every one of that kind.
  const spanKinds = ['Scale', 'Only one coder', 'Different codes'];
  for (const k of spanKinds) {
    // Each kind here has some; a box is disabled only while a page loads.
    await expect(dis.kind(k)).toBeEnabled();
    await dis.kind(k).uncheck();
  }
  const nClass = await dis.kindCount('Classification');
  expect(nClass).toBeGreaterThan(0);
  await expect(dis.range).toHaveText(`1–${nClass} of ${nClass}`);
  await expect(dis.items).toHaveCount(nClass);
  for (const text of await dis.items.allTextContents()) expect(text.startsWith('Classification')).toBe(true);
  await expect(dis.next).toBeDisabled();

  // A disagreement opens the review at its transcript.
  await dis.items.first().getByRole('button').click();
  await expect(mc.tab('Review')).toHaveAttribute('aria-selected', 'true');
  await expect(mc.disagreementList.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
});
