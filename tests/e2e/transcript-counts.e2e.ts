import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, REPO_ROOT } from './helpers/host.ts';

const TITLE = 'syn-0001-mini';
const SECOND = join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'syn-0901-name-and-verb.txt');
const IDEAL = { id: 'idealization.unsupported_adjective', label: 'Idealisation: unsupported adjective' };
const WARMTH = { id: 'warmth.balanced_forgiving', label: 'Warmth, balance, forgiveness', key: 'h' };

/** How many times the page has called an API method since this was called. */
function countCalls(page: Page, method: string): () => number {
  let n = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === `/api/${method}`) n++;
  });
  return () => n;
}

test('tagging, deleting, undo and redo move the transcript’s count in the list without reading the list again; an import reads it', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const count = ws.annotationCount(TITLE);
  await expect(count).toHaveText('0 annotations');
  const listCalls = countCalls(page, 'transcript-list');

  // Tagged with the mouse and a code button, then with Shift+→ and a code's key.
  await ws.selectWithMouse('She was at work mostly');
  await ws.codeButton(IDEAL.label).click();
  await ws.expectAllSaved();
  await expect(count).toHaveText('1 annotation');
  const warm = 'Her kitchen always smelled of cinnamon';
  await ws.selectWithKeyboard(warm, warm.length);
  await page.keyboard.press(WARMTH.key);
  await ws.expectAllSaved();
  await expect(ws.highlights(WARMTH.id)).toHaveText([warm]);
  await expect(count).toHaveText('2 annotations');

  // Undo takes the last highlight away, redo brings it back.
  await page.keyboard.press('ControlOrMeta+z');
  await ws.expectAllSaved();
  await expect(ws.highlights(WARMTH.id)).toHaveCount(0);
  await expect(count).toHaveText('1 annotation');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await ws.expectAllSaved();
  await expect(ws.highlights(WARMTH.id)).toHaveText([warm]);
  await expect(count).toHaveText('2 annotations');

  // Deleted from its card.
  await ws.clickPhrase('work mostly');
  const card = ws.card(IDEAL.label);
  await card.getByRole('button', { name: 'Delete…' }).click();
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  await ws.expectAllSaved();
  await expect(count).toHaveText('1 annotation');

  // None of it read the whole list again, and the count is the host's.
  expect(listCalls()).toBe(0);
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  expect(summary!.annotations).toBe(1);
  expect(await api<Annotation[]>(host, 'annotation-list', { transcriptId: summary!.id })).toHaveLength(1);

  // An import changes the list itself: that is read again.
  await ws.importFile(SECOND);
  await expect(ws.transcriptItem('syn-0901-name-and-verb')).toHaveAttribute('aria-current', 'true');
  expect(listCalls()).toBeGreaterThan(0);
  await expect(count).toHaveText('1 annotation');
});
