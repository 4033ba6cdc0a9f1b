import type { Annotation } from '../../shared/api/annotation.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, type Host } from './helpers/host.ts';
import type { WorkspacePage } from './pages/workspace-page.ts';

const IDEAL = { id: 'idealization.unsupported_adjective', label: 'Idealisation: unsupported adjective' };

async function annotations(host: Host): Promise<Annotation[]> {
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  return api<Annotation[]>(host, 'annotation-list', { transcriptId: summary!.id });
}

/**
 * Electron's Edit ▸ Undo / Redo push {type:'menu', command:'undo'|'redo'} to the UI, which app.tsx
 * turns into this window event (the HTTP host has no native menu, so the test raises it here).
 */
async function editMenu(ws: WorkspacePage, what: 'undo' | 'redo') {
  await ws.page.evaluate((w) => window.dispatchEvent(new CustomEvent('attune-edit-history', { detail: w })), what);
}

test('Edit ▸ Undo / Redo: with focus on a code button they undo the coding; in a note field, the typing', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const passage = 'She was at work mostly';

  await ws.selectWithMouse(passage);
  await ws.codeButton(IDEAL.label).click();
  await ws.expectAllSaved();
  await expect(ws.highlights(IDEAL.id)).toHaveText([passage]);
  const [created] = await annotations(host);
  // Focus on a button (tabbed to), where Electron's undo role reached no editable element and did nothing.
  await ws.codeButton(IDEAL.label).focus();
  await expect(ws.codeButton(IDEAL.label)).toBeFocused();

  await editMenu(ws, 'undo');
  await ws.expectAllSaved();
  await expect(ws.highlights(IDEAL.id)).toHaveCount(0);
  expect(await annotations(host)).toEqual([]);
  await editMenu(ws, 'redo');
  await ws.expectAllSaved();
  await expect(ws.highlights(IDEAL.id)).toHaveText([passage]);
  expect((await annotations(host)).map((a) => a.id)).toEqual([created!.id]);

  // In a text field the menu reaches the field's own undo, and the coding history is left alone.
  await ws.clickPhrase('work mostly');
  const note = ws.card(IDEAL.label).getByLabel('Note');
  await note.click();
  await page.keyboard.type('first thought');
  await expect(note).toHaveValue('first thought');
  await editMenu(ws, 'undo');
  // Chromium's own undo step for a React-controlled field (here: the last keystroke); the field, not the coding.
  await expect.poll(async () => (await note.inputValue()).length).toBeLessThan('first thought'.length);
  expect('first thought'.startsWith(await note.inputValue())).toBe(true);
  await editMenu(ws, 'redo');
  await expect(note).toHaveValue('first thought');
  await expect(ws.highlights(IDEAL.id)).toHaveText([passage]);
  expect(await annotations(host)).toHaveLength(1);
});
