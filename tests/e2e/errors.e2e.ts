import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE, openFreshWorkspace } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { StartPage } from './pages/start-page.ts';

test('a bad project path gets a clear message and nothing opens', async ({ page, host, tmp }) => {
  await page.goto(host.url);
  const start = new StartPage(page);
  await start.expectVisible();

  await start.createProject(join(tmp, 'notes.txt'));
  await expect(start.createError()).toHaveText('A project file name ends in .attune.');
  await expect(start.createPath).toHaveAttribute('aria-invalid', 'true');

  const inMissingFolder = join(tmp, 'no-such-folder', 'study.attune');
  await start.createProject(inMissingFolder);
  await expect(start.createError()).toContainText(inMissingFolder);
  await expect(start.createError()).toContainText(/directory does not exist/i);

  const missing = join(tmp, 'missing.attune');
  await start.openProject(missing);
  // The same answer for a missing, unreadable or foreign file: opening cannot probe which files exist.
  await expect(start.openError()).toHaveText(
    'Cannot open missing.attune: it is not an Attune project (there is no such file, it cannot be read, or it is not a project)',
  );

  await start.openProject('   ');
  await expect(start.openError()).toContainText('Enter the full path of a project file');

  // Still on the start screen, and the host has no project open.
  await start.expectVisible();
  expect(await api(host, 'project-get-current')).toBeNull();
});

test('import problems are listed per file and the good file still imports', async ({ page, host, tmp }) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const dialog = await ws.chooseImportFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') },
    // Already imported: a duplicate.
    { name: 'syn-0001-mini.txt', mimeType: 'text/plain', buffer: readFileSync(MINI_FIXTURE) },
    {
      name: 'second.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('I: Tell me about your family.\nR: We were four.'),
    },
  ]);
  await dialog.importAll({ close: false });
  await expect(dialog.result('empty.txt')).toContainText('The file is empty.');
  await expect(dialog.result('scan.pdf')).toContainText('PDF files cannot be imported.');
  await expect(dialog.result('syn-0001-mini.txt')).toContainText('Duplicate');
  await expect(dialog.result('second.txt')).toContainText('Imported');
  expect(await api<TranscriptSummary[]>(host, 'transcript-list')).toHaveLength(2);
  await dialog.doneButton.click();
  await expect(dialog.dialog).toBeHidden();
  await expect(ws.transcriptItem('second')).toHaveAttribute('aria-current', 'true');
});

test('the transcript text cannot be changed from the keyboard, clipboard or an input method', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const before = await ws.transcriptText.innerText();
  await ws.clickPhrase('bakery');
  await page.keyboard.type('xyz ');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Enter');
  await ws.selectWithKeyboard('We lived', 8);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+x');
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Control+z');
  await page.keyboard.insertText('pasted text');
  // An input method (IME) composition cannot be cancelled; the text is redrawn when it ends.
  await ws.clickPhrase('canal');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'かな', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '仮名' });
  await expect(ws.transcriptText).not.toContainText('仮名');
  await expect(ws.transcriptText).toBeFocused();
  expect(await ws.transcriptText.innerText()).toBe(before);
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const stored = await api<Transcript>(host, 'transcript-get', { id: summary!.id });
  expect(stored.text).not.toContain('xyz');
  expect(await api<Annotation[]>(host, 'annotation-list', { transcriptId: summary!.id })).toEqual([]);
});

test('keyboard only: tag with Shift+Arrow and a key, open with Enter, delete after confirming', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const passage = 'Her kitchen always smelled of cinnamon';
  await ws.selectWithKeyboard(passage, passage.length);
  await page.keyboard.press('h'); // Warmth, balance, forgiveness
  await ws.expectAllSaved();
  await expect(ws.highlights('warmth.balanced_forgiving')).toHaveText([passage]);

  // Caret back inside the highlight, Enter opens its details.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  const card = ws.card('Warmth, balance, forgiveness');
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Delete…' }).click();
  await card.getByRole('button', { name: 'Keep' }).click();
  await expect(ws.highlights('warmth.balanced_forgiving')).toHaveCount(1);
  await card.getByRole('button', { name: 'Delete…' }).click();
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  await ws.expectAllSaved();
  await expect(ws.highlights('warmth.balanced_forgiving')).toHaveCount(0);
  await expect(ws.details).toHaveCount(0);
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  expect(await api<Annotation[]>(host, 'annotation-list', { transcriptId: summary!.id })).toEqual([]);
  await expect(ws.transcriptItem('syn-0001-mini')).toContainText('0 annotations');

  // A code key without a selection does nothing but explain.
  await page.keyboard.press('h');
  await expect(page.getByRole('status').filter({ hasText: 'Select a passage in the transcript first' })).toBeVisible();
});
