import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { REPO_ROOT } from './helpers/host.ts';
import { pageApi } from './helpers/page-api.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { CoderPage } from './pages/coder-page.ts';
import { LayoutPage } from './pages/layout-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const PROTOTYPE = join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0201-f3.txt');

/** The demo study with eight more (short) transcripts, so the list has more than fits. */
async function demoWithTwelveTranscripts(page: Page, url: string) {
  await page.goto(url);
  await new StartPage(page).openDemo();
  await new CoderPage(page).choose('Alex');
  for (let i = 1; i <= 8; i++) {
    const r = await pageApi(page, 'transcript-import-text', {
      fileName: `extra-${String(i).padStart(2, '0')}.txt`,
      text: `I: Question ${i}?\nR: An answer ${i}.\n`,
    });
    expect(r.ok, JSON.stringify(r)).toBe(true);
  }
  await page.reload();
  const coder = new CoderPage(page);
  if (await page.getByRole('heading', { name: 'Who is coding?' }).isVisible()) await coder.choose('Alex');
}

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
] as const)
  test(`at ${width}×${height}: eight transcripts in the list, six rating rows beside an open highlight, panels resize and collapse`, async ({
    page,
    host,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width, height });
    await demoWithTwelveTranscripts(page, host.url);
    const ws = new WorkspacePage(page);
    const layout = new LayoutPage(page);
    await ws.openTranscript('SYN-0201');
    await expect(layout.transcriptList.locator('.transcript-item')).toHaveCount(12);
    expect(await layout.transcriptsInView()).toBeGreaterThanOrEqual(8);

    // A highlight open and the score sheet shown: six rating rows or more, unscrolled.
    await ws.transcriptText.locator('.hl').first().click();
    await expect(layout.details).toBeVisible();
    const panel = new CodingPanelPage(page);
    await panel.open('Scores');
    await expect(layout.scoreScroll.locator('tbody tr').first()).toBeVisible();
    expect(await layout.ratingRowsInView()).toBeGreaterThanOrEqual(6);

    // The highlight panel: a separator with its value; arrow keys and the mouse change its height.
    await expect(layout.highlightEdge).toHaveAttribute('aria-orientation', 'horizontal');
    const h0 = await layout.valueOf(layout.highlightEdge);
    expect(h0).toBeGreaterThan(80);
    await layout.highlightEdge.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => layout.valueOf(layout.highlightEdge)).toBe(h0 - 32);
    // Key repeat: presses faster than the panel's size is observed again each move it a step (none is lost).
    await layout.pressInOneTask(layout.highlightEdge, 'ArrowDown', 3);
    await expect.poll(() => layout.valueOf(layout.highlightEdge)).toBe(h0 + 16);
    await layout.drag(layout.highlightEdge, 0, 60);
    await expect.poll(() => layout.valueOf(layout.highlightEdge)).toBeGreaterThan(h0 + 20);
    const rowsWithTallHighlight = await layout.ratingRowsInView();

    // The coding panel's width: its left edge, by keys and by mouse.
    await expect(layout.panelEdge).toHaveAttribute('aria-orientation', 'vertical');
    const w0 = await layout.width(layout.inspector);
    await layout.panelEdge.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => layout.width(layout.inspector)).toBeCloseTo(w0 + 16, 0);
    // Where the two handles meet, the panel's edge is the one grabbed (it runs the panel's whole height).
    expect(await layout.grabbedWhereTheyCross(layout.panelEdge, layout.highlightEdge)).toBe('Resize the coding panel');
    await layout.drag(layout.panelEdge, 40, 0);
    await expect.poll(() => layout.width(layout.inspector)).toBeCloseTo(w0 - 24, -1);
    expect(await layout.valueOf(layout.panelEdge)).toBe(Math.round(await layout.width(layout.inspector)));

    // Collapsing the highlight gives its room to the score sheet; it keeps its code in the heading.
    await layout.details.getByRole('button', { name: 'Collapse the highlight panel' }).click();
    await expect(layout.details.getByRole('article')).toBeHidden();
    await expect(layout.details.getByRole('heading')).toContainText(/Highlight\s*\S+/);
    await expect(layout.highlightEdge).toHaveCount(0);
    expect(await layout.ratingRowsInView()).toBeGreaterThan(rowsWithTallHighlight);

    // Collapsing the coding panel gives the room to the highlight; choosing a tab opens it again.
    await layout.details.getByRole('button', { name: 'Show the highlight' }).click();
    await page.getByRole('button', { name: 'Collapse the coding panel' }).click();
    await expect(page.getByRole('tabpanel')).toBeHidden();
    await expect(layout.details.getByRole('article').first()).toBeVisible();
    await expect(layout.details.getByRole('textbox', { name: /note/i }).first()).toBeInViewport();

    // Sizes and collapsed states are the user's local settings: a reload keeps them.
    const wSet = Math.round(await layout.width(layout.inspector));
    await page.waitForTimeout(700); // the write is made once a drag or key run ends
    await page.reload();
    if (await page.getByRole('heading', { name: 'Who is coding?' }).isVisible())
      await new CoderPage(page).choose('Alex');
    await expect(ws.transcriptText).toBeVisible();
    await ws.transcriptText.locator('.hl').first().click();
    await expect(page.getByRole('button', { name: 'Show the coding panel' })).toBeVisible();
    expect(Math.round(await layout.width(layout.inspector))).toBe(wSet);
    await page.getByRole('button', { name: 'Show the coding panel' }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
  });

test('the open transcript is scrolled into view in the list, and a transcript reopens where its coder left it, after a restart too', async ({
  page,
  launchHost,
  tmp,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  const project = join(tmp, 'place.attune');
  const host = await launchHost();
  await page.goto(host.url);
  await new StartPage(page).createProject(project);
  await new CoderPage(page).createCoder('Ada');
  const ws = new WorkspacePage(page);
  await ws.importFile(PROTOTYPE);
  for (let i = 1; i <= 14; i++)
    await pageApi(page, 'transcript-import-text', {
      fileName: `zz-${String(i).padStart(2, '0')}.txt`,
      text: `I: Q${i}?\nR: A${i}.\n`,
    });
  await page.reload();
  const layout = new LayoutPage(page);

  // The last transcript, opened from far down the list, is in view in it after a reload.
  await layout.transcriptList.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await ws.openTranscript('zz-14');
  await page.reload();
  await expect(ws.transcriptText).toBeVisible();
  await expect(ws.transcriptItem('zz-14')).toBeInViewport();
  await expect(layout.transcriptList.locator('[aria-current="true"]')).toHaveText(/zz-14/);

  // Read far into the long transcript, put the caret in a phrase, leave for another and come back.
  await layout.transcriptList.evaluate((el) => (el.scrollTop = 0));
  await ws.openTranscript('syn-0201-f3');
  const phrase = 'I remember the day my sister came home';
  await ws.clickPhrase(phrase);
  const reader = page.getByRole('main', { name: 'Transcript' });
  const phraseTop = () =>
    ws.transcriptText.evaluate((root, p) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf(p);
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        return r.getBoundingClientRect().top - (root.closest('main')?.getBoundingClientRect().top ?? 0);
      }
      return null;
    }, phrase);
  // What follows the caret, read by selecting five characters from it (then ← puts it back at their start).
  const afterCaret = async () => {
    await page.keyboard.down('Shift');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    const text = await ws.selectedText();
    await page.keyboard.press('ArrowLeft');
    return text;
  };
  const atCaret = await afterCaret();
  expect(atCaret).toHaveLength(5);
  await reader.evaluate((el) => el.scrollBy(0, 120));
  await page.waitForTimeout(300);
  const before = await phraseTop();
  expect(before).not.toBeNull();
  await page.waitForTimeout(900); // the place is written once the scrolling stops
  await ws.openTranscript('zz-01');
  await ws.openTranscript('syn-0201-f3');
  await expect.poll(async () => Math.abs((await phraseTop())! - before!)).toBeLessThan(16); // within a line
  await expect.poll(() => reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(500);

  // A restart: a new host on the same user data folder, the project opened again.
  await host.stop();
  const again = await launchHost(project);
  await page.goto(again.url);
  await new CoderPage(page).choose('Ada');
  await ws.openTranscript('syn-0201-f3');
  await expect.poll(async () => Math.abs((await phraseTop())! - before!)).toBeLessThan(16); // within a line
  // The caret is where it was: Tab into the text and Shift+→ selects from it.
  await ws.transcriptText.focus();
  expect(await afterCaret()).toBe(atCaret);
});

for (const [width, height] of [
  [1280, 720],
  [1024, 768],
] as const)
  test(`at ${width}×${height} the header shows every view tab in full with long project and coder names`, async ({
    page,
    host,
    tmp,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto(host.url);
    await new StartPage(page).createProject(
      join(tmp, 'Longitudinal attachment study of adolescent mothers 2026.attune'),
    );
    await new CoderPage(page).createCoder('Maximiliane Konstantinopoulou-Fairweather');
    const header = page.locator('header.app-header');
    const tabs = header.getByRole('tablist', { name: 'Views' });
    const layout = new LayoutPage(page);
    for (const tab of await tabs.getByRole('tab').all()) await layout.expectFullyShown(tab, tabs);
    await layout.expectFullyShown(tabs.getByRole('tab', { name: 'Project settings' }), header);
    for (const name of ['Close project', 'Keyboard shortcuts', 'Codebook'])
      await layout.expectFullyShown(header.getByRole('button', { name }), header);
    await layout.expectFullyShown(header.getByRole('button', { name: /^Coding as Maximiliane/ }), header);
  });
