import { join } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { api, REPO_ROOT, type Host } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const FIXTURE = join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'syn-0001-mini.txt');
const TITLE = 'syn-0001-mini';
const CODER = 'A. Rivera';

const IDEALISATION = {
  id: 'idealization.unsupported_adjective',
  label: 'Idealisation: unsupported adjective',
  rgb: 'rgb(140, 179, 105)',
};
const SEMANTIC = {
  id: 'semantic_episodic.contradiction',
  label: 'Semantic/episodic contradiction',
  rgb: 'rgb(44, 160, 44)',
  key: 'q',
};
const METACOGNITION = { id: 'metacognition.monitoring', label: 'Metacognitive monitoring', rgb: 'rgb(188, 128, 189)' };

/** What the host stored for this transcript, with the text each annotation covers. */
async function stored(host: Host) {
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  if (!summary) throw new Error('no transcript stored');
  const transcript = await api<Transcript>(host, 'transcript-get', { id: summary.id });
  const annotations = await api<Annotation[]>(host, 'annotation-list', { transcriptId: summary.id });
  return annotations.map((a) => ({ ...a, text: transcript.text.slice(a.start, a.end) }));
}

test('the whole coding loop: project, coder, import, tag by mouse and by key, overlap, note, reopen, kill', async ({
  page,
  host,
  tmp,
  launchHost,
}) => {
  const projectPath = join(tmp, 'Pilot study.attune');
  await page.goto(host.url);

  // The token is taken out of the address bar once read.
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/$/);

  // 1. Create a project, then a coder.
  const start = new StartPage(page);
  await start.expectVisible();
  await start.createProject(projectPath);
  const coder = new CoderPage(page);
  await coder.expectVisible();
  await coder.createCoder(CODER);
  const ws = new WorkspacePage(page);
  await ws.expectVisible('Pilot study', CODER);

  // 2. Import a plain-text transcript through the file chooser and open it.
  await ws.importFile(FIXTURE);
  await expect(ws.transcriptItem(TITLE)).toBeVisible();
  await expect(ws.transcriptItem(TITLE)).toContainText('337 words');
  await ws.expectAllSaved();
  await ws.openTranscript(TITLE);

  // Speaker turns are separate rows with a label column, interviewer and respondent styled apart.
  const interviewerTurn = ws.transcriptText.locator('.turn[data-role="interviewer"]').first();
  const respondentTurn = ws.transcriptText.locator('.turn[data-role="respondent"]').first();
  await expect(interviewerTurn).toContainText('To start, could you help me');
  await expect(respondentTurn).toContainText('We lived in a flat above a bakery');
  const labelColour = (turn: typeof interviewerTurn) =>
    turn
      .locator('[data-slate-node="text"]')
      .first()
      .evaluate((el) => getComputedStyle(el).color);
  expect(await labelColour(interviewerTurn)).not.toBe(await labelColour(respondentTurn));
  await expect(ws.transcriptText).toContainText('SYNTHETIC – NOT REAL DATA');

  // 3. Select a passage with the mouse and click a code.
  const mousePassage = 'She was at work mostly, I sorted myself out.';
  await ws.selectWithMouse(mousePassage);
  expect(await ws.selectedText()).toBe(mousePassage);
  await expect(ws.codes.locator('.selection-quote')).toHaveText(mousePassage);
  await ws.codeButton(IDEALISATION.label).click();
  await expect(ws.highlights(IDEALISATION.id)).toHaveText([mousePassage]);
  await expect(ws.highlights(IDEALISATION.id).first()).toHaveCSS(
    'background-image',
    new RegExp(IDEALISATION.rgb.replace(/[()]/g, '\\$&')),
  );
  await ws.expectAllSaved();
  let annotations = await stored(host);
  expect(annotations.map((a) => [a.codeId, a.text])).toEqual([[IDEALISATION.id, mousePassage]]);

  // 4. Select an overlapping passage with the keyboard (click, Shift+→ × n) and press the code's key.
  const keyPassage = 'I sorted myself out. But she was loving';
  await ws.selectWithKeyboard(keyPassage, keyPassage.length);
  expect(await ws.selectedText()).toBe(keyPassage);
  await page.keyboard.press(SEMANTIC.key);
  await ws.expectAllSaved();
  // Both highlights are painted; where they overlap, one run carries both codes.
  await expect(ws.highlights(SEMANTIC.id)).toHaveText(['I sorted myself out.', ' But she was loving']);
  await expect(ws.highlights(IDEALISATION.id)).toHaveText(['She was at work mostly, ', 'I sorted myself out.']);
  const overlap = ws.transcriptText.locator(
    `.hl[data-code-ids~="${IDEALISATION.id}"][data-code-ids~="${SEMANTIC.id}"]`,
  );
  await expect(overlap).toHaveText('I sorted myself out.');
  // One underline band per code in the overlap.
  const overlapBands = await overlap.evaluate((el) => getComputedStyle(el).backgroundImage);
  expect(overlapBands).toContain(IDEALISATION.rgb);
  expect(overlapBands).toContain(SEMANTIC.rgb);
  // The second band sits in the lane below the first, with room for it under the text.
  await expect(overlap).toHaveCSS('padding-bottom', '3px');
  // Saved, they are painted by a class per look, not an inline style per span (whose gradients were parsed for
  // every span); only a pending highlight is drawn inline.
  await expect(ws.transcriptText.locator('.hl[style*="gradient"]')).toHaveCount(0);
  annotations = await stored(host);
  expect(annotations.map((a) => [a.codeId, a.text]).sort()).toEqual(
    [
      [IDEALISATION.id, mousePassage],
      [SEMANTIC.id, keyPassage],
    ].sort(),
  );

  // 5. Click the overlap: both highlights are listed. Click a single highlight: write its note.
  await ws.clickPhrase('sorted myself');
  await expect(ws.details.getByRole('heading', { name: '2 overlapping highlights' })).toBeVisible();
  await expect(ws.card(IDEALISATION.label)).toBeVisible();
  await expect(ws.card(SEMANTIC.label)).toBeVisible();
  await ws.clickPhrase('work mostly');
  await expect(ws.details.getByRole('heading', { name: 'Highlight', exact: true })).toBeVisible();
  const card = ws.card(IDEALISATION.label);
  await expect(card).toContainText('Consistency');
  await expect(card).toContainText(CODER);
  const note = 'Adjective "loving" is not backed by a memory; the memory offered points the other way.';
  await card.getByLabel('Note').click();
  await page.keyboard.type(note);
  await page.keyboard.press('Tab'); // leaving the field saves
  await expect(card).toContainText('Note saved');
  await ws.expectAllSaved();
  annotations = await stored(host);
  expect(annotations.find((a) => a.codeId === IDEALISATION.id)?.note).toBe(note);

  // 6. Close the project and reopen it from Recent: everything is there again.
  await ws.closeProject();
  await start.expectVisible();
  await start.recentEntry('Pilot study').click();
  // The coder choice is remembered for this project, and so is the open transcript.
  await ws.expectVisible('Pilot study', CODER);
  await expect(ws.transcriptText).toBeVisible();
  await expect(ws.highlights(IDEALISATION.id)).toHaveText(['She was at work mostly, ', 'I sorted myself out.']);
  await expect(ws.highlights(SEMANTIC.id)).toHaveText(['I sorted myself out.', ' But she was loving']);
  await ws.clickPhrase('work mostly');
  await expect(ws.card(IDEALISATION.label).getByLabel('Note')).toHaveValue(note);
  await expect(ws.transcriptItem(TITLE)).toContainText('2 annotations');

  // 7. Tag once more, and kill the host (SIGKILL) the moment the UI says it is saved.
  const lastPassage = 'Dad had a lot going on with work';
  await ws.selectWithMouse(lastPassage);
  await ws.codeButton(METACOGNITION.label).click();
  await expect(ws.highlights(METACOGNITION.id)).toHaveText([lastPassage]);
  await ws.expectAllSaved();
  await host.kill();

  const second = await launchHost(projectPath);
  await page.goto(second.url);
  // A new port is a new origin, so the browser may ask who is coding again.
  const coderPrompt = page.getByRole('heading', { name: 'Who is coding?' });
  await expect(coderPrompt.or(ws.header)).toBeVisible();
  if (await coderPrompt.isVisible()) await coder.choose(CODER);
  await ws.expectVisible('Pilot study', CODER);
  await ws.openTranscript(TITLE);
  await expect(ws.highlights(METACOGNITION.id)).toHaveText([lastPassage]);
  await expect(ws.highlights(IDEALISATION.id)).toHaveCount(2);
  annotations = await stored(second);
  expect(annotations.map((a) => [a.codeId, a.text]).sort()).toEqual(
    [
      [IDEALISATION.id, mousePassage],
      [SEMANTIC.id, keyPassage],
      [METACOGNITION.id, lastPassage],
    ].sort(),
  );
});
