import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { REPO_ROOT } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const MINI = 'syn-0001-mini';
const SECOND = 'syn-0901-name-and-verb';
const SECOND_FILE = join(REPO_ROOT, 'tests', 'e2e', 'fixtures', `${SECOND}.txt`);

/** The page's scripts, split at its first contentful paint, each with whether it holds the transcript editor (Slate). */
async function scriptsAroundFirstPaint(page: Page) {
  return page.evaluate(async () => {
    const fcp = await new Promise<number>((ok) =>
      new PerformanceObserver((l) => ok(l.getEntries()[0]!.startTime)).observe({ type: 'paint', buffered: true }),
    );
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) =>
      /\.js$/.test(new URL(e.name).pathname),
    );
    return Promise.all(
      scripts.map(async (e) => ({
        file: new URL(e.name).pathname.split('/').pop()!,
        beforePaint: e.startTime < fcp,
        // Slate's editor root attribute is in its code, minified or not.
        slate: (await (await fetch(e.name)).text()).includes('data-slate-editor'),
      })),
    );
  });
}

/** How many times the page calls each API method from now on. */
function countCalls(page: Page): (method: string) => number {
  const counts = new Map<string, number>();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/api/')) counts.set(path.slice(5), (counts.get(path.slice(5)) ?? 0) + 1);
  });
  return (method) => counts.get(method) ?? 0;
}

test('the start screen paints without the coding screen’s code, which loads after it, before a project is opened', async ({
  page,
  host,
  tmp,
}) => {
  await page.goto(host.url);
  const start = new StartPage(page);
  await start.expectVisible();
  const first = await scriptsAroundFirstPaint(page);
  expect(first.filter((s) => s.beforePaint).length).toBeGreaterThan(0);
  expect(first.filter((s) => s.beforePaint && s.slate).map((s) => s.file)).toEqual([]);

  // Fetched once the start screen is painted and the page idle: opening a project need not wait for it.
  await expect
    .poll(async () => (await scriptsAroundFirstPaint(page)).some((s) => !s.beforePaint && s.slate))
    .toBe(true);
  await expect(page.getByText('Loading…')).toHaveCount(0);

  await start.createProject(join(tmp, 'project.attune'));
  await new CoderPage(page).createCoder('B. Osei');
  const ws = new WorkspacePage(page);
  await ws.expectVisible('project', 'B. Osei');
  await expect(ws.sidebar.getByText('No transcripts yet.', { exact: false })).toBeVisible();
});

test('switching transcripts reads the opened one’s text, highlights and coding once each, and never the list or every status again', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  await ws.importFile(SECOND_FILE);
  await expect(ws.transcriptItem(SECOND)).toHaveAttribute('aria-current', 'true');
  await expect(ws.sidebar.getByTestId('coding-status')).toHaveCount(2);
  const calls = countCalls(page);

  for (const title of [MINI, SECOND, MINI]) {
    await ws.transcriptItem(title).click();
    await expect(ws.transcriptText).toHaveAttribute('aria-label', `Transcript: ${title}`);
    await expect(ws.transcriptItem(title)).toHaveAttribute('aria-current', 'true');
  }
  // Three opens: each reads its own transcript and this coder's coding of it, once.
  await expect.poll(() => calls('memo-get')).toBe(3);
  await page.waitForTimeout(500); // nothing more arrives
  for (const method of [
    'transcript-get',
    'annotation-list',
    'rating-list',
    'classification-get',
    'event-list',
    'memo-get',
  ])
    expect(calls(method), method).toBe(3);
  for (const method of ['transcript-list', 'status-list', 'coder-list']) expect(calls(method), method).toBe(0);

  // The statuses are still shown, and a change made in the panel reaches the list without reading it.
  await expect(ws.sidebar.getByTestId('coding-status')).toHaveText(['Not started', 'Not started']);
  await page.getByRole('group', { name: 'Your coding status' }).getByRole('button', { name: 'Complete' }).click();
  await ws.expectAllSaved();
  await expect(ws.transcriptItem(MINI).getByTestId('coding-status')).toHaveText('Complete');
  await ws.transcriptItem(SECOND).click();
  await expect(ws.transcriptText).toHaveAttribute('aria-label', `Transcript: ${SECOND}`);
  await expect(ws.transcriptItem(MINI).getByTestId('coding-status')).toHaveText('Complete');
  await expect(ws.transcriptItem(SECOND).getByTestId('coding-status')).toHaveText('Not started');
  expect(calls('status-list')).toBe(0);
});
