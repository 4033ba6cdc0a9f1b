import { join } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE, openFreshWorkspace } from './helpers/flow.ts';
import { api, type Host } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { StartPage } from './pages/start-page.ts';
import type { WorkspacePage } from './pages/workspace-page.ts';

const IDEAL = { id: 'idealization.unsupported_adjective', label: 'Idealisation: unsupported adjective' };
const PASSAGE = 'She was at work mostly';

/** Every coder's annotations on the open project's first transcript. */
async function annotationIds(host: Host): Promise<string[]> {
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  return (await api<Annotation[]>(host, 'annotation-list', { transcriptId: summary!.id })).map((a) => a.id);
}

/** Tag PASSAGE with the mouse and a code button: the undo history then holds "Add highlight". */
async function tagPassage(ws: WorkspacePage, panel: CodingPanelPage) {
  await ws.selectWithMouse(PASSAGE);
  await ws.codeButton(IDEAL.label).click();
  await ws.expectAllSaved();
  await expect(ws.highlights(IDEAL.id)).toHaveText([PASSAGE]);
  await expect(panel.undoButton).toHaveAccessibleName('Undo Add highlight');
}

/** Ctrl+Z in the text, then wait for anything it started to be saved (or to fail). */
async function pressUndoInText(ws: WorkspacePage, phrase: string) {
  await ws.clickPhrase(phrase);
  await expect(ws.transcriptText).toBeFocused();
  await ws.page.keyboard.press('ControlOrMeta+z');
  await expect(ws.saveStatus).not.toHaveAttribute('data-state', 'saving');
}

test('the undo history stays with its coder: after switching coder, Ctrl+Z undoes nothing of the last one', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const panel = new CodingPanelPage(page);
  await tagPassage(ws, panel);
  const created = await annotationIds(host);
  expect(created).toHaveLength(1);

  const coders = new CoderPage(page);
  await ws.switchCoder();
  await coders.expectVisible();
  await coders.createCoder('C. Lindqvist');
  await ws.expectVisible('project', 'C. Lindqvist');
  await expect(ws.transcriptText).toBeVisible();
  await expect(panel.undoButton).toBeDisabled();
  await pressUndoInText(ws, 'bakery');
  await expect(panel.undoButton).toBeDisabled();
  await expect(panel.undoButton).toHaveAttribute('title', 'Nothing to undo');
  await expect(ws.errorBanner).toHaveCount(0);
  expect(await annotationIds(host)).toEqual(created);

  // Back as the first coder: the highlight is there, and so is nothing to undo (the history did not wait).
  await ws.switchCoder();
  await coders.choose('B. Osei');
  await ws.expectVisible('project', 'B. Osei');
  await expect(ws.highlights(IDEAL.id)).toHaveText([PASSAGE]);
  await pressUndoInText(ws, 'bakery');
  await expect(panel.undoButton).toBeDisabled();
  await expect(ws.highlights(IDEAL.id)).toHaveText([PASSAGE]);
  expect(await annotationIds(host)).toEqual(created);
});

test('the undo history stays with its project: in the next project, Ctrl+Z undoes nothing of the last one', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const panel = new CodingPanelPage(page);
  await tagPassage(ws, panel);
  const created = await annotationIds(host);

  const start = new StartPage(page);
  await ws.closeProject();
  await start.expectVisible();
  await start.createProject(join(tmp, 'second.attune'));
  await new CoderPage(page).createCoder('B. Osei');
  await ws.expectVisible('second', 'B. Osei');
  await ws.importFile(MINI_FIXTURE);
  await ws.openTranscript('syn-0001-mini');
  await expect(panel.undoButton).toBeDisabled();
  await pressUndoInText(ws, 'bakery');
  await expect(panel.undoButton).toBeDisabled();
  await expect(ws.errorBanner).toHaveCount(0);
  expect(await annotationIds(host)).toEqual([]);

  // The first project still has its highlight.
  await ws.closeProject();
  await start.recentEntry('project').click();
  await ws.expectVisible('project', 'B. Osei');
  await expect(ws.highlights(IDEAL.id)).toHaveText([PASSAGE]);
  expect(await annotationIds(host)).toEqual(created);
});
