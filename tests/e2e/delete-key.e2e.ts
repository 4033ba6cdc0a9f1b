import type { Annotation } from '../../shared/api/annotation.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, type Host } from './helpers/host.ts';

const QUALITY = { id: 'quality.contradiction', label: 'Quality: contradiction' };
const PASSAGE = 'a flat above a bakery';

async function storedIds(host: Host): Promise<string[]> {
  const [t] = await api<TranscriptSummary[]>(host, 'transcript-list');
  return (await api<Annotation[]>(host, 'annotation-list', { transcriptId: t!.id })).map((a) => a.id);
}

test('Delete deletes the open highlight, from the text or the panel, Ctrl+Z brings it back; never from a text field', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  await ws.selectWithMouse(PASSAGE);
  await ws.codeButton(QUALITY.label).click();
  await ws.expectAllSaved();
  const [id] = await storedIds(host);

  // In the note field, Delete deletes characters, not the highlight.
  await ws.clickPhrase(PASSAGE);
  const card = ws.card(QUALITY.label);
  await expect(card).toBeVisible();
  const note = card.getByLabel('Note');
  await note.fill('abc');
  await note.press('Home');
  await note.press('Delete');
  await expect(note).toHaveValue('bc');
  await expect(ws.highlights(QUALITY.id)).toHaveCount(1);
  await note.press('Control+Enter');
  await ws.expectAllSaved();

  // From the transcript text: gone at once, with the way back said.
  await ws.clickPhrase(PASSAGE);
  await expect(ws.transcriptText).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(ws.highlights(QUALITY.id)).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Highlight deleted' })).toContainText('Z brings it back');
  await ws.expectAllSaved();
  expect(await storedIds(host)).toEqual([]);
  await page.keyboard.press('Control+z');
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveText([PASSAGE]);
  expect(await storedIds(host)).toEqual([id]);

  // From a button of the panel (focus outside the text), the same.
  await ws.clickPhrase(PASSAGE);
  await card.getByRole('button').first().focus();
  await page.keyboard.press('Delete');
  await expect(ws.highlights(QUALITY.id)).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(ws.highlights(QUALITY.id)).toHaveText([PASSAGE]);
});

test('the confirmation of a highlight deletion puts Keep before Delete', async ({ page, host, tmp }) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  await ws.selectWithMouse(PASSAGE);
  await ws.codeButton(QUALITY.label).click();
  await ws.clickPhrase(PASSAGE);
  const card = ws.card(QUALITY.label);
  await card.getByRole('button', { name: 'Delete…' }).click();
  await expect(card.getByRole('button', { name: 'Keep' })).toBeFocused();
  await expect(card.locator('.confirm-row').getByRole('button')).toHaveText(['Keep', 'Delete']);
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
});

test('a highlight clicked while its save is on the way opens once saved (its id changes then)', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  // Hold the save back, as a loaded machine or a slow disk would.
  await page.route('**/api/annotation-create', async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await ws.selectWithMouse(PASSAGE);
  await ws.codeButton(QUALITY.label).click();
  await ws.clickPhrase(PASSAGE);
  const card = ws.card(QUALITY.label);
  await expect(card).toBeVisible({ timeout: 10_000 });
  await ws.expectAllSaved();
  await expect(card).toBeVisible();
  await expect(card.getByRole('button', { name: 'Delete…' })).toBeVisible();
});
