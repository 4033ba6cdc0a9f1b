import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSettings } from '../../shared/api/settings.ts';
import type { Transcript, TranscriptStructure, TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api, type Host } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MetadataEditorPage } from './pages/metadata-editor-page.ts';
import { SectionsOutlinePage } from './pages/sections-outline-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/** Screenshots at 1440×900 for review (docs/screenshots/sections.png and metadata.png are copies). */
const SHOTS = process.env['ATTUNE_SHOTS_DIR'] ?? join(tmpdir(), 'attune-sections-shots');

/** A project with a lead and a coder, made through the API before the page opens it. */
async function seed(host: Host, tmp: string) {
  await api(host, 'project-create', { path: join(tmp, 'study.attune') });
  const lead = await api<Coder>(host, 'coder-create', { name: 'L. Okafor', role: 'lead' });
  const coder = await api<Coder>(host, 'coder-create', { name: 'C. Mbeki', role: 'coder' });
  return { lead, coder };
}

const sectionsOf = async (host: Host, id: string) =>
  (await api<TranscriptStructure>(host, 'transcript-get-structure', { id })).sections;

test('a lead edits question sections after import: rename, start at a selection, undo, delete; the view and the API agree', async ({
  page,
  host,
  tmp,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await seed(host, tmp);
  await page.goto(host.url);
  await new CoderPage(page).choose('L. Okafor');
  const ws = new WorkspacePage(page);

  // The import dialog: a lead may keep the speaker labels as the project default; the replacement list is never kept.
  const dialog = await ws.chooseImportFiles(MINI_FIXTURE);
  await expect(dialog.dialog.getByTestId('replacement-not-kept')).toHaveText(/not kept, by design/);
  await dialog.dialog.getByRole('button', { name: 'Save these labels as the project default' }).click();
  await expect(dialog.dialog.getByText('Saved: new imports in this project start with these labels.')).toBeVisible();
  expect((await api<ProjectSettings>(host, 'settings-get')).importSpeakerPatterns?.map((p) => p.label)).toEqual([
    'I',
    'INT',
    'Interviewer',
    'R',
    'S',
    'SUBJ',
    'Respondent',
    'Subject',
  ]);
  await dialog.importAll();
  await expect(ws.transcriptText).toBeVisible();
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const id = summary!.id;

  // The outline lists the sections found at import, in order, with their lines.
  const outline = new SectionsOutlinePage(page);
  await expect(outline.rows).toHaveCount(5);
  expect(await outline.titles()).toEqual([
    'Family background',
    'Adjectives – mother',
    'When upset as a child',
    'Why parents behaved as they did',
    'Other close adults',
  ]);
  await expect(outline.row('Adjectives – mother')).toContainText('line 8');
  const headings = ws.transcriptText.locator('[data-heading]');
  await expect(headings).toHaveCount(5);

  // Click → the transcript scrolls to the section start.
  await outline.jumpTo('Other close adults');
  await expect(ws.transcriptText.locator('.turn', { hasText: 'Were there other adults' })).toBeInViewport();

  const reader = page.locator('main.reader');
  expect(await reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await reader.evaluate((el) => el.scrollTo(0, 0));

  // Rename: the heading changes in the view at once, and the API has it.
  await outline.rename('Adjectives – mother', '3', 'Adjectives for mother');
  await ws.expectAllSaved();
  const adjectives = ws.transcriptText.locator('.turn', { hasText: "I'd like you to choose five adjectives" });
  await expect(adjectives).toHaveAttribute('data-heading', 'Q3 · Adjectives for mother');
  // The redrawn view stays where the reader was: it does not replay the earlier jump.
  await page.waitForTimeout(600);
  expect(await reader.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(outline.row('Adjectives for mother').locator('.outline-num')).toHaveText('Q3');
  const before = await sectionsOf(host, id);
  const q3 = before.find((s) => s.number === 3)!;
  expect(q3.title).toBe('Adjectives for mother');

  // Start a section at a mouse selection inside Q3: Q3 is shortened first, the new one takes the rest of it.
  await ws.selectWithMouse('You said loving. Is there a memory');
  await expect(outline.caretHint).toHaveText('At the caret: line 10');
  await outline.startHere.click();
  await expect(outline.status).toContainText(
    /^Started “You said loving\. Is there a…” at line 10; Q3 “Adjectives for mother” now ends before it\./,
  );
  await ws.expectAllSaved();
  const youSaid = ws.transcriptText.locator('.turn', { hasText: 'You said loving. Is there a memory' });
  await expect(youSaid).toHaveAttribute('data-heading', /^You said loving\. Is there a memory or an incident/);
  await expect(headings).toHaveCount(6);
  // The heading is drawn beside the text, never in it.
  await expect(youSaid).not.toContainText(
    'You said loving. Is there a memory or an incident that would tell me why you…',
  );
  const split = await sectionsOf(host, id);
  expect(split).toHaveLength(6);
  const stored = await api<Transcript>(host, 'transcript-get', { id });
  const started = split.find((s) => s.title.startsWith('You said loving'))!;
  expect(stored.text.slice(started.start, started.start + 20)).toBe('I: You said loving. ');
  expect(started.end).toBe(q3.end);
  const shortened = split.find((s) => s.number === 3)!;
  expect(shortened.end).toBeLessThan(started.start);
  expect(stored.text.slice(shortened.end, started.start).trim()).toBe('');
  await reader.evaluate((el) => el.scrollTo(0, 0));
  await outline.row('Adjectives for mother').hover();
  await page.screenshot({ path: join(SHOTS, 'sections.png') });

  // Undo (Ctrl+Z) puts Q3 back as it was and removes the new section, in the view and in the API.
  await page.keyboard.press('Control+z');
  await expect(headings).toHaveCount(5);
  await expect(youSaid).not.toHaveAttribute('data-heading');
  await ws.expectAllSaved();
  expect(await sectionsOf(host, id)).toEqual(before);
  // Redo does it again, under a new id.
  await page.keyboard.press('Control+Shift+z');
  await expect(headings).toHaveCount(6);
  await expect.poll(async () => (await sectionsOf(host, id)).length).toBe(6);
  await page.keyboard.press('Control+z');
  await expect(headings).toHaveCount(5);
  await expect.poll(() => sectionsOf(host, id)).toEqual(before);

  // Mid-speech, a section starts exactly at the selection (the offset is the stored text's).
  await ws.selectWithMouse('Except the time with the bicycle');
  await outline.startHere.click();
  await expect(headings).toHaveCount(6);
  await ws.expectAllSaved();
  const mid = (await sectionsOf(host, id)).find((s) => s.title.startsWith('Except the time'))!;
  expect(mid.start).toBe(stored.text.indexOf('Except the time with the bicycle'));
  await outline.status.getByRole('button', { name: 'Undo' }).click();
  await expect(headings).toHaveCount(5);
  await expect.poll(() => sectionsOf(host, id)).toEqual(before);

  // Delete: its text joins the section before; undo brings it back; redo deletes it again.
  const upset = before.find((s) => s.title === 'When upset as a child')!;
  const why = before.find((s) => s.title === 'Why parents behaved as they did')!;
  await outline.delete('Why parents behaved as they did');
  await expect(outline.status).toContainText(
    'Deleted “Why parents behaved as they did”; its text joined “When upset as a child”.',
  );
  await expect(headings).toHaveCount(4);
  await expect(ws.transcriptText.locator('.turn', { hasText: 'Looking back, why do you think' })).not.toHaveAttribute(
    'data-heading',
  );
  await ws.expectAllSaved();
  let after = await sectionsOf(host, id);
  expect(after.map((s) => s.title)).toEqual([
    'Family background',
    'Adjectives for mother',
    'When upset as a child',
    'Other close adults',
  ]);
  expect(after.find((s) => s.id === upset.id)!.end).toBe(why.end);
  await outline.status.getByRole('button', { name: 'Undo' }).click();
  await expect(headings).toHaveCount(5);
  await expect
    .poll(async () =>
      (await sectionsOf(host, id)).map(({ start, end, number, title }) => ({ start, end, number, title })),
    )
    .toEqual(before.map(({ start, end, number, title }) => ({ start, end, number, title })));
  await page.keyboard.press('Control+Shift+z');
  await expect(headings).toHaveCount(4);
  await ws.expectAllSaved();
  after = await sectionsOf(host, id);
  expect(after).toHaveLength(4);

  // Saved for good: a reload shows the same outline and headings.
  await page.reload();
  await expect(ws.transcriptText).toBeVisible();
  await expect(outline.rows).toHaveCount(4);
  expect(await outline.titles()).toEqual([
    'Family background',
    'Adjectives for mother',
    'When upset as a child',
    'Other close adults',
  ]);
  await expect(headings).toHaveCount(4);
  await expect(adjectives).toHaveAttribute('data-heading', 'Q3 · Adjectives for mother');
});

test('a lead edits metadata and hides "group" from coders; a coder sees neither the field nor the editing tools', async ({
  page,
  host,
  tmp,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  const { coder } = await seed(host, tmp);
  await page.goto(host.url);
  await new CoderPage(page).choose('L. Okafor');
  const ws = new WorkspacePage(page);
  await ws.importFile(MINI_FIXTURE);
  await expect(ws.transcriptText).toBeVisible();
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const id = summary!.id;

  // Read from the header lines at import.
  const meta = new MetadataEditorPage(page);
  await expect(meta.fact('participantCode')).toContainText('SYN-0001');
  await expect(meta.fact('interviewer')).toContainText('INT-07');

  await meta.open();
  await expect(meta.field('Participant code')).toHaveValue('SYN-0001');
  await expect(meta.field('Interview date')).toHaveValue('2024-03-14');
  await expect(meta.dialog.getByText('coders never see the field')).toBeVisible();
  await meta.field('Interviewer').fill('INT-08');
  await meta.addField('group', 'B');
  await meta.addField('Wave', '2');
  await meta.hideToggle('group').check();
  // A bad date stops saving with a clear message.
  await meta.field('Interview date').fill('14/03/2024');
  await expect(meta.dialog.getByRole('alert')).toHaveText('Write the interview date as YYYY, YYYY-MM or YYYY-MM-DD.');
  await expect(meta.dialog.getByRole('button', { name: 'Save' })).toBeDisabled();
  await meta.field('Interview date').fill('2024-03');
  await page.screenshot({ path: join(SHOTS, 'metadata.png') });
  await meta.save();
  await ws.expectAllSaved();

  // The lead sees the hidden field, marked; the API (as the lead) has everything and the setting.
  await expect(meta.fact('group')).toContainText('hidden from coders');
  await expect(meta.fact('group')).toHaveClass(/fact--hidden/);
  await expect(meta.fact('interviewer')).toContainText('INT-08');
  await expect(meta.fact('interviewDate')).toContainText('2024-03');
  await page.screenshot({ path: join(SHOTS, 'metadata-lead.png') });
  const asLead = await api<Transcript>(host, 'transcript-get', { id });
  expect(asLead.metadata).toEqual({
    participantCode: 'SYN-0001',
    interviewDate: '2024-03',
    interviewer: 'INT-08',
    group: 'B',
    Wave: '2',
  });
  expect((await api<ProjectSettings>(host, 'settings-get')).hiddenMetadataFields).toEqual(['group']);

  // Undo and redo the save as one step (metadata and the hidden-field setting together).
  await page.locator('main.reader h2').click(); // focus out of any field: text fields keep their own undo
  await page.keyboard.press('Control+z');
  await expect(meta.fact('group')).toHaveCount(0);
  await expect(meta.fact('interviewer')).toContainText('INT-07');
  await ws.expectAllSaved();
  expect((await api<Transcript>(host, 'transcript-get', { id })).metadata).toEqual({
    participantCode: 'SYN-0001',
    interviewDate: '2024-03-14',
    interviewer: 'INT-07',
  });
  expect((await api<ProjectSettings>(host, 'settings-get')).hiddenMetadataFields).toEqual([]);
  await page.keyboard.press('Control+Shift+z');
  await expect(meta.fact('group')).toContainText('hidden from coders');
  await ws.expectAllSaved();
  expect((await api<ProjectSettings>(host, 'settings-get')).hiddenMetadataFields).toEqual(['group']);

  // Switch to a coder: the field is not on screen and not in what the API gives this window.
  await page.getByRole('button', { name: 'Coding as L. Okafor. Switch coder' }).click();
  await new CoderPage(page).choose('C. Mbeki');
  await ws.expectVisible('study', 'C. Mbeki');
  await expect(ws.transcriptText).toBeVisible();
  await expect(meta.fact('interviewer')).toContainText('INT-08');
  await expect(meta.fact('Wave')).toContainText('2');
  await expect(meta.fact('group')).toHaveCount(0);
  await expect(page.getByRole('main', { name: 'Transcript' })).not.toContainText('group');
  await expect(page.getByText('hidden from coders')).toHaveCount(0);
  await expect(meta.editButton).toHaveCount(0);
  await page.screenshot({ path: join(SHOTS, 'metadata-coder.png') });
  const outline = new SectionsOutlinePage(page);
  await expect(outline.rows).toHaveCount(5);
  await expect(outline.startHere).toHaveCount(0);
  await expect(outline.region.getByRole('button', { name: /^Rename / })).toHaveCount(0);
  const asCoder = await api<Transcript>(host, 'transcript-get', { id });
  expect(asCoder.metadata).toEqual({
    participantCode: 'SYN-0001',
    interviewDate: '2024-03',
    interviewer: 'INT-08',
    Wave: '2',
  });
  expect((await api<{ coder: Coder | null }>(host, 'session-get')).coder?.id).toBe(coder.id);
  // The services refuse a coder's section edits too, not only the UI.
  await expect(api(host, 'section-delete', { id: (await sectionsOf(host, id))[0]!.id })).rejects.toThrow(
    /refused: changing question sections needs a lead or trainer/,
  );

  // After a reload (still the coder): the same, from the saved project.
  await page.reload();
  await expect(ws.transcriptText).toBeVisible();
  await expect(meta.fact('interviewer')).toContainText('INT-08');
  await expect(meta.fact('group')).toHaveCount(0);
  expect((await api<Transcript>(host, 'transcript-get', { id })).metadata).not.toHaveProperty('group');
  // This page load never opened the import dialog: the reader's own styles still draw marks and headings.
  await expect(ws.transcriptText.locator('.tmark--pause')).toHaveCSS('font-style', 'italic');
  const heading = await ws.transcriptText
    .locator('[data-heading]')
    .first()
    .evaluate((el) => getComputedStyle(el, '::before').content);
  expect(heading).toBe('"Family background"');
  await page.screenshot({ path: join(SHOTS, 'reader-without-dialog.png') });
});
