/**
 * Screenshots of the transcript view's tools at 1440×900 into docs/screenshots/ (or $ATTUNE_SHOTS_DIR):
 * margin bars with line numbers and overlaps, the command palette, the hover card, project search.
 * Not part of `npm test`. After `npm run build`: npx playwright test -c tests/e2e/screenshots.config.ts transcript-view
 */
import { join } from 'node:path';
import { test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { REPO_ROOT } from './helpers/host.ts';
import { TranscriptViewPage } from './pages/transcript-view-page.ts';
import { shotsDir } from './helpers/shots.ts';

test('screenshots of the transcript view', async ({ page, host, tmp }) => {
  const out = shotsDir();
  const shot = async (name: string) => {
    await page.waitForTimeout(400); // let transitions settle
    await page.screenshot({ path: join(out, name) });
  };
  const ws = await openFreshWorkspace(page, host, tmp);
  const view = new TranscriptViewPage(ws);
  await ws.importFile(join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0002-int-subj.txt'));
  await ws.openTranscript('syn-0001-mini');

  const tag = async (phrase: string, key: string) => {
    await ws.selectWithMouse(phrase);
    await page.keyboard.press(key);
    await ws.expectAllSaved();
  };
  await tag('She was at work mostly, I sorted myself out.', 'w');
  await tag('I sorted myself out. But she was loving', '1');
  await tag("I don't remember anything specific, it was a normal childhood.", 'r');
  await tag('Loving. Very loving.', 'w');
  await tag('Busy, I suppose.', 'q');
  await tag("I don't remember. I just don't remember childhood", 'r');
  await tag('Dad had a lot going on with work', 'j');
  await tag("I said strict earlier, but maybe that's how I saw it then.", 'j');
  await ws.clickPhrase('work mostly');
  const card = ws.card('Idealisation: unsupported adjective');
  await card.getByLabel('Note').fill('"Loving" is not backed by a memory; the memory offered points the other way.');
  await card.getByLabel('Note').blur();
  await ws.expectAllSaved();

  // The view: line numbers, overlaps (stacked underlines + margin bars), the open highlight with its handles.
  await ws.clickPhrase('sorted myself');
  await page.locator('main.reader').evaluate((el) => el.scrollTo(0, 330));
  await page.mouse.move(0, 450);
  await shot('transcript-view.png');
  await shot('workspace.png');

  // Hover card over an overlap.
  const { start } = await ws.phraseEdges('work mostly');
  await page.mouse.move(start.x + 6, start.y);
  await view.hoverCard.waitFor();
  await shot('hover-card.png');
  await page.mouse.move(0, 450);

  // The command palette, filtered to codes and actions.
  await ws.selectWithKeyboard('Um, patient.', 'Um, patient.'.length);
  await view.openPalette();
  await view.paletteInput.pressSequentially('con');
  await shot('palette.png');
  await page.keyboard.press('Escape');

  // Project search across both transcripts.
  await view.openProjectSearch();
  await view.searchInput.pressSequentially('mother');
  await view.search.getByRole('option').first().waitFor();
  await shot('project-search.png');
  await page.keyboard.press('Escape');

  await ws.transcriptText.focus();
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await shot('shortcuts.png');
});
