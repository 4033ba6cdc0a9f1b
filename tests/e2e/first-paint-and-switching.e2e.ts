import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Coder } from '../../shared/api/coder.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api, REPO_ROOT } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const MINI = 'syn-0001-mini';
const SECOND = 'syn-0901-name-and-verb';
const SECOND_FILE = join(REPO_ROOT, 'tests', 'e2e', 'fixtures', `${SECOND}.txt`);
/** The calls a switch may make, counted before and after. */
const READS = [
  'transcript-get',
  'annotation-list',
  'rating-list',
  'classification-get',
  'event-list',
  'memo-get',
  'transcript-list',
  'status-list',
  'coder-list',
];

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
  // Set up over the API before the page loads (no change event of the setup can reach the page later).
  await api(host, 'project-create', { path: join(tmp, 'switch.attune') });
  await api<Coder>(host, 'coder-create', { name: 'Lia', role: 'lead' });
  await api<Coder>(host, 'coder-create', { name: 'Ben', role: 'coder' });
  for (const file of [MINI_FIXTURE, SECOND_FILE])
    await api(host, 'transcript-import-text', { fileName: basename(file), text: readFileSync(file, 'utf8') });
  const calls = countCalls(page);
  await page.goto(host.url);
  await new CoderPage(page).choose('Lia');
  const ws = new WorkspacePage(page);
  await expect(ws.transcriptText).toHaveAttribute('aria-label', `Transcript: ${MINI}`);
  // The first load: the list, every status and the open transcript's coding, then nothing more.
  await expect.poll(() => calls('memo-get')).toBe(1);
  await expect.poll(() => calls('status-list')).toBe(1);
  await expect(ws.sidebar.getByTestId('coding-status')).toHaveCount(2);
  await page.waitForTimeout(500);
  const before = new Map(READS.map((m) => [m, calls(m)]));

  for (const title of [SECOND, MINI, SECOND]) {
    await ws.transcriptItem(title).click();
    await expect(ws.transcriptText).toHaveAttribute('aria-label', `Transcript: ${title}`);
    await expect(ws.transcriptItem(title)).toHaveAttribute('aria-current', 'true');
  }
  // Three opens: each reads its own transcript and this coder's coding of it, once.
  await expect.poll(() => calls('memo-get') - before.get('memo-get')!).toBe(3);
  await page.waitForTimeout(500); // nothing more arrives
  const made = (m: string) => calls(m) - before.get(m)!;
  for (const method of [
    'transcript-get',
    'annotation-list',
    'rating-list',
    'classification-get',
    'event-list',
    'memo-get',
  ])
    expect(made(method), method).toBe(3);
  for (const method of ['transcript-list', 'status-list', 'coder-list']) expect(made(method), method).toBe(0);

  // The statuses are still shown (the lead sees Ben's as a dot), and a change made here reaches the list
  // without reading every status again.
  await expect(ws.sidebar.getByTestId('coding-status')).toHaveText(['Not started', 'Not started']);
  await expect(ws.transcriptItem(MINI).getByRole('listitem', { name: 'Ben: not started' })).toBeVisible();
  await page.getByRole('group', { name: 'Your coding status' }).getByRole('button', { name: 'Complete' }).click();
  await ws.expectAllSaved();
  await expect(ws.transcriptItem(SECOND).getByTestId('coding-status')).toHaveText('Complete');
  await ws.transcriptItem(MINI).click();
  await expect(ws.transcriptText).toHaveAttribute('aria-label', `Transcript: ${MINI}`);
  await expect(ws.transcriptItem(SECOND).getByTestId('coding-status')).toHaveText('Complete');
  await expect(ws.transcriptItem(MINI).getByTestId('coding-status')).toHaveText('Not started');
  expect(made('status-list')).toBe(0);
});

// The first 40 blocks went in at once before: their last started 4.8 screens down at 1440×900, 9.3 at 1024×768
// (a narrower column beside the panels). Now what the widest text column would hold over the window's height.
for (const [width, height, most] of [
  [1440, 900, 3],
  [1024, 768, 6],
] as const)
  test(`a long transcript’s first paint at ${width}×${height} fills the screen, with less than ${most} screens of text, and the rest follows`, async ({
    page,
    host,
    tmp,
  }) => {
    await page.setViewportSize({ width, height });
    // The stress fixture's turns are long (about 500 characters each): a screen holds a few of them.
    const stress = readFileSync(join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0014-stress.txt'), 'utf8');
    await api(host, 'project-create', { path: join(tmp, 'long.attune') });
    await api<Coder>(host, 'coder-create', { name: 'Lia', role: 'lead' });
    await api(host, 'transcript-import-text', {
      fileName: basename(MINI_FIXTURE),
      text: readFileSync(MINI_FIXTURE, 'utf8'),
    });
    await api(host, 'transcript-import-text', { fileName: 'syn-0014-stress.txt', text: stress });
    await page.goto(host.url);
    await new CoderPage(page).choose('Lia');
    const ws = new WorkspacePage(page);
    await expect(ws.transcriptText).toHaveAttribute('aria-label', `Transcript: ${MINI}`);

    // What the transcript holds the moment its text first reaches the page (before any later slice is appended).
    const first = page.evaluate(
      () =>
        new Promise<{ blocks: number; screens: number; filled: boolean }>((ok) => {
          const mo = new MutationObserver(() => {
            const root = document.querySelector('.transcript-text');
            if (
              root?.getAttribute('aria-label') !== 'Transcript: syn-0014-stress' ||
              !root.querySelector('[data-slate-string]')
            )
              return;
            mo.disconnect();
            const reader = document.querySelector('main.reader')!.getBoundingClientRect();
            const blocks = [...root.querySelectorAll(':scope [data-slate-node="element"]')].map((b) =>
              b.getBoundingClientRect(),
            );
            ok({
              blocks: blocks.length,
              // How far down the last block starts, in reader heights from the reader's top.
              screens: (blocks[blocks.length - 1]!.top - reader.top) / reader.height,
              filled: blocks[blocks.length - 1]!.bottom >= reader.bottom,
            });
          });
          mo.observe(document.body, { childList: true, subtree: true });
        }),
    );
    await ws.transcriptItem('syn-0014-stress').click();
    const painted = await first;
    expect(painted.filled).toBe(true);
    expect(painted.screens).toBeLessThan(most);
    // Then the rest of it comes in.
    await expect(page.locator('.transcript-wrap[data-complete]')).toBeVisible();
    const all = await ws.transcriptText.locator('[data-slate-node="element"]').count();
    expect(all).toBeGreaterThan(painted.blocks);
    await expect(ws.transcriptText).toContainText(stress.trimEnd().split('\n').pop()!.slice(-40));
  });
