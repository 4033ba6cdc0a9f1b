/**
 * Screenshots of the transcript-level coding screens at 1440×900: score sheet, classification and
 * codebook editor, written to docs/screenshots/ (or $ATTUNE_SHOTS_DIR). Not part of `npm test`.
 * Run after `npm run build`: npx playwright test -c tests/e2e/screenshots.config.ts coding-screens
 */
import { join } from 'node:path';
import { test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { CodebookEditorPage } from './pages/codebook-editor-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { shotsDir } from './helpers/shots.ts';

test('screenshots of the score sheet, classification and codebook editor', async ({ page, host, tmp }) => {
  const out = shotsDir();
  const shot = async (name: string) => {
    await page.mouse.move(0, 0); // no hover states in the pictures
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, name) });
  };

  const ws = await openFreshWorkspace(page, host, tmp);
  for (const [passage, key] of [
    ['Loving. Very loving.', 'w'],
    ['She was at work mostly, I sorted myself out.', 'q'],
    ["I don't remember. I just don't remember childhood", 'r'],
    ["I said strict earlier, but maybe that's how I saw it then.", 'j'],
  ] as const) {
    await ws.selectWithMouse(passage);
    await page.keyboard.press(key);
  }
  await ws.expectAllSaved();

  const panel = new CodingPanelPage(page);
  await panel.statusControl.getByRole('button', { name: 'In progress' }).click();
  await panel.open('Scores');
  for (const [scale, target, value] of [
    ['Loving', 'Mother', '3'],
    ['Loving', 'Father', '4.5'],
    ['Loving', 'Other figure', 'n'],
    ['Rejecting', 'Mother', '5.5'],
    ['Rejecting', 'Father', '3'],
    ['Neglecting', 'Mother', '5'],
    ['Neglecting', 'Father', '2'],
    ['Idealisation', 'Father', '2'],
    ['Insistence on lack of recall', 'Transcript', '5'],
    ['Metacognitive monitoring', 'Transcript', '3.5'],
    ['Coherence of transcript', 'Transcript', '4'],
    ['Coherence of mind', 'Transcript', '4'],
  ] as const)
    await panel.typeRating(scale, target, value);
  await panel.scoreSheet.getByRole('button', { name: '+ Loss' }).click();
  await panel.scoreSheet.getByRole('textbox', { name: 'Who (Loss 1)' }).fill('grandmother');
  await page.keyboard.press('Tab');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await panel.typeRating('Unresolved loss', 'Loss: grandmother (age 9)', '5.5');
  await panel.typeRating('Unresolved trauma', 'Loss: grandmother (age 9)', 'n');
  await panel.rating('Idealisation', 'Mother').click();
  await panel.point('6.5').click();
  await panel.scoreDetail.getByRole('button', { name: '+ Link highlights…' }).click();
  await panel.scoreDetail.getByRole('checkbox', { name: /Loving\. Very loving/ }).check();
  await panel.scoreDetail.getByRole('checkbox', { name: /She was at work mostly/ }).check();
  await panel.scoreDetail.getByRole('button', { name: 'Done' }).click();
  await panel.scoreDetail
    .getByLabel('Note')
    .fill('"Loving" stands without a supporting memory; the memory offered contradicts it.');
  await panel.rating('Idealisation', 'Mother').click();
  await panel.tab('Scores').click(); // focus out of the field; the rating stays selected
  await ws.expectAllSaved();
  await page.locator('.score-scroll').evaluate((el) => el.scrollTo(0, 0));
  await page.locator('main.reader').evaluate((el) => el.scrollTo(0, 0));
  await shot('score-sheet.png');

  await panel.open('Classification');
  await panel.primary('U').click();
  await panel.classification.getByLabel(/Best-fitting alternative/).selectOption({ label: 'E2: angry/conflicted' });
  await panel.classification.getByRole('group', { name: 'Confidence' }).getByRole('button', { name: 'Medium' }).click();
  await panel.classification
    .getByLabel('Note')
    .fill("Lapse in reasoning about the grandmother's death (Q13); otherwise an angry, conflicted state of mind.");
  await panel.tab('Classification').click();
  await ws.expectAllSaved();
  await shot('classification.png');

  const cb = new CodebookEditorPage(page);
  await cb.open();
  await cb.code('Insistence on lack of recall').click();
  await cb.field('Hotkey').click();
  await page.keyboard.press('q');
  await cb.field('Label').click();
  await cb.list.evaluate((el) => el.scrollTo(0, 0));
  await shot('codebook-editor.png');
});
