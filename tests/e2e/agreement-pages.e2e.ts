import { join } from 'node:path';
import { makeLabProject } from '../../scripts/lab-project.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { api } from './helpers/host.ts';
import { openLabDashboard } from './helpers/lab-dashboard.ts';
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

  // The API calls, in the order they were sent and answered.
  const calls: string[] = [];
  const name = (u: string) => new URL(u).pathname.replace('/api/', '');
  page.on('request', (r) => void (r.url().includes('/api/') && calls.push(`ask ${name(r.url())}`)));
  page.on('requestfinished', (r) => void (r.url().includes('/api/') && calls.push(`got ${name(r.url())}`)));
  // Whether the Coding screen was still shown when the figures were asked: asked as the tab is chosen, not
  // once the views have replaced it (at lab size leaving the Coding screen took some 50 ms first).
  await expect(page.locator('.transcript-text')).toBeVisible({ timeout: 30_000 });
  await page.evaluate(() => {
    const w = window as unknown as { askedOnCoding?: boolean };
    const fetch0 = window.fetch.bind(window);
    window.fetch = (input, init) => {
      if (String(input).endsWith('/api/agreement-compute') && w.askedOnCoding === undefined)
        w.askedOnCoding = document.querySelector('.transcript-text') !== null;
      return fetch0(input, init);
    };
  });
  const mc = new MultiCoderPage(page);
  await mc.open('Agreement');
  await expect(mc.results).toBeVisible({ timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { askedOnCoding?: boolean }).askedOnCoding)).toBe(true);
  // Not fetched again.
  expect(chunks.filter((c) => /agreement-|project-views-/.test(c))).toHaveLength(2);
  // The figures were asked for once, as the tab was chosen: before the lists the views read as they open.
  expect(calls.filter((c) => c === 'ask agreement-compute')).toHaveLength(1);
  expect(calls.indexOf('ask agreement-compute')).toBeLessThan(calls.indexOf('ask transcript-list'));

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
  // Computed again on the user's click, with the same choices named: the same disagreements.
  await mc.compute();
  await expect(dis.range).toHaveText(`1–100 of ${total.toLocaleString()}`);
  await expect(dis.items.first()).toHaveText(firstOfPage1 ?? '');
  expect(calls.filter((c) => c === 'ask agreement-compute')).toHaveLength(2);

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

test('at first the per-transcript table shows its first 100 rows, and all of them on a click', async ({
  page,
  tmp,
  launchHost,
}) => {
  test.setTimeout(120_000);
  const lab = { transcripts: 104, coders: 2, highlightsPerTranscript: 4, words: 150, seed: 5 };
  const { host } = await openLabDashboard(page, { tmp, launchHost }, lab);
  const table = page.getByRole('table', { name: 'Agreement per transcript' });
  await expect(table.locator('tbody tr')).toHaveCount(100);
  await expect(page.getByText('The first 100 of 104 transcripts.')).toBeVisible();
  await page.getByRole('button', { name: 'Show all 104' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(104);
  await expect(page.getByRole('button', { name: 'Show all 104' })).toHaveCount(0);
  // Every transcript once, in the order the project lists them.
  const listed = await api<TranscriptSummary[]>(host, 'transcript-list');
  await expect(table.locator('tbody tr').getByRole('rowheader')).toHaveText(listed.map((t) => t.title));
});

test('leaving Agreement before its figures arrive forgets them: coming back asks afresh (the project may have changed meanwhile)', async ({
  page,
  tmp,
  launchHost,
}) => {
  test.setTimeout(120_000);
  const lab = { transcripts: 8, coders: 2, highlightsPerTranscript: 4, words: 150, seed: 7 };
  const { mc } = await openLabDashboard(page, { tmp, launchHost }, lab);
  await mc.open('Coding');
  // The next figures and the views' lists are held back until the view has been left and chosen again, so the
  // dashboard has not taken the figures when it is left.
  let asks = 0;
  let lists = 0;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/agreement-compute', async (route) => {
    asks++;
    if (asks === 1) await held;
    await route.continue();
  });
  await page.route('**/api/transcript-list', async (route) => {
    if (++lists === 1) await held;
    await route.continue();
  });
  await mc.open('Agreement');
  await expect.poll(() => asks).toBe(1);
  await mc.open('Coding');
  await mc.open('Agreement');
  await expect.poll(() => asks).toBe(2);
  release();
  await expect(mc.results).toBeVisible({ timeout: 30_000 });
  expect(asks).toBe(2);
});
