import { join } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, REPO_ROOT, type Host } from './helpers/host.ts';
import { TranscriptViewPage } from './pages/transcript-view-page.ts';
import type { WorkspacePage } from './pages/workspace-page.ts';

const QUALITY = { id: 'quality.contradiction', label: 'Quality: contradiction', key: '1' };
const SEMANTIC = { id: 'semantic_episodic.contradiction', label: 'Semantic/episodic contradiction', key: 'q' };
const IDEAL = { id: 'idealization.unsupported_adjective', label: 'Idealisation: unsupported adjective', key: 'w' };

async function stored(host: Host, title = 'syn-0001-mini') {
  const list = await api<TranscriptSummary[]>(host, 'transcript-list');
  const summary = list.find((t) => t.title === title);
  if (!summary) throw new Error(`no transcript ${title}`);
  const transcript = await api<Transcript>(host, 'transcript-get', { id: summary.id });
  const annotations = await api<Annotation[]>(host, 'annotation-list', { transcriptId: summary.id });
  return {
    text: transcript.text,
    annotations: annotations.map((a) => ({ ...a, passage: transcript.text.slice(a.start, a.end) })),
  };
}

/** Select a phrase with the keyboard (click before it, Shift+→) and press a code's key, as a coder does. */
async function tagByKey(ws: WorkspacePage, phrase: string, key: string) {
  await ws.selectWithKeyboard(phrase, phrase.length);
  await ws.page.keyboard.press(key);
  await ws.expectAllSaved();
}

test('line numbers match the stored lines; overlapping highlights get margin bars; hovering shows the code and note', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const view = new TranscriptViewPage(ws);
  const { text } = await stored(host);
  // A coder cites "line N": the number in the margin is the stored text's line (1-based, split on \n).
  for (const phrase of ['Dad had a lot going on with work', 'She was at work mostly', 'SYNTHETIC – NOT REAL DATA']) {
    const expected = text.slice(0, text.indexOf(phrase)).split('\n').length;
    const { line, shown } = await view.marginLineOf(phrase);
    expect(line).toBe(expected);
    expect(shown).toBe(`"${expected}"`);
  }

  await tagByKey(ws, 'She was at work mostly, I sorted myself out.', IDEAL.key);
  await tagByKey(ws, 'I sorted myself out. But she was loving', SEMANTIC.key);
  // One bar per highlight beside the turn, in different lanes, coloured by code.
  const bars = view.barsNear('She was at work mostly');
  await expect(bars).toHaveCount(2);
  await expect(bars.nth(0)).toHaveAttribute('data-code-id', IDEAL.id);
  await expect(bars.nth(1)).toHaveAttribute('data-code-id', SEMANTIC.id);
  const [x0, x1] = await Promise.all([bars.nth(0).boundingBox(), bars.nth(1).boundingBox()]);
  expect(Math.abs(x0!.x - x1!.x)).toBeGreaterThanOrEqual(4);

  // Hover a bar: its code's short name appears beside it, with the hover card.
  await bars.nth(1).hover();
  expect(await bars.nth(1).evaluate((el) => getComputedStyle(el, '::after').content)).toBe(
    `"${SEMANTIC.label.slice(0, 22).trimEnd()}…"`,
  );
  await expect(view.hoverCard).toContainText(SEMANTIC.label);

  // Write a note, then hover the highlight in the text: code, group, coder and note.
  await bars.nth(0).click(); // a click on a bar opens that highlight
  const card = ws.card(IDEAL.label);
  await expect(card).toBeVisible();
  await card.getByLabel('Note').fill('Loving is asserted, the memory says otherwise.');
  await card.getByLabel('Note').press('Tab');
  await ws.expectAllSaved();
  await page.mouse.move(0, 0);
  await expect(view.hoverCard).toHaveCount(0);
  const { start } = await ws.phraseEdges('work mostly');
  await page.mouse.move(start.x + 4, start.y);
  await expect(view.hoverCard).toContainText(IDEAL.label);
  await expect(view.hoverCard).toContainText('Consistency');
  await expect(view.hoverCard).toContainText('B. Osei');
  await expect(view.hoverCard).toContainText('Loving is asserted, the memory says otherwise.');
});

test('a highlight’s boundaries move by keys and by dragging a handle; the API has the new offsets', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const view = new TranscriptViewPage(ws);
  await tagByKey(ws, 'sorted myself out', QUALITY.key);
  await ws.clickPhrase('myself');
  await expect(ws.card(QUALITY.label)).toBeVisible();
  await ws.transcriptText.focus();

  // Alt+Shift+→ ×3 moves the end, Alt+← ×2 the start, one character per press.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+Shift+ArrowRight');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Alt+ArrowLeft');
  await ws.expectAllSaved();
  await expect.poll(async () => (await stored(host)).annotations[0]?.passage).toBe('I sorted myself out. B');
  await expect(ws.highlights(QUALITY.id)).toHaveText(['I sorted myself out. B']);

  // Drag the end handle to the end of "loving": the highlight follows the pointer, saved on release.
  const endHandle = view.handle('end');
  await expect(endHandle).toBeVisible();
  const target = (await ws.phraseEdges('she was loving')).end; // scrolls first, then the handle is measured
  const box = (await endHandle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x - 20, target.y, { steps: 4 });
  await page.mouse.move(target.x + 1, target.y, { steps: 4 });
  await page.mouse.up();
  await ws.expectAllSaved();
  await expect
    .poll(async () => (await stored(host)).annotations[0]?.passage)
    .toBe('I sorted myself out. But she was loving');

  // And the start handle back to "sorted".
  const sorted = (await ws.phraseEdges('sorted myself')).start;
  const startBox = (await view.handle('start').boundingBox())!;
  await page.mouse.move(startBox.x + startBox.width / 2, startBox.y + startBox.height / 2);
  await page.mouse.down();
  await page.mouse.move(sorted.x - 1, sorted.y, { steps: 6 });
  await page.mouse.up();
  await ws.expectAllSaved();
  await expect
    .poll(async () => (await stored(host)).annotations[0]?.passage)
    .toBe('sorted myself out. But she was loving');
  await expect(ws.highlights(QUALITY.id)).toHaveText(['sorted myself out. But she was loving']);
});

test('the command palette applies a code to the selection and runs actions; the shortcut sheet lists them', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const view = new TranscriptViewPage(ws);
  await ws.selectWithKeyboard('Loving. Very loving.', 'Loving. Very loving.'.length);
  await view.openPalette('Control+k');
  await view.runFromPalette('idealisation unsup', /Tag with Idealisation: unsupported adjective/);
  await ws.expectAllSaved();
  await expect(ws.highlights(IDEAL.id)).toHaveText(['Loving. Very loving.']);
  expect((await stored(host)).annotations.map((a) => [a.codeId, a.passage])).toEqual([
    [IDEAL.id, 'Loving. Very loving.'],
  ]);
  await expect(ws.transcriptText).toBeFocused();

  // An action by name, from the other shortcut: "next highlight" opens the one just made.
  await view.openPalette('Control+Shift+P');
  await view.runFromPalette('next highl', /Next highlight/);
  await expect(ws.card(IDEAL.label)).toBeVisible();
  await expect.poll(() => ws.selectedText()).toBe('Loving. Very loving.');

  // With a highlight open, the palette can give it another code; undo gives the old one back.
  await view.openPalette();
  await view.runFromPalette('change quality contra', /Change the open highlight to Quality: contradiction/);
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveText(['Loving. Very loving.']);
  expect((await stored(host)).annotations.map((a) => a.codeId)).toEqual([QUALITY.id]);
  await page.keyboard.press('Control+z');
  await ws.expectAllSaved();
  await expect(ws.highlights(IDEAL.id)).toHaveText(['Loving. Very loving.']);
  expect((await stored(host)).annotations.map((a) => a.codeId)).toEqual([IDEAL.id]);

  // The shortcut sheet, from the palette: generated from the same commands.
  await view.openPalette();
  await view.runFromPalette('keyboard shortcuts', /Show keyboard shortcuts/);
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const row of [
    'Next highlight',
    'Previous highlight',
    'Search all transcripts in the project',
    'Find in the transcript',
    'Tag the selection with the code',
  ])
    await expect(sheet.getByRole('row', { name: new RegExp(row) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('next and previous highlight move the selection and the open highlight, by ] [ and Alt+↓ ↑', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  await tagByKey(ws, 'Loving. Very loving.', IDEAL.key);
  await tagByKey(ws, 'She was at work mostly', QUALITY.key);
  await tagByKey(ws, 'Dad had a lot going on with work', SEMANTIC.key);
  await ws.clickPhrase('To start');

  await page.keyboard.press(']');
  await expect(ws.card(IDEAL.label)).toBeVisible();
  await expect.poll(() => ws.selectedText()).toBe('Loving. Very loving.');
  await page.keyboard.press(']');
  await expect(ws.card(QUALITY.label)).toBeVisible();
  await expect.poll(() => ws.selectedText()).toBe('She was at work mostly');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(ws.card(SEMANTIC.label)).toBeVisible();
  await page.keyboard.press('[');
  await expect(ws.card(QUALITY.label)).toBeVisible();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(ws.card(IDEAL.label)).toBeVisible();
  await expect.poll(() => ws.selectedText()).toBe('Loving. Very loving.');
  // The open highlight is outlined (visible without colour), and the text keeps the keyboard focus.
  await expect(ws.transcriptText.locator('.hl--active').first()).toHaveCSS('outline-style', 'solid');
  await expect(ws.transcriptText).toBeFocused();
});

test('undo and redo: create, delete (same id back), note, boundary move; the UI and the API agree', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const passage = 'I sorted myself out.';
  await tagByKey(ws, passage, QUALITY.key);
  const [created] = (await stored(host)).annotations;

  // Create: undo deletes it, redo brings it back (same id).
  await page.keyboard.press('Control+z');
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveCount(0);
  expect((await stored(host)).annotations).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveText([passage]);
  expect((await stored(host)).annotations.map((a) => a.id)).toEqual([created!.id]);

  // The browser's own Edit ▸ Undo / Redo (Electron's menu roles) arrive in the text as historyUndo /
  // historyRedo input events: the same history. (Dispatched here as the browser would deliver them.)
  const editCommand = (inputType: string) =>
    ws.transcriptText.evaluate(
      (el, t) => el.dispatchEvent(new InputEvent('beforeinput', { inputType: t, bubbles: true, cancelable: true })),
      inputType,
    );
  await editCommand('historyUndo');
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveCount(0);
  expect((await stored(host)).annotations).toEqual([]);
  await editCommand('historyRedo');
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveText([passage]);

  // Note: undo restores the previous (empty) note, in the card too.
  await ws.clickPhrase('myself');
  const card = ws.card(QUALITY.label);
  await card.getByLabel('Note').fill('contradicts the adjective');
  await card.getByLabel('Note').press('Tab');
  await ws.expectAllSaved();
  await ws.transcriptText.focus();
  await page.keyboard.press('Control+z');
  await ws.expectAllSaved();
  await expect(card.getByLabel('Note')).toHaveValue('');
  expect((await stored(host)).annotations[0]?.note).toBe('');
  await page.keyboard.press('Control+y');
  await ws.expectAllSaved();
  await expect(card.getByLabel('Note')).toHaveValue('contradicts the adjective');

  // Boundary move: undo puts the old end back.
  await ws.transcriptText.focus();
  await page.keyboard.press('Alt+Shift+ArrowLeft');
  await ws.expectAllSaved();
  await expect.poll(async () => (await stored(host)).annotations[0]?.passage).toBe('I sorted myself out');
  await page.keyboard.press('Control+z');
  await ws.expectAllSaved();
  await expect.poll(async () => (await stored(host)).annotations[0]?.passage).toBe(passage);
  await expect(ws.highlights(QUALITY.id)).toHaveText([passage]);

  // Delete: undo restores the same annotation (id, note) through 'annotation-restore'.
  await card.getByRole('button', { name: 'Delete…' }).click();
  await card.getByRole('button', { name: 'Delete', exact: true }).click();
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveCount(0);
  expect((await stored(host)).annotations).toEqual([]);
  await page.keyboard.press('Control+z');
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveText([passage]);
  const back = (await stored(host)).annotations;
  expect(back.map((a) => [a.id, a.note, a.passage])).toEqual([[created!.id, 'contradicts the adjective', passage]]);
});

test('project search opens another transcript at the passage; the filter hides highlights by code and group', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const view = new TranscriptViewPage(ws);
  await ws.importFile(join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0002-int-subj.txt'));
  await ws.openTranscript('syn-0001-mini');
  await ws.clickPhrase('To start');

  // Search the whole project for words only the other transcript has.
  await view.openProjectSearch();
  await view.searchInput.pressSequentially('grandmother stayed');
  const hit = view.search.getByRole('option').first();
  await expect(hit).toContainText('syn-0002-int-subj');
  const { text } = await stored(host, 'syn-0002-int-subj');
  const line = text.slice(0, text.indexOf('grandmother stayed')).split('\n').length;
  await expect(hit).toContainText(`line ${line}`);
  await page.keyboard.press('Enter');
  await expect(view.search).toHaveCount(0);
  await expect(ws.transcriptText).toHaveAttribute('aria-label', 'Transcript: syn-0002-int-subj');
  await expect.poll(() => ws.selectedText()).toBe('grandmother stayed');
  await expect(ws.transcriptText).toBeFocused();
  // The passage is on screen, and its line number is the one the search named.
  const sel = () => page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top);
  await expect.poll(sel).toBeGreaterThan(0);
  await expect.poll(sel).toBeLessThan(900);
  expect((await view.marginLineOf('grandmother stayed')).line).toBe(line);

  // Filter: two codes from two groups; hiding one code's highlights leaves the other's.
  await ws.openTranscript('syn-0001-mini');
  await tagByKey(ws, 'Loving. Very loving.', IDEAL.key);
  await tagByKey(ws, 'Dad had a lot going on with work', QUALITY.key);
  await view.filterButton.click();
  await view.filterCode(IDEAL.label).uncheck();
  await expect(ws.highlights(IDEAL.id)).toHaveCount(0);
  await expect(ws.highlights(QUALITY.id)).toHaveText(['Dad had a lot going on with work']);
  await expect(ws.transcriptText.locator(`.hl-bar[data-code-id="${IDEAL.id}"]`)).toHaveCount(0);
  await expect(view.filterButton).toHaveText('Filter: 1 code hidden');
  // A whole group: Coherence (Grice's maxims) holds "Quality: contradiction".
  await view.filterPanel.getByRole('checkbox', { name: /Coherence/ }).uncheck();
  await expect(ws.highlights(QUALITY.id)).toHaveCount(0);
  await view.filterPanel.getByRole('button', { name: 'Show all' }).click();
  await expect(ws.highlights(IDEAL.id)).toHaveText(['Loving. Very loving.']);
  await expect(ws.highlights(QUALITY.id)).toHaveText(['Dad had a lot going on with work']);
  // Nothing was deleted by hiding.
  expect((await stored(host)).annotations).toHaveLength(2);
});

test('a 40,000-word transcript: opens, a search jumps to its last line, a code key tags there', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const view = new TranscriptViewPage(ws);
  await ws.importFile(join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0014-stress.txt'));
  await ws.openTranscript('syn-0014-stress');
  await expect(ws.transcriptText).toContainText('SYNTHETIC – NOT REAL DATA');
  await ws.clickPhrase('To start');

  // The last line is far below the first screen (and rendered after it): the search result still lands on it.
  await view.openProjectSearch();
  await view.searchInput.pressSequentially('03:49:29');
  await expect(view.search.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => ws.selectedText()).toBe('03:49:29');
  const { text } = await stored(host, 'syn-0014-stress');
  const lastLine = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
  expect((await view.marginLineOf('I- I was the one who kept everyone laughing. [03:49:29]')).line).toBe(lastLine);
  // The view may still be scrolling to it: the passage must come to rest on screen.
  const top = () => page.evaluate(() => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top);
  await expect.poll(top).toBeGreaterThan(0);
  await expect.poll(top).toBeLessThan(900);

  await page.keyboard.press(QUALITY.key);
  await ws.expectAllSaved();
  await expect(ws.highlights(QUALITY.id)).toHaveText(['03:49:29']);
  expect((await stored(host, 'syn-0014-stress')).annotations.map((a) => a.passage)).toEqual(['03:49:29']);
});

test('project search: Enter pressed while the list still shows the hits of fewer letters opens the passage of all that was typed', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const view = new TranscriptViewPage(ws);
  await ws.importFile(join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0002-int-subj.txt'));
  await ws.openTranscript('syn-0001-mini');
  await ws.clickPhrase('To start');

  // The hits for "grandmother s" are on screen; the rest is typed and Enter pressed at once, inside the
  // search's typing pause (the flake seen under load: the shorter query's hit was opened, "grandmother s").
  await view.openProjectSearch();
  await view.searchInput.pressSequentially('grandmother s');
  await expect(view.search.getByRole('option').first()).toContainText('syn-0002-int-subj');
  await expect(view.searchResults).not.toHaveAttribute('aria-busy', 'true');
  await view.searchInput.pressSequentially('tayed');
  await page.keyboard.press('Enter');
  await expect(view.search).toHaveCount(0);
  await expect(ws.transcriptText).toHaveAttribute('aria-label', 'Transcript: syn-0002-int-subj');
  await expect.poll(() => ws.selectedText()).toBe('grandmother stayed');
  await expect(ws.transcriptText).toBeFocused();

  // A query that no longer matches: Enter opens nothing; the dialog stays and says so.
  await view.openProjectSearch();
  await view.searchInput.pressSequentially('grandmother');
  await expect(view.searchStatus).toHaveText(/^\d+ match(es)? in \d+ transcripts?$/);
  await expect(view.searchResults).not.toHaveAttribute('aria-busy', 'true');
  await view.searchInput.pressSequentially(' zebra');
  await page.keyboard.press('Enter');
  await expect(view.searchStatus).toHaveText('No matches');
  await expect(view.search.getByRole('option')).toHaveCount(0);
  await expect(view.search).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(view.search).toHaveCount(0);
  await expect(ws.transcriptText).toHaveAttribute('aria-label', 'Transcript: syn-0002-int-subj');
});

test('a long, chunked transcript: deep in it, the line number and both margin bars of an overlapping pair are painted, not clipped by the chunk', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const view = new TranscriptViewPage(ws);
  await ws.importFile(join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0014-stress.txt'));
  await ws.openTranscript('syn-0014-stress');
  await expect(ws.transcriptText).toContainText('SYNTHETIC – NOT REAL DATA');
  const { text } = await stored(host, 'syn-0014-stress');

  // A respondent's line three quarters down whose opening words occur nowhere else (the fixture repeats
  // its sentences): two overlapping highlights there, each selected with the mouse and tagged by its key.
  const lines = text.split('\n');
  const unique = (s: string) => text.indexOf(s) === text.lastIndexOf(s);
  const pair = (l: string) => [l.slice(3, 63).trimEnd(), l.slice(33, 93).trim()] as const; // 30 characters in common
  const index = lines.findIndex(
    (l, i) => i >= Math.floor(lines.length * 0.75) && l.startsWith('R: ') && pair(l).every(unique),
  );
  expect(index).toBeGreaterThan(300);
  const [first, second] = pair(lines[index]!);
  const line = index + 1; // a coder's "line N": 1-based, split on \n

  for (const [phrase, code] of [
    [first, QUALITY],
    [second, SEMANTIC],
  ] as const) {
    await ws.selectWithMouse(phrase);
    await expect.poll(() => ws.selectedText()).toBe(phrase);
    await page.keyboard.press(code.key);
    await ws.expectAllSaved();
  }
  await page.mouse.move(0, 0); // no hover card over the margin
  expect((await stored(host, 'syn-0014-stress')).annotations.map((a) => [a.codeId, a.passage]).sort()).toEqual(
    [
      [QUALITY.id, first],
      [SEMANTIC.id, second],
    ].sort(),
  );

  // The number shown beside the passage is the stored line's (this also scrolls it to the middle).
  const shown = await view.marginLineOf(first);
  expect(shown).toEqual({ line, shown: `"${line}"` });

  // It really is chunked here: the line's block is in one of Slate's lowest chunks, which skip paint off screen.
  const number = await view.lineNumberBox(line);
  expect(number.chunked).toBe(true);
  expect(number.contentVisibility).toBe('auto');
  expect(await ws.transcriptText.locator('.chunk--lowest').count()).toBeGreaterThan(10);
  // (a) The number lies inside its chunk's box (paint containment clips to it) and is painted on screen.
  const chunk = number.chunkBox!;
  expect(number.box.y).toBeGreaterThan(0);
  expect(number.box.y + number.box.height).toBeLessThan(900);
  expect(number.box.x).toBeGreaterThanOrEqual(chunk.x);
  expect(number.box.x + number.box.width).toBeLessThanOrEqual(chunk.x + chunk.width);
  expect(await view.inkIn(number.box)).toBeGreaterThan(8);

  // (b) Both codes' bars beside that line: hit where they are drawn, and painted there.
  const bars = view.barsNear(first);
  await expect(bars).toHaveCount(2);
  expect((await bars.evaluateAll((els) => els.map((e) => e.getAttribute('data-code-id')))).sort()).toEqual(
    [QUALITY.id, SEMANTIC.id].sort(),
  );
  const passageTop = (await ws.phraseEdges(first)).start.y;
  for (const bar of [bars.nth(0), bars.nth(1)]) {
    const box = (await bar.boundingBox())!;
    expect(box.x).toBeGreaterThan(number.box.x); // right margin, not the gutter
    expect(box.x + box.width).toBeLessThanOrEqual(chunk.x + chunk.width);
    expect(box.y).toBeLessThanOrEqual(passageTop + 12); // level with the passage's first line
    expect(box.y + box.height).toBeGreaterThan(passageTop - 12);
    expect(await view.hitAtCentre(bar)).toBe(true);
    expect(
      await view.inkIn({ x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 40) }),
    ).toBeGreaterThan(10);
  }
});
