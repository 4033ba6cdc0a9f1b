import { join } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, REPO_ROOT, type Host } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const PASSAGE = 'She was at work mostly, I sorted myself out.';
const GRANDMOTHER = 'Loss: grandmother (age 9)';
const ACCIDENT = 'Trauma: car accident';

/** The acting coder's ratings as the host stored them, keyed "scale|target" (events by who). */
async function storedRatings(host: Host) {
  const [t] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const [coder] = await api<Coder[]>(host, 'coder-list');
  const owner = { transcriptId: t!.id, coderId: coder!.id };
  const events = await api<{ id: string; who: string }[]>(host, 'event-list', owner);
  const ratings = await api<Rating[]>(host, 'rating-list', owner);
  const name = (target: string) =>
    target.startsWith('event:') ? `event:${events.find((e) => `event:${e.id}` === target)?.who}` : target;
  return new Map(ratings.map((r) => [`${r.scaleId}|${name(r.target)}`, r]));
}

test('score sheet: typed and half-point ratings, not rateable, events with the reported highest, linked highlight jumps, undo/redo, reload', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const panel = new CodingPanelPage(page);

  // A highlight to justify a rating with.
  await ws.selectWithMouse(PASSAGE);
  await page.keyboard.press('w'); // Idealisation: unsupported adjective
  await expect(ws.highlights('idealization.unsupported_adjective')).toHaveText([PASSAGE]);
  await ws.expectAllSaved();

  // Alt+2 opens the score sheet from the keyboard.
  await page.keyboard.press('Alt+2');
  await expect(panel.tab('Scores')).toHaveAttribute('aria-selected', 'true');
  await expect(panel.tab('Scores')).toBeFocused();
  await expect(
    panel.scoreSheet.getByRole('group', { name: 'Probable experience' }).getByRole('columnheader'),
  ).toHaveText(['Scale', 'Mother', 'Father', 'Other figure']);

  // Typing: a half point, and N for not rateable.
  await panel.typeRating('Loving', 'Mother', '4.5');
  await expect(panel.rating('Loving', 'Mother')).toHaveValue('4.5');
  await panel.typeRating('Loving', 'Father', 'n');
  await expect(panel.rating('Loving', 'Father')).toHaveValue('NR');
  // Arrow keys step by the scale's step (from empty: 1, 1.5, 2), saved once the coder pauses.
  await panel.rating('Coherence of transcript', 'Transcript').click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowUp');
  await expect(panel.rating('Coherence of transcript', 'Transcript')).toHaveValue('2');
  // Off the grid: explained, nothing saved.
  await panel.typeRating('Rejecting', 'Mother', '4.25');
  await expect(panel.scoreDetail.getByRole('alert')).toHaveText(
    'Not saved. 4.25 is between steps: type a number from 1 to 9 in steps of 0.5.',
  );
  await expect(panel.rating('Rejecting', 'Mother')).toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Escape');
  // The full scale: click a half point.
  await panel.rating('Idealisation', 'Mother').click();
  await panel.point('6.5').click();
  await expect(panel.rating('Idealisation', 'Mother')).toHaveValue('6.5');
  await expect(panel.point('6.5')).toHaveAttribute('aria-pressed', 'true');
  await ws.expectAllSaved();

  let stored = await storedRatings(host);
  expect(stored.get('exp.loving|mother')).toMatchObject({ value: 4.5, notRateable: false });
  expect(stored.get('exp.loving|father')).toMatchObject({ value: null, notRateable: true });
  expect(stored.get('coh.transcript|transcript')?.value).toBe(2);
  expect(stored.get('som.idealization|mother')?.value).toBe(6.5);
  expect(stored.has('exp.rejecting|mother')).toBe(false);

  // Events: a loss and a trauma, each rated for unresolved status; the highest is the reported value.
  await panel.scoreSheet.getByRole('button', { name: '+ Loss' }).click();
  await panel.scoreSheet.getByRole('textbox', { name: 'Who (Loss 1)' }).fill('grandmother');
  await panel.scoreSheet.getByRole('textbox', { name: 'Who (Loss 1)' }).press('Tab');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await expect(panel.event(GRANDMOTHER)).toBeVisible();
  await panel.scoreSheet.getByRole('button', { name: '+ Trauma' }).click();
  await panel.scoreSheet.getByRole('textbox', { name: 'Who (Trauma 2)' }).fill('car accident');
  await panel.scoreSheet.getByRole('textbox', { name: 'Who (Trauma 2)' }).press('Enter');
  await expect(panel.event(ACCIDENT)).toBeVisible();
  await panel.typeRating('Unresolved loss', GRANDMOTHER, '6');
  await expect(panel.reported('unres.loss')).toHaveText(`6 ${GRANDMOTHER}`);
  await panel.typeRating('Unresolved loss', ACCIDENT, '7.5');
  await expect(panel.reported('unres.loss')).toHaveText(`7.5 ${ACCIDENT}`);
  await panel.typeRating('Unresolved trauma', ACCIDENT, 'nr');
  await expect(panel.reported('unres.trauma')).toHaveText('NR');
  await panel.typeRating('Unresolved loss', ACCIDENT, '2');
  await expect(panel.reported('unres.loss')).toHaveText(`6 ${GRANDMOTHER}`);
  await ws.expectAllSaved();
  stored = await storedRatings(host);
  expect(stored.get('unres.loss|event:grandmother')?.value).toBe(6);
  expect(stored.get('unres.loss|event:car accident')?.value).toBe(2);

  // Link the highlight to the idealisation rating; the chip jumps to the passage.
  await panel.rating('Idealisation', 'Mother').click();
  await panel.scoreDetail.getByRole('button', { name: '+ Link highlights…' }).click();
  await panel.scoreDetail.getByRole('checkbox', { name: new RegExp(PASSAGE.slice(0, 20)) }).check();
  await panel.scoreDetail.getByRole('button', { name: 'Done' }).click();
  const chip = panel.scoreDetail.getByRole('button', { name: `Show in transcript: ${PASSAGE}` });
  await expect(chip).toBeVisible();
  await ws.expectAllSaved();
  const [annotation] = await api<Annotation[]>(host, 'annotation-list', {
    transcriptId: (await api<TranscriptSummary[]>(host, 'transcript-list'))[0]!.id,
  });
  expect((await storedRatings(host)).get('som.idealization|mother')?.links).toEqual([annotation!.id]);

  await page.locator('main.reader').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(ws.highlights('idealization.unsupported_adjective').first()).not.toBeInViewport();
  await chip.click();
  await expect(ws.highlights('idealization.unsupported_adjective').first()).toBeInViewport();
  await expect.poll(() => ws.selectedText()).toBe(PASSAGE);
  await expect(ws.transcriptText).toBeFocused();

  // Undo and redo a rating change with the keyboard: the field and the host both revert.
  await panel.typeRating('Coherence of transcript', 'Transcript', '5');
  await expect(panel.rating('Coherence of transcript', 'Transcript')).toHaveValue('5');
  await ws.expectAllSaved();
  await panel.tab('Scores').click(); // out of the field: text fields keep their own undo
  await page.keyboard.press('ControlOrMeta+z');
  await expect(panel.rating('Coherence of transcript', 'Transcript')).toHaveValue('2');
  await expect(
    page.getByRole('status').filter({ hasText: 'Undone: Rate Coherence of transcript (transcript)' }),
  ).toBeVisible();
  await ws.expectAllSaved();
  expect((await storedRatings(host)).get('coh.transcript|transcript')?.value).toBe(2);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(panel.rating('Coherence of transcript', 'Transcript')).toHaveValue('5');
  await ws.expectAllSaved();
  expect((await storedRatings(host)).get('coh.transcript|transcript')?.value).toBe(5);
  // Undo of a link: the chip goes, and so does the stored link.
  await page.keyboard.press('ControlOrMeta+z'); // the rating change again
  await expect(panel.rating('Coherence of transcript', 'Transcript')).toHaveValue('2');
  await panel.rating('Idealisation', 'Mother').click();
  await expect(chip).toBeVisible();
  await panel.tab('Scores').click();
  await page.keyboard.press('ControlOrMeta+z'); // the link
  await expect(chip).toBeHidden();
  await ws.expectAllSaved();
  expect((await storedRatings(host)).get('som.idealization|mother')?.links).toEqual([]);
  await page.keyboard.press('ControlOrMeta+y');
  await expect(chip).toBeVisible();

  // Delete an event (its ratings go with it), then undo: the event and its rating come back.
  await panel
    .event(ACCIDENT)
    .getByRole('button', { name: `Delete ${ACCIDENT} and its ratings` })
    .click();
  await panel.event(ACCIDENT).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(panel.event(ACCIDENT)).toBeHidden();
  await ws.expectAllSaved();
  expect((await storedRatings(host)).has('unres.loss|event:car accident')).toBe(false);
  await panel.tab('Scores').click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(panel.rating('Unresolved loss', ACCIDENT)).toHaveValue('2');
  await ws.expectAllSaved();
  expect((await storedRatings(host)).get('unres.loss|event:car accident')?.value).toBe(2);

  // Everything is still there after a reload.
  await page.reload();
  await expect(ws.transcriptText).toBeVisible();
  await panel.open('Scores');
  await expect(panel.rating('Loving', 'Mother')).toHaveValue('4.5');
  await expect(panel.rating('Loving', 'Father')).toHaveValue('NR');
  await expect(panel.rating('Idealisation', 'Mother')).toHaveValue('6.5');
  await expect(panel.rating('Coherence of transcript', 'Transcript')).toHaveValue('2');
  await expect(panel.rating('Unresolved loss', GRANDMOTHER)).toHaveValue('6');
  await expect(panel.reported('unres.loss')).toHaveText(`6 ${GRANDMOTHER}`);
  await panel.rating('Idealisation', 'Mother').click();
  await expect(chip).toBeVisible();
});

const SEVERAL_LOSSES = join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0005-several-losses.txt');
const LAPSE = "I saw the ambulance. (pause 6 sec) I didn't understand it then.";
const DISCOURSE = { id: 'unres.discourse_lapse', label: 'Lapse in monitoring discourse', key: 'x' };
const GRANDFATHER = 'Loss: grandfather (age 6)';

test('unresolved indicator: tagged, linked to a loss recorded on the score sheet, severity 2, undo/redo, counted per event, kept on reload', async ({
  page,
  host,
  tmp,
}) => {
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'project.attune'));
  await new CoderPage(page).createCoder('B. Osei');
  const ws = new WorkspacePage(page);
  await ws.importFile(SEVERAL_LOSSES);
  await ws.openTranscript('syn-0005');
  const panel = new CodingPanelPage(page);
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const [coder] = await api<Coder[]>(host, 'coder-list');
  const owner = { transcriptId: summary!.id, coderId: coder!.id };
  const storedHighlight = async () => {
    const list = await api<Annotation[]>(host, 'annotation-list', owner);
    expect(list).toHaveLength(1);
    return list[0]!;
  };

  // Tag the passage with the unresolved indicator's key, then open the highlight.
  await ws.selectWithMouse(LAPSE);
  await page.keyboard.press(DISCOURSE.key);
  await expect(ws.highlights(DISCOURSE.id).first()).toBeVisible();
  await ws.expectAllSaved();
  expect(await storedHighlight()).toMatchObject({ codeId: DISCOURSE.id, eventId: null, severity: null });
  await ws.clickPhrase('the ambulance');
  const card = ws.card(DISCOURSE.label);
  await expect(card).toBeVisible();

  // No event yet: the card says so and leads to the score sheet's event list.
  await expect(card).toContainText('No loss or trauma is recorded on the score sheet yet.');
  await expect(panel.cardSeverity(card, 'None')).toHaveAttribute('aria-pressed', 'true');
  await card.getByRole('button', { name: 'Record one on the score sheet' }).click();
  await expect(panel.tab('Scores')).toHaveAttribute('aria-selected', 'true');
  const addLoss = panel.scoreSheet.getByRole('button', { name: '+ Loss' });
  await expect(addLoss).toBeFocused();
  await page.keyboard.press('Enter');
  const who = panel.scoreSheet.getByRole('textbox', { name: 'Who (Loss 1)' });
  await who.click();
  await page.keyboard.type('grandfather');
  await page.keyboard.press('Tab');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(panel.event(GRANDFATHER)).toBeVisible();
  await expect(panel.linkedHighlights(GRANDFATHER)).toHaveCount(0);
  await ws.expectAllSaved();
  const [event] = await api<LossEvent[]>(host, 'event-list', owner);
  expect(event).toMatchObject({ kind: 'loss', who: 'grandfather', speakerAge: '6' });

  // The card's select now lists the event: link it, then severity 2, each saved at once.
  await expect(panel.cardEvent(card)).toHaveValue('');
  await panel.cardEvent(card).selectOption({ label: GRANDFATHER });
  await expect(panel.cardEvent(card)).toHaveValue(event!.id);
  await panel.cardSeverity(card, '2').click();
  await expect(panel.cardSeverity(card, '2')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel.cardSeverity(card, 'None')).toHaveAttribute('aria-pressed', 'false');
  await ws.expectAllSaved();
  expect(await storedHighlight()).toMatchObject({ eventId: event!.id, severity: 2 });

  // The score sheet counts the event's linked highlights; the count jumps to the passage.
  await expect(panel.linkedHighlights(GRANDFATHER)).toHaveText('1 linked');
  await page.locator('main.reader').evaluate((el) => el.scrollTo(0, 0));
  await expect(ws.highlights(DISCOURSE.id).first()).not.toBeInViewport();
  await panel.linkedHighlights(GRANDFATHER).click();
  await expect(ws.highlights(DISCOURSE.id).first()).toBeInViewport();
  await expect.poll(() => ws.selectedText()).toBe(LAPSE);
  await expect(ws.transcriptText).toBeFocused();

  // The hover card names the event and the severity. The jump scrolls smoothly: wait for the passage to stop
  // moving, or the pointer lands where the phrase was a frame ago (failed about 1 run in 5).
  let lastY = NaN;
  await expect
    .poll(async () => {
      const y = (await ws.phraseEdges('the ambulance')).start.y;
      const still = y === lastY;
      lastY = y;
      return still;
    })
    .toBe(true);
  const { start } = await ws.phraseEdges('the ambulance');
  await page.mouse.move(start.x + 4, start.y);
  await expect(page.getByRole('tooltip')).toContainText(`${DISCOURSE.label}`);
  await expect(page.getByRole('tooltip')).toContainText(`${GRANDFATHER} · severity 2`);
  await page.mouse.move(0, 0);

  // Undo the severity (Ctrl+Z, focus in the transcript): UI and host go back; the event link stays. Then redo.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Severity 2' })).toBeVisible();
  await expect(panel.cardSeverity(card, 'None')).toHaveAttribute('aria-pressed', 'true');
  await ws.expectAllSaved();
  expect(await storedHighlight()).toMatchObject({ eventId: event!.id, severity: null });
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(panel.cardSeverity(card, '2')).toHaveAttribute('aria-pressed', 'true');
  await ws.expectAllSaved();
  expect(await storedHighlight()).toMatchObject({ eventId: event!.id, severity: 2 });

  // Reload and reopen: both are still there, in the card, the score sheet and the host.
  await page.reload();
  await expect(ws.transcriptText).toBeVisible();
  await ws.clickPhrase('the ambulance');
  await expect(card).toBeVisible();
  await expect(panel.cardEvent(card)).toHaveValue(event!.id);
  await expect(panel.cardEvent(card).locator('option:checked')).toHaveText(GRANDFATHER);
  await expect(panel.cardSeverity(card, '2')).toHaveAttribute('aria-pressed', 'true');
  await panel.open('Scores');
  await expect(panel.linkedHighlights(GRANDFATHER)).toHaveText('1 linked');
  expect(await storedHighlight()).toMatchObject({ codeId: DISCOURSE.id, eventId: event!.id, severity: 2 });

  // Deleting the event unlinks the highlight (store and card alike); the severity stays.
  await panel
    .event(GRANDFATHER)
    .getByRole('button', { name: `Delete ${GRANDFATHER} and its ratings` })
    .click();
  await panel.event(GRANDFATHER).getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(panel.event(GRANDFATHER)).toBeHidden();
  await expect(card).toContainText('No loss or trauma is recorded on the score sheet yet.');
  await expect(panel.cardSeverity(card, '2')).toHaveAttribute('aria-pressed', 'true');
  await ws.expectAllSaved();
  expect(await storedHighlight()).toMatchObject({ eventId: null, severity: 2 });

  // Undoing the delete brings the event back with its highlight linked again (card, count and store).
  await ws.transcriptText.focus();
  await page.keyboard.press('Control+z');
  await ws.expectAllSaved();
  await expect(panel.linkedHighlights(GRANDFATHER)).toHaveText('1 linked');
  await expect(panel.cardEvent(card)).toHaveValue(event!.id);
  expect(await storedHighlight()).toMatchObject({ eventId: event!.id, severity: 2 });
});
