/**
 * Walks the UI through the coding loop and saves screenshots at 1440×900 to docs/screenshots/
 * (or $ATTUNE_SHOTS_DIR). Not part of `npm test`. Run after `npm run build`:
 *   npx playwright test -c tests/e2e/screenshots.config.ts
 */
import { join } from 'node:path';
import { test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { CoderPage } from './pages/coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';
import { shotsDir } from './helpers/shots.ts';

test('screenshots of every screen', async ({ page, host, tmp }) => {
  const out = shotsDir();
  const shot = async (name: string) => {
    await page.waitForTimeout(300); // let transitions settle
    await page.screenshot({ path: join(out, name) });
  };

  await page.goto(host.url);
  const start = new StartPage(page);
  await start.expectVisible();
  await start.createProject(join(tmp, 'notes.txt'));
  await shot('start-error.png');
  await start.createProject(join(tmp, 'Pilot study.attune'));

  const coder = new CoderPage(page);
  await coder.expectVisible();
  await coder.createCoder('A. Rivera');
  const ws = new WorkspacePage(page);
  await page.getByText('No transcript open').waitFor();
  await shot('workspace-empty.png');

  await ws.importFile(MINI_FIXTURE);
  await ws.transcriptText.waitFor();
  await ws.selectWithMouse('She was at work mostly, I sorted myself out.');
  await shot('workspace-selection.png');
  await ws.codeButton('Idealisation: unsupported adjective').click();
  await ws.expectAllSaved();
  const keyPassage = 'I sorted myself out. But she was loving';
  await ws.selectWithKeyboard(keyPassage, keyPassage.length);
  await page.keyboard.press('1'); // Quality: contradiction (blue) over the idealisation (green)
  await ws.selectWithMouse("I don't remember. I just don't remember childhood");
  await page.keyboard.press('r');
  await ws.selectWithMouse('Dad had a lot going on with work');
  await ws.codeButton('Metacognitive monitoring').click();
  await ws.selectWithMouse("I said strict earlier, but maybe that's how I saw it then.");
  await page.keyboard.press('j');
  await ws.selectWithMouse('Loving. Very loving.');
  await page.keyboard.press('w');
  await ws.selectWithMouse('she was furious, but that was my fault');
  await page.keyboard.press('t');
  await ws.expectAllSaved();
  await ws.clickPhrase('work mostly');
  const card = ws.card('Idealisation: unsupported adjective');
  await card.getByLabel('Note').fill('"Loving" is not backed by a memory; the memory offered points the other way.');
  await card.getByLabel('Note').blur();
  await ws.expectAllSaved();
  // workspace.png, shortcuts.png and the transcript tools come from transcript-view.shots.ts.

  await ws.clickPhrase('sorted myself');
  await page.locator('main.reader').evaluate((el) => el.scrollTo(0, 0));
  await shot('workspace-overlap.png');

  await ws.clickPhrase('To start');
  await page.keyboard.press('Control+f');
  await page.getByRole('searchbox', { name: 'Find in transcript' }).pressSequentially('loving');
  await page.getByRole('searchbox', { name: 'Find in transcript' }).press('Enter');
  await shot('find.png');
  await page.keyboard.press('Escape');

  await ws.header.getByRole('button', { name: /Switch coder/ }).click();
  await coder.expectVisible();
  await shot('coder.png');
  await coder.choose('A. Rivera');
  await ws.closeProject();
  await start.expectVisible();
  await start.recentEntry('Pilot study').waitFor();
  await shot('start.png');
});
