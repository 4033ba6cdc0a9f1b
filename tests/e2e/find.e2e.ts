import type { Annotation } from '../../shared/api/annotation.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, REPO_ROOT } from './helpers/host.ts';
import { join } from 'node:path';

test('find in the transcript with Ctrl+F, step with Enter, Esc selects the match, a key tags it', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  await ws.clickPhrase('To start');
  await page.keyboard.press('Control+f');
  const findBox = page.getByRole('searchbox', { name: 'Find in transcript' });
  await expect(findBox).toBeFocused();

  await findBox.pressSequentially('loving');
  const bar = page.getByRole('search', { name: 'Find in transcript' });
  await expect(bar).toContainText('1 of 5');
  await expect(ws.transcriptText.locator('.find-match, .find-current')).toHaveCount(5);
  await expect(ws.transcriptText.locator('.find-current')).toHaveText('Loving');

  await findBox.press('Enter');
  await expect(bar).toContainText('2 of 5');
  await expect(ws.transcriptText.locator('.find-current')).toHaveText('loving');
  await findBox.press('Shift+Enter');
  await expect(bar).toContainText('1 of 5');
  await findBox.press('Enter');

  // Esc closes the bar and leaves the current match selected in the text, ready to tag.
  await findBox.press('Escape');
  await expect(bar).toHaveCount(0);
  await expect(ws.transcriptText).toBeFocused();
  await expect.poll(() => ws.selectedText()).toBe('loving');
  await page.keyboard.press('w'); // Idealisation: unsupported adjective
  await ws.expectAllSaved();
  await expect(ws.highlights('idealization.unsupported_adjective')).toHaveText(['loving']);

  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const { text } = await api<Transcript>(host, 'transcript-get', { id: summary!.id });
  const [annotation] = await api<Annotation[]>(host, 'annotation-list', { transcriptId: summary!.id });
  // The second "loving" of the transcript: "Loving. Very loving."
  expect(annotation?.start).toBe(text.indexOf('Very loving') + 'Very '.length);
  expect(annotation?.end).toBe(annotation!.start + 'loving'.length);

  // No matches is said plainly.
  await page.keyboard.press('Control+f');
  await findBox.fill('grandfather');
  await expect(bar).toContainText('No matches');
});

test('the find query kept across a transcript switch starts again from the caret in the new one', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  await ws.importFile(join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0002-int-subj.txt'));
  await ws.openTranscript('syn-0001-mini');
  await ws.clickPhrase('To start');
  await page.keyboard.press('Control+f');
  const findBox = page.getByRole('searchbox', { name: 'Find in transcript' });
  const bar = page.getByRole('search', { name: 'Find in transcript' });
  await findBox.pressSequentially('mother');
  await expect(bar).toContainText(/1 of \d+/);
  await findBox.press('Escape');

  await ws.openTranscript('syn-0002-int-subj');
  await ws.clickPhrase('grandmother stayed');
  await page.keyboard.press('Control+f');
  await expect(findBox).toHaveValue('mother');
  // A current match in this transcript (not "0 of N"), and Esc selects it.
  await expect(bar).toContainText(/^.*\b[1-9]\d* of \d+/);
  await expect(ws.transcriptText.locator('.find-current')).toHaveCount(1);
  await findBox.press('Escape');
  await expect.poll(() => ws.selectedText()).toMatch(/^mother$/i);
});
