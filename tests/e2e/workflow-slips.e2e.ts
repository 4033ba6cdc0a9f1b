import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { ConsensusRecord } from '../../shared/api/consensus.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { fixture } from './helpers/multi-coder-seed.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import type { ImportDialogPage } from './pages/import-dialog.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const PHRASE = 'She was at work mostly, I sorted myself out.';

test('slips: consensus Enter saves, an identical highlight accepted twice stays one, a refused coding file is no failed save, an invalid rating says so at the field', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(150_000);
  // Setup over the API: Ada (lead) and Ben marked the same passage with the same code and rated coherence.
  await api(host, 'project-create', { path: join(tmp, 'slips.attune') });
  const ada = await api<Coder>(host, 'coder-create', { name: 'Ada', role: 'lead' });
  await api(host, 'session-set-coder', { coderId: ada.id });
  const ben = await api<Coder>(host, 'coder-create', { name: 'Ben', role: 'coder' });
  const ts: TranscriptSummary[] = [];
  for (const f of [MINI_FIXTURE, fixture('syn-0002-int-subj.txt')])
    ts.push(
      await api<TranscriptSummary>(host, 'transcript-import-text', {
        fileName: f.split('/').pop(),
        text: readFileSync(f, 'utf8'),
      }),
    );
  const t1 = ts[0]!;
  const text = (await api<Transcript>(host, 'transcript-get', { id: t1.id })).text;
  for (const [c, coh] of [
    [ada, 5],
    [ben, 6],
  ] as const) {
    await api(host, 'session-set-coder', { coderId: c.id });
    await api(host, 'annotation-create', {
      transcriptId: t1.id,
      coderId: c.id,
      codeId: 'idealization.unsupported_adjective',
      start: text.indexOf(PHRASE),
      end: text.indexOf(PHRASE) + PHRASE.length,
    });
    for (const t of ts)
      await api(host, 'rating-set', {
        transcriptId: t.id,
        coderId: c.id,
        scaleId: 'coh.transcript',
        target: 'transcript',
        value: coh,
      });
  }

  await page.goto(host.url);
  await new CoderPage(page).choose('Ada');
  const ws = new WorkspacePage(page);
  const mc = new MultiCoderPage(page);
  await mc.open('Consensus');
  const transcript = page.getByRole('combobox', { name: 'Transcript' });
  await transcript.selectOption({ label: t1.title });

  // Ada's highlight, then Ben's identical one: one consensus highlight, from Ada.
  const accept = async (name: string) => {
    await page.getByRole('button', { name }).click();
    await page.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Accept', exact: true })).toHaveCount(0);
  };
  await accept('Accept Ada’s Idealisation: unsupported adjective highlight');
  await expect(page.getByTestId('cs-consensus-highlights').getByRole('listitem')).toHaveCount(1);
  await accept('Accept Ben’s Idealisation: unsupported adjective highlight');
  await ws.expectAllSaved();
  await expect(page.getByTestId('cs-consensus-highlights').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByTestId('cs-consensus-highlights')).toContainText('accepted from Ada');

  // A consensus value typed and confirmed with Enter is saved; before Enter the header says it is not.
  await accept('Accept Ben’s Coherence of transcript');
  const value = page.getByRole('spinbutton', { name: 'Consensus Coherence of transcript' });
  await expect(value).toHaveValue('6');
  await value.click();
  await value.press('ControlOrMeta+a');
  await page.keyboard.type('4');
  await expect(ws.saveStatus).toHaveText('1 edit not saved');
  await page.keyboard.press('Enter');
  await expect(ws.saveStatus).toHaveText('All changes saved');
  await expect(page.getByRole('row', { name: /Coherence of transcript/ })).toContainText('edited (from Ben)');
  await transcript.selectOption({ label: ts[1]!.title });
  await transcript.selectOption({ label: t1.title });
  await expect(value).toHaveValue('4');
  const record = await api<ConsensusRecord>(host, 'consensus-get', { transcriptId: t1.id });
  expect(record.ratings.map((r) => r.value)).toEqual([4]);
  expect(record.annotations).toHaveLength(1);

  // Import coding…: a transcript picked by mistake is refused in its row; nothing failed to save.
  await mc.open('Project settings');
  await mc.importCoding(MINI_FIXTURE);
  await expect(mc.importResults()).toContainText('syn-0001-mini.txt');
  await expect(mc.importResults().getByRole('alert')).toBeVisible();
  await expect(ws.saveStatus).toHaveText('All changes saved');
  await expect(ws.errorBanner).toHaveCount(0);

  // An invalid rating: the field says it was not saved and what is allowed; so does the header.
  await mc.open('Coding');
  await ws.openTranscript(t1.title);
  const panel = new CodingPanelPage(page);
  await panel.open('Scores');
  await panel.typeRating('Coherence of transcript', 'Transcript', '12');
  const field = panel.rating('Coherence of transcript', 'Transcript');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const said = page.locator(`#${await field.getAttribute('aria-describedby')}`);
  await expect(said).toHaveText('Not saved. 12 is outside the scale: type a number from 1 to 9 in steps of 0.5.');
  await expect(ws.saveStatus).toHaveText('1 edit not saved');
  await panel.typeRating('Coherence of transcript', 'Transcript', '4.3');
  await expect(said).toContainText('Not saved. 4.3 is between steps');
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('5');
  await expect(ws.saveStatus).toHaveText('All changes saved');
});

test('import dialog: counts only importable files, and offers the labels it sees when a long text has too few turns', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(120_000);
  const qa = join(tmp, 'syn-0301-qa.txt');
  const answer = 'I remember the garden and the long summers, and my mother was often busy with the shop. ';
  writeFileSync(
    qa,
    `SYNTHETIC - NOT REAL DATA\nI: Shall we begin?\n${Array.from({ length: 8 }, (_, i) => `Q: Question ${i + 1}, about your childhood?\nA: ${answer.repeat(6)}\n`).join('')}`,
  );
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'import.attune'));
  await new CoderPage(page).createCoder('M. Lindqvist');
  const ws = new WorkspacePage(page);
  const dialog: ImportDialogPage = await ws.chooseImportFiles([
    MINI_FIXTURE,
    qa,
    fixture('bad/binary.txt'),
    fixture('bad/empty.txt'),
  ]);
  await dialog.expectAllRead();
  const foot = dialog.dialog.getByRole('status').filter({ hasText: /ready to import/ });
  await expect(foot).toHaveText('2 files ready to import; 2 cannot be imported (marked in the list).');
  await expect(dialog.importButton).toHaveText('Import 2');

  // The Q:/A: transcript: a warning, and the labels offered.
  await dialog.fileButton('syn-0301-qa.txt').click();
  await expect(dialog.preview.getByTestId('turn-count')).toHaveText('1 turn');
  await expect(dialog.preview).toContainText(/Only 1 speaker turn found in [\d,]+ words/);
  await expect(dialog.preview).toContainText('Labels seen at line starts: Q:, A:');
  await dialog.preview.getByRole('button', { name: 'Use Q:, A: as speaker labels' }).click();
  await expect(dialog.preview.getByTestId('turn-count')).toHaveText('17 turns');
  await expect(dialog.preview).not.toContainText('Labels seen at line starts');

  await dialog.importButton.click();
  await expect(dialog.results).toContainText(/2 imported/);
});

test('closing a project: its own change notice, answered late, does not move the focus from the Open field being typed in', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(90_000);
  const path = join(tmp, 'close.attune');
  await page.goto(host.url);
  const start = new StartPage(page);
  await start.createProject(path);
  await new CoderPage(page).createCoder('Ada');
  const ws = new WorkspacePage(page);
  await expect(ws.header.getByRole('heading', { name: 'close' })).toBeVisible();

  // The order the failure needs, made certain: the host's "project changed" notice reaches the page while it
  // still shows the project, and the page's question about what is open is answered after the start screen is up.
  const notice = page.waitForResponse(
    async (r) => r.url().includes('/api/app-wait-event') && (await r.text()).includes('project-changed'),
  );
  let shown = () => {};
  const startShown = new Promise<void>((r) => (shown = r));
  await page.route('**/api/project-close', async (route) => {
    const response = await route.fetch();
    await notice;
    await page.waitForTimeout(100); // the page has handled the notice and asked what is open
    await route.fulfill({ response });
    setTimeout(shown, 300);
  });
  await page.route('**/api/project-get-current', async (route) => {
    const response = await route.fetch();
    await startShown;
    await route.fulfill({ response });
  });

  await ws.closeProject();
  await expect(start.openPath).toBeFocused();
  await page.keyboard.type(path.slice(0, 10));
  await startShown;
  await page.waitForTimeout(300); // the late answer is handled
  await expect(start.openPath).toBeFocused();
  await page.keyboard.type(path.slice(10));
  await expect(start.openPath).toHaveValue(path);
  await expect(start.createPath).toHaveValue('');
  await page.unrouteAll({ behavior: 'wait' });
  await page.keyboard.press('Enter');
  await expect(ws.header.getByRole('heading', { name: 'close' })).toBeVisible();
});
