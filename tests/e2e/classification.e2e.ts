import { join } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { Classification } from '../../shared/api/classification.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Memo } from '../../shared/api/memo.ts';
import type { TranscriptStatus } from '../../shared/api/status.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, REPO_ROOT, type Host } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

async function owner(host: Host) {
  const [t] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const [coder] = await api<Coder[]>(host, 'coder-list');
  return { transcriptId: t!.id, coderId: coder!.id };
}

test('classification U/E2 with derived labels, confidence, forced, undo/redo; memo; coding status in the list; all kept on reload', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const panel = new CodingPanelPage(page);
  const who = await owner(host);

  // Alt+3: classification. U alone is not saved: it needs its alternative.
  await page.keyboard.press('Alt+3');
  await expect(panel.tab('Classification')).toHaveAttribute('aria-selected', 'true');
  await panel.primary('U').click();
  await expect(panel.primary('U')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.classification.getByRole('status').filter({ hasText: 'Not saved yet' })).toContainText(
    'Not saved yet: U is always recorded with a best-fitting organised alternative',
  );
  await expect(panel.classification.getByLabel(/Best-fitting alternative/)).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.derived('3-way')).toHaveText('none: U has no alternative recorded');
  await expect(panel.derived('4-way')).toHaveText('U');
  expect(await api<Classification | null>(host, 'classification-get', who)).toBeNull();

  // Choosing the alternative E2 saves; the derived labels come from the stored coding.
  await panel.classification.getByLabel(/Best-fitting alternative/).selectOption({ label: 'E2: angry/conflicted' });
  await expect(panel.derived('2-way')).toHaveText('non-F');
  await expect(panel.derived('3-way')).toHaveText('E');
  await expect(panel.derived('4-way')).toHaveText('U');
  await expect(panel.derived('5-way')).toHaveText('U');
  await expect(panel.derived('u-vs-non-u')).toHaveText('U');
  await ws.expectAllSaved();
  let stored = await api<Classification>(host, 'classification-get', who);
  expect(stored).toMatchObject({ primary: 'U', alternative: 'E2', subtype: null, forced: false, confidence: null });
  expect(stored.derived).toEqual([
    { level: '2-way', label: 'non-F' },
    { level: 'u-vs-non-u', label: 'U' },
    { level: '3-way', label: 'E' },
    { level: '4-way', label: 'U' },
    { level: '5-way', label: 'U' },
  ]);

  // Confidence, forced and a note.
  await panel.classification.getByRole('group', { name: 'Confidence' }).getByRole('button', { name: 'Medium' }).click();
  await expect(panel.classification.getByText('Recorded as 67%.')).toBeVisible();
  await panel.classification.getByRole('checkbox', { name: 'Forced classification' }).check();
  await panel.classification.getByLabel('Note').fill('Lapses around the grandmother; otherwise angry, conflicted.');
  await panel.tab('Classification').click(); // leaving the note saves it
  await ws.expectAllSaved();
  stored = await api<Classification>(host, 'classification-get', who);
  expect(stored).toMatchObject({
    confidence: 0.67,
    forced: true,
    note: 'Lapses around the grandmother; otherwise angry, conflicted.',
  });

  // Undo the note and the forced flag with the keyboard, then redo: UI and host follow.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(panel.classification.getByLabel('Note')).toHaveValue('');
  await ws.expectAllSaved();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(panel.classification.getByRole('checkbox', { name: 'Forced classification' })).not.toBeChecked();
  await ws.expectAllSaved();
  expect(await api<Classification>(host, 'classification-get', who)).toMatchObject({
    forced: false,
    note: '',
    confidence: 0.67,
  });
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(panel.classification.getByRole('checkbox', { name: 'Forced classification' })).toBeChecked();
  await ws.expectAllSaved();
  expect((await api<Classification>(host, 'classification-get', who)).forced).toBe(true);
  // Changing the primary to an organised category drops the alternative.
  await panel.primary('E').click();
  await panel.classification
    .getByRole('group', { name: /Subtype/ })
    .getByRole('button', { name: 'E2' })
    .click();
  await expect(panel.derived('3-way')).toHaveText('E');
  await expect(panel.derived('4-way')).toHaveText('E');
  await ws.expectAllSaved();
  expect(await api<Classification>(host, 'classification-get', who)).toMatchObject({
    primary: 'E',
    subtype: 'E2',
    alternative: null,
  });
  await panel.tab('Classification').click();
  await page.keyboard.press('ControlOrMeta+z'); // subtype
  await expect(
    panel.classification.getByRole('group', { name: /Subtype/ }).getByRole('button', { name: 'E2' }),
  ).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('ControlOrMeta+z'); // primary back to U with its alternative
  await expect(panel.primary('U')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.classification.getByLabel(/Best-fitting alternative/)).toHaveValue('E2');
  await ws.expectAllSaved();
  expect(await api<Classification>(host, 'classification-get', who)).toMatchObject({
    primary: 'U',
    alternative: 'E2',
    subtype: null,
  });

  // Memo: saved as the coder pauses.
  await page.keyboard.press('Alt+4');
  await expect(panel.tab('Memo')).toHaveAttribute('aria-selected', 'true');
  const memoText = 'Re-read Q9 before finalising the unresolved rating.';
  await panel.memo.getByRole('textbox').click();
  await page.keyboard.type(memoText);
  await expect(panel.memo.getByTestId('memo-state')).toContainText('Memo saved');
  await ws.expectAllSaved();
  expect((await api<Memo>(host, 'memo-get', who)).text).toBe(memoText);

  // Coding status: set in the transcript head, shown in the list.
  const listStatus = ws.transcriptItem('syn-0001-mini').getByTestId('coding-status');
  await expect(listStatus).toHaveText('Not started');
  await panel.statusControl.getByRole('button', { name: 'In progress' }).click();
  await expect(listStatus).toHaveText('In progress');
  await panel.statusControl.getByRole('button', { name: 'Complete' }).click();
  await expect(listStatus).toHaveText('Complete');
  await expect(panel.statusControl.getByRole('button', { name: 'Complete' })).toHaveAttribute('aria-pressed', 'true');
  await ws.expectAllSaved();
  const statuses = await api<TranscriptStatus[]>(host, 'status-list', { coderId: who.coderId });
  expect(statuses.map((s) => s.status)).toEqual(['complete']);

  // Reload: classification, memo and status are all still there.
  await page.reload();
  await expect(ws.transcriptText).toBeVisible();
  await expect(listStatus).toHaveText('Complete');
  await panel.open('Classification');
  await expect(panel.primary('U')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.classification.getByLabel(/Best-fitting alternative/)).toHaveValue('E2');
  await expect(panel.classification.getByRole('checkbox', { name: 'Forced classification' })).toBeChecked();
  await expect(
    panel.classification.getByRole('group', { name: 'Confidence' }).getByRole('button', { name: 'Medium' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.derived('3-way')).toHaveText('E');
  await expect(panel.derived('4-way')).toHaveText('U');
  await panel.open('Memo');
  await expect(panel.memo.getByRole('textbox')).toHaveValue(memoText);
});

const NO_LOSS = join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0006-no-loss.txt');
const U_WARNING = 'U requires an unresolved loss or trauma: no event is recorded on the score sheet.';

test('U with no loss or trauma recorded: a warning that does not block saving, gone once an event is recorded, back on undo', async ({
  page,
  host,
  tmp,
}) => {
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'project.attune'));
  await new CoderPage(page).createCoder('B. Osei');
  const ws = new WorkspacePage(page);
  await ws.importFile(NO_LOSS);
  await ws.openTranscript('syn-0006');
  const panel = new CodingPanelPage(page);
  const who = await owner(host);

  // Organised categories say nothing about events.
  await page.keyboard.press('Alt+3');
  await panel.primary('E').click();
  await expect(panel.primary('E')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.uWarning).toHaveCount(0);

  // U: warned, and still saved once its alternative is chosen.
  await panel.primary('U').click();
  await expect(panel.uWarning).toHaveText(`${U_WARNING} Record one on the score sheet`);
  await panel.classification.getByLabel(/Best-fitting alternative/).selectOption({ label: 'F3a: prototypical' });
  await ws.expectAllSaved();
  expect(await api<Classification>(host, 'classification-get', who)).toMatchObject({
    primary: 'U',
    alternative: 'F3a',
  });
  await expect(panel.uWarning).toBeVisible();

  // The warning's link opens the score sheet at its events; a loss recorded there clears the warning.
  await panel.uWarning.getByRole('button', { name: 'Record one on the score sheet' }).click();
  await expect(panel.tab('Scores')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.scoreSheet.getByRole('button', { name: '+ Loss' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel.event('Loss 1')).toBeVisible();
  await ws.expectAllSaved();
  expect(await api<LossEvent[]>(host, 'event-list', who)).toHaveLength(1);
  await page.keyboard.press('Alt+3');
  await expect(panel.primary('U')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.uWarning).toHaveCount(0);
  const context = panel.classification.getByTestId('unresolved-context');
  await expect(context).toHaveText('One loss or trauma is recorded; none has an unresolved rating yet.');

  // The highest unresolved rating is shown as context (no cut-off is verified, so none is applied).
  await page.keyboard.press('Alt+2');
  await panel.typeRating('Unresolved loss', 'Loss 1', '3');
  await ws.expectAllSaved();
  await page.keyboard.press('Alt+3');
  await expect(context).toHaveText('Highest unresolved rating on the score sheet: 3 (Unresolved loss, Loss 1).');
  await expect(panel.uWarning).toHaveCount(0);

  // Undo the rating and the event: the warning is back, the classification untouched.
  await panel.tab('Classification').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(context).toHaveText('One loss or trauma is recorded; none has an unresolved rating yet.');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(panel.uWarning).toBeVisible();
  await ws.expectAllSaved();
  expect(await api<LossEvent[]>(host, 'event-list', who)).toHaveLength(0);
  expect(await api<Classification>(host, 'classification-get', who)).toMatchObject({
    primary: 'U',
    alternative: 'F3a',
  });
});
