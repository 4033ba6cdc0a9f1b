import { join } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { Classification } from '../../shared/api/classification.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Memo } from '../../shared/api/memo.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { TranscriptStatus } from '../../shared/api/status.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE, openFreshWorkspace } from './helpers/flow.ts';
import { expectVisibleFocus, tabTo } from './helpers/focus.ts';
import { api, REPO_ROOT } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { StartPage } from './pages/start-page.ts';
import { TranscriptViewPage } from './pages/transcript-view-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

// A whole coding session without the mouse (issue: "every action reachable without the mouse;
// visible focus; a shortcut sheet"). After the project, coder and imports are set up through the
// usual helpers, every step is a key press: focus moves only by Tab, Shift+Tab and the documented
// shortcuts, never by a click or by focusing an element from the test. At several points the
// focused element must show a visible focus ring (tests/e2e/helpers/focus.ts).

const OTHER = join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0002-int-subj.txt');
const PASSAGE = 'She was at work mostly, I sorted myself out.';
const RECALL = "I don't remember. I just don't remember childhood, to be honest.";
const IDEALISATION = {
  id: 'idealization.unsupported_adjective',
  label: 'Idealisation: unsupported adjective',
  key: 'w',
};
const LACK_OF_RECALL = { id: 'lack_of_recall.insistence', label: 'Insistence on lack of recall' };
const GRANDMOTHER = 'Loss: grandmother (age 9)';
const MEMO = 'Idealised mother with no support; lack of recall in Q6. Check the grandmother loss again.';

test('a whole coding session by keyboard alone: open, select, tag, palette, jump, score sheet with links and an event, classification, memo, status, undo/redo, shortcut sheet; focus always visible', async ({
  page,
  host,
  tmp,
}) => {
  test.slow(); // a whole session, one key at a time: about 30 s on a loaded 2-core machine
  // Set-up (not part of the keyboard session): a project, a coder, two transcripts; the second is open.
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'project.attune'));
  await new CoderPage(page).createCoder('B. Osei');
  const ws = new WorkspacePage(page);
  await ws.importFile(MINI_FIXTURE);
  await ws.importFile(OTHER);
  await expect(ws.transcriptText).toHaveAccessibleName('Transcript: syn-0002-int-subj');
  await ws.expectAllSaved();
  const panel = new CodingPanelPage(page);
  const view = new TranscriptViewPage(ws);
  const keys = page.keyboard;

  // 1. Open the other transcript from the list: Tab to it, Enter. Focus stays on the list item.
  const mini = ws.transcriptItem('syn-0001-mini');
  await tabTo(page, mini);
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await expect(ws.transcriptText).toHaveAccessibleName('Transcript: syn-0001-mini');
  await expect(mini).toHaveAttribute('aria-current', 'true');
  await expect(mini).toBeFocused();

  // 2. Into the text by Tab; the caret goes before the passage (find, Esc, ←) and Shift+→ selects it.
  await tabTo(page, ws.transcriptText);
  await expectVisibleFocus(page);
  // Project search (Ctrl+Shift+F) closed with Esc gives the keyboard back to the text.
  await keys.press('ControlOrMeta+Shift+f');
  await expect(view.searchInput).toBeFocused();
  await keys.type('bakery');
  await expect(view.searchStatus).toHaveText(/^\d+ match(es)? in \d+ transcripts?$/);
  await keys.press('Escape');
  await expect(view.search).toBeHidden();
  await expect(ws.transcriptText).toBeFocused();
  await ws.caretBeforeByKeyboard('She was at work');
  await ws.extendSelectionByKeyboard(PASSAGE.length);
  await expect.poll(() => ws.selectedText()).toBe(PASSAGE);
  await expect(ws.codes.locator('.selection-quote')).toHaveText(PASSAGE);

  // 3. Tag it with the code's key.
  await keys.press(IDEALISATION.key);
  await expect(ws.highlights(IDEALISATION.id)).toHaveText([PASSAGE]);
  await expect(ws.transcriptText).toBeFocused();
  await ws.expectAllSaved();

  // 4. A second passage, tagged from the command palette by typing the code's name.
  await ws.caretBeforeByKeyboard("I don't remember. I just");
  await ws.extendSelectionByKeyboard(RECALL.length);
  await expect.poll(() => ws.selectedText()).toBe(RECALL);
  await keys.press('ControlOrMeta+Shift+p');
  await expect(view.paletteInput).toBeFocused();
  await expectVisibleFocus(page);
  await keys.type('lack of recall');
  await expect(view.palette.getByRole('option', { selected: true })).toContainText(`Tag with ${LACK_OF_RECALL.label}`);
  await keys.press('Enter');
  await expect(view.palette).toBeHidden();
  await expect(ws.highlights(LACK_OF_RECALL.id)).toHaveText([RECALL]);
  await expect(ws.transcriptText).toBeFocused();
  await ws.expectAllSaved();

  // 5. Next / previous highlight from the top: each opens its card and selects its passage.
  await keys.press('ControlOrMeta+Home');
  await keys.press(']');
  await expect(ws.card(IDEALISATION.label)).toBeVisible();
  await expect.poll(() => ws.selectedText()).toBe(PASSAGE);
  await keys.press(']');
  await expect(ws.card(LACK_OF_RECALL.label)).toBeVisible();
  await expect(ws.card(IDEALISATION.label)).toBeHidden();
  await expect.poll(() => ws.selectedText()).toBe(RECALL);
  await keys.press('[');
  await expect(ws.card(IDEALISATION.label)).toBeVisible();
  await expect.poll(() => ws.selectedText()).toBe(PASSAGE);
  await expect(ws.transcriptText).toBeFocused();

  // 6. Alt+1…4 switch the panel's tabs from anywhere, and focus the tab.
  for (const [key, name] of [
    ['Alt+3', 'Classification'],
    ['Alt+4', 'Memo'],
    ['Alt+1', 'Codes'],
    ['Alt+2', 'Scores'],
  ] as const) {
    await keys.press(key);
    await expect(panel.tab(name)).toHaveAttribute('aria-selected', 'true');
    await expect(panel.tab(name)).toBeFocused();
  }
  await expectVisibleFocus(page);
  await expect(ws.card(IDEALISATION.label)).toBeVisible(); // the open highlight stays open

  // 7. Score sheet: a half point typed, N for not rateable (Tab saves too).
  await tabTo(page, panel.rating('Loving', 'Mother'));
  await expectVisibleFocus(page);
  await panel.typeIntoFocusedRating('4.5');
  await expect(panel.rating('Loving', 'Mother')).toHaveValue('4.5');
  await keys.press('Tab');
  await expect(panel.rating('Loving', 'Father')).toBeFocused();
  await keys.type('n');
  await keys.press('Tab');
  await expect(panel.rating('Loving', 'Father')).toHaveValue('NR');
  await expect(panel.rating('Loving', 'Other figure')).toBeFocused();
  // ↑ steps by the scale's step from empty: 1, 1.5.
  await keys.press('ArrowUp');
  await keys.press('ArrowUp');
  await expect(panel.rating('Loving', 'Other figure')).toHaveValue('1.5');
  await ws.expectAllSaved();

  // Clear in the detail: the field is empty again and keeps the keyboard (the button is disabled now).
  await tabTo(page, panel.rating('Rejecting', 'Mother'));
  await panel.typeIntoFocusedRating('3');
  await expect(panel.rating('Rejecting', 'Mother')).toHaveValue('3');
  await keys.press('Alt+Enter');
  await expect(panel.point('3')).toBeFocused();
  await tabTo(page, panel.scoreDetail.getByRole('button', { name: 'Clear' }));
  await keys.press('Enter');
  await expect(panel.rating('Rejecting', 'Mother')).toHaveValue('');
  await expect(panel.rating('Rejecting', 'Mother')).toBeFocused();
  await expectVisibleFocus(page);
  await ws.expectAllSaved();

  // Idealisation, mother: typed, then a half point chosen on the whole scale (Alt+Enter goes there).
  await tabTo(page, panel.rating('Idealisation', 'Mother'));
  await panel.typeIntoFocusedRating('6');
  await expect(panel.rating('Idealisation', 'Mother')).toHaveValue('6');
  await keys.press('Alt+Enter');
  await expect(panel.point('6')).toBeFocused();
  await expect(panel.point('6')).toHaveAttribute('aria-pressed', 'true');
  await expectVisibleFocus(page); // on the filled (pressed) button too
  // The field the detail belongs to stays marked, but without a focus ring: only one element looks focused.
  await expect(panel.rating('Idealisation', 'Mother')).toHaveCSS('outline-style', 'none');
  await expect(panel.rating('Idealisation', 'Mother')).toHaveClass(/score-input--selected/);
  await keys.press('Tab');
  await expect(panel.point('6.5')).toBeFocused();
  await keys.press('Space');
  await expect(panel.point('6.5')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.rating('Idealisation', 'Mother')).toHaveValue('6.5');
  await expectVisibleFocus(page);

  // Link the open highlight to this rating: + Link highlights…, Space on its box, Done.
  await tabTo(page, panel.linkButton);
  await keys.press('Enter');
  await expect(panel.linkButton).toHaveText('Done');
  await tabTo(page, panel.linkBox(PASSAGE.slice(0, 20)));
  await expectVisibleFocus(page);
  await keys.press('Space');
  await expect(panel.linkBox(PASSAGE.slice(0, 20))).toBeChecked();
  await expect(panel.linkedChip(PASSAGE)).toBeVisible();
  await tabTo(page, panel.linkButton, { backward: true });
  await keys.press('Enter');
  await expect(panel.linkButton).toHaveText('+ Link highlights…');
  await expect(panel.linkButton).toBeFocused();
  await ws.expectAllSaved();
  // Esc in the detail goes back to its field (and leaves the open highlight open); Alt+Enter returns.
  await keys.press('Escape');
  await expect(panel.rating('Idealisation', 'Mother')).toBeFocused();
  await expect(ws.card(IDEALISATION.label)).toBeVisible();
  await keys.press('Alt+Enter');
  await expect(panel.point('6.5')).toBeFocused();

  // Follow the link back: Enter on the chip scrolls to the passage, selects it and focuses the text.
  await tabTo(page, panel.linkedChip(PASSAGE));
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await expect(ws.transcriptText).toBeFocused();
  await expect.poll(() => ws.selectedText()).toBe(PASSAGE);
  await expect(ws.highlights(IDEALISATION.id).first()).toBeInViewport();

  // 8. A loss event, by keys: + Loss, then who and age; then its unresolved rating.
  await keys.press('Alt+2');
  await tabTo(page, panel.addLoss);
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await expect(panel.event('Loss 1')).toBeVisible();
  // + Loss puts the keyboard in the new loss's first field.
  await expect(panel.scoreSheet.getByRole('textbox', { name: 'Who (Loss 1)' })).toBeFocused();
  await expectVisibleFocus(page);
  await keys.type('grandmother');
  await keys.press('Tab');
  await keys.type('9');
  await keys.press('Enter');
  await expect(panel.event(GRANDMOTHER)).toBeVisible();
  await expect(panel.scoreSheet.getByRole('textbox', { name: `Speaker's age (${GRANDMOTHER})` })).toBeFocused();
  await tabTo(page, panel.rating('Unresolved loss', GRANDMOTHER));
  await panel.typeIntoFocusedRating('6');
  await expect(panel.reported('unres.loss')).toHaveText(`6 ${GRANDMOTHER}`);
  await ws.expectAllSaved();
  // A trauma added by mistake, deleted by keys: ✕ asks, Keep has focus (and gives it back), Delete leaves it on + Loss.
  await tabTo(page, panel.scoreSheet.getByRole('button', { name: '+ Trauma' }), { backward: true });
  await keys.press('Enter');
  const mistake = panel.scoreSheet.getByRole('button', { name: 'Delete Trauma 2 and its ratings' });
  await tabTo(page, mistake);
  await keys.press('Enter');
  const keep = panel.event('Trauma 2').getByRole('button', { name: 'Keep' });
  await expect(keep).toBeFocused();
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await expect(mistake).toBeFocused();
  await keys.press('Enter');
  await expect(keep).toBeFocused();
  // The safe choice comes first: Delete is after Keep.
  await keys.press('Tab');
  await expect(panel.event('Trauma 2').getByRole('button', { name: 'Delete', exact: true })).toBeFocused();
  await keys.press('Enter');
  await expect(panel.event('Trauma 2')).toBeHidden();
  await expect(panel.addLoss).toBeFocused();
  await expect(panel.event(GRANDMOTHER)).toBeVisible();
  await ws.expectAllSaved();

  // 9. Classification: a primary and a subtype, then U with its alternative, confidence, forced.
  await keys.press('Alt+3');
  await expect(panel.tab('Classification')).toBeFocused();
  await tabTo(page, panel.primary('E'));
  await keys.press('Enter');
  await expect(panel.primary('E')).toHaveAttribute('aria-pressed', 'true');
  await expectVisibleFocus(page);
  await tabTo(page, panel.subtype('E2'));
  await keys.press('Space');
  await expect(panel.subtype('E2')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.derived('3-way')).toHaveText('E');
  await expectVisibleFocus(page);
  await ws.expectAllSaved();
  const [summary] = (await api<TranscriptSummary[]>(host, 'transcript-list')).filter(
    (t) => t.title === 'syn-0001-mini',
  );
  const [coder] = await api<Coder[]>(host, 'coder-list');
  const who = { transcriptId: summary!.id, coderId: coder!.id };
  expect(await api<Classification>(host, 'classification-get', who)).toMatchObject({
    primary: 'E',
    subtype: 'E2',
    alternative: null,
  });

  await tabTo(page, panel.primary('U'), { backward: true });
  await keys.press('Enter');
  await expect(panel.primary('U')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.alternative).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.classification.getByTestId('unresolved-context')).toHaveText(
    `Highest unresolved rating on the score sheet: 6 (Unresolved loss, ${GRANDMOTHER}).`,
  );
  await tabTo(page, panel.alternative);
  await expectVisibleFocus(page);
  await keys.type('E2'); // type-ahead in the closed list
  await expect(panel.alternative).toHaveValue('E2');
  await expect(panel.derived('3-way')).toHaveText('E');
  await expect(panel.derived('4-way')).toHaveText('U');
  await tabTo(page, panel.confidence('High'));
  await keys.press('Enter');
  await expect(panel.confidence('High')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.classification.getByText('Recorded as 100%.')).toBeVisible();
  await expectVisibleFocus(page);
  await keys.press('Tab');
  await expect(panel.forced).toBeFocused();
  await expectVisibleFocus(page);
  await keys.press('Space');
  await expect(panel.forced).toBeChecked();
  await ws.expectAllSaved();
  // Clear classification takes its own button away: focus goes on from the first category, and
  // Ctrl+Z there (a button, not a text field) brings the whole classification back.
  await tabTo(page, panel.classification.getByRole('button', { name: 'Clear classification' }));
  await keys.press('Enter');
  await expect(panel.primary('U')).toHaveAttribute('aria-pressed', 'false');
  await expect(panel.primary('F')).toBeFocused();
  await expectVisibleFocus(page);
  await ws.expectAllSaved();
  expect(await api<Classification | null>(host, 'classification-get', who)).toBeNull();
  await keys.press('ControlOrMeta+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Clear classification' })).toBeVisible();
  await expect(panel.primary('U')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.alternative).toHaveValue('E2');
  await expect(panel.forced).toBeChecked();
  await expect(panel.confidence('High')).toHaveAttribute('aria-pressed', 'true');
  await ws.expectAllSaved();

  // 10. Memo: Alt+4, Tab into the field, type; saved as the coder pauses.
  await keys.press('Alt+4');
  await tabTo(page, panel.memoText);
  await expectVisibleFocus(page);
  await keys.type(MEMO);
  await expect(panel.memo.getByTestId('memo-state')).toContainText('Memo saved');

  // 11. Status: back (Shift+Tab) to the status under the title; Complete.
  await tabTo(page, panel.status('Complete'), { backward: true });
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await expect(panel.status('Complete')).toHaveAttribute('aria-pressed', 'true');
  await expect(mini.getByTestId('coding-status')).toHaveText('Complete');
  await expect(panel.status('Complete')).toBeFocused();
  await ws.expectAllSaved();

  // 12. Undo and redo by keys (focus on a button, not in a text field): the status goes back, then returns.
  await keys.press('ControlOrMeta+z');
  await expect(page.getByRole('status').filter({ hasText: /^Undone: / })).toBeVisible();
  await expect(panel.status('Complete')).toHaveAttribute('aria-pressed', 'false');
  await expect(mini.getByTestId('coding-status')).not.toHaveText('Complete');
  await ws.expectAllSaved();
  await keys.press('ControlOrMeta+Shift+z');
  await expect(page.getByRole('status').filter({ hasText: /^Redone: / })).toBeVisible();
  await expect(panel.status('Complete')).toHaveAttribute('aria-pressed', 'true');
  await expect(mini.getByTestId('coding-status')).toHaveText('Complete');
  await expect(panel.status('Complete')).toBeFocused();
  await ws.expectAllSaved();

  // 13. The shortcut sheet: ? opens it, Esc closes it and focus returns where it was.
  await keys.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('region', { name: 'Highlights' })).toContainText('Next highlight');
  await expect(sheet).toContainText('Alt+Enter');
  await expectVisibleFocus(page);
  await keys.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(panel.status('Complete')).toBeFocused();
  await expectVisibleFocus(page);

  // Everything above was stored by the host.
  const annotations = await api<Annotation[]>(host, 'annotation-list', who);
  const text = (await api<{ text: string }>(host, 'transcript-get', { id: who.transcriptId })).text;
  expect(annotations.map((a) => [a.codeId, text.slice(a.start, a.end)]).sort()).toEqual([
    [IDEALISATION.id, PASSAGE],
    [LACK_OF_RECALL.id, RECALL],
  ]);
  const idealised = annotations.find((a) => a.codeId === IDEALISATION.id)!;
  const events = await api<LossEvent[]>(host, 'event-list', who);
  expect(events).toHaveLength(1);
  const [event] = events;
  expect(event).toMatchObject({ kind: 'loss', who: 'grandmother', speakerAge: '9' });
  const ratings = new Map((await api<Rating[]>(host, 'rating-list', who)).map((r) => [`${r.scaleId}|${r.target}`, r]));
  expect(ratings.get('exp.loving|mother')).toMatchObject({ value: 4.5, notRateable: false });
  expect(ratings.get('exp.loving|father')).toMatchObject({ value: null, notRateable: true });
  expect(ratings.get('exp.loving|other')).toMatchObject({ value: 1.5, notRateable: false });
  expect(ratings.get('som.idealization|mother')).toMatchObject({ value: 6.5, links: [idealised.id] });
  expect(ratings.has('exp.rejecting|mother')).toBe(false); // cleared
  expect(ratings.get(`unres.loss|event:${event!.id}`)).toMatchObject({ value: 6 });
  expect(await api<Classification>(host, 'classification-get', who)).toMatchObject({
    primary: 'U',
    alternative: 'E2',
    subtype: null,
    confidence: 1,
    forced: true,
  });
  expect((await api<Memo>(host, 'memo-get', who)).text).toBe(MEMO);
  const statuses = await api<TranscriptStatus[]>(host, 'status-list', { coderId: who.coderId });
  expect(statuses.find((s) => s.transcriptId === who.transcriptId)?.status).toBe('complete');
});

test('the ↶ ↷ buttons by keyboard: Enter walks the whole history back and forth, focus never falls to the page, the host follows', async ({
  page,
  host,
  tmp,
}) => {
  await openFreshWorkspace(page, host, tmp);
  const ws = new WorkspacePage(page);
  const panel = new CodingPanelPage(page);
  const keys = page.keyboard;
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const [coder] = await api<Coder[]>(host, 'coder-list');
  const who = { transcriptId: summary!.id, coderId: coder!.id };
  const stored = async () =>
    (await api<Rating[]>(host, 'rating-list', who))
      .map((r) => `${r.scaleId}|${r.target}=${r.notRateable ? 'NR' : r.value}`)
      .sort();

  await keys.press('Alt+2');
  await tabTo(page, panel.rating('Loving', 'Mother'));
  await panel.typeIntoFocusedRating('5');
  await keys.press('Tab');
  await expect(panel.rating('Loving', 'Father')).toBeFocused();
  await panel.typeIntoFocusedRating('n');
  await expect(panel.rating('Loving', 'Father')).toHaveValue('NR');
  await ws.expectAllSaved();

  const undo = page.getByRole('button', { name: /^Undo\b/ });
  const redo = page.getByRole('button', { name: /^Redo\b/ });
  await tabTo(page, undo, { backward: true });
  await expect(undo).toHaveAccessibleName('Undo Rate Loving (father)');
  await expectVisibleFocus(page);
  await keys.press('Enter');
  await expect(panel.rating('Loving', 'Father')).toHaveValue('');
  await expect(undo).toHaveAccessibleName('Undo Rate Loving (mother)');
  await expect(undo).toBeFocused();
  await keys.press('Enter');
  await expect(panel.rating('Loving', 'Mother')).toHaveValue('');
  // Nothing left to undo: the button is disabled, and the keyboard is on ↷ rather than on the page.
  await expect(undo).toBeDisabled();
  await expect(redo).toBeFocused();
  await expectVisibleFocus(page);
  await ws.expectAllSaved();
  expect(await stored()).toEqual([]);

  await keys.press('Enter');
  await expect(panel.rating('Loving', 'Mother')).toHaveValue('5');
  await expect(redo).toBeFocused();
  await keys.press('Enter');
  await expect(panel.rating('Loving', 'Father')).toHaveValue('NR');
  await expect(redo).toBeDisabled();
  await expect(undo).toBeFocused();
  await expectVisibleFocus(page);
  await ws.expectAllSaved();
  expect(await stored()).toEqual(['exp.loving|father=NR', 'exp.loving|mother=5']);
});
