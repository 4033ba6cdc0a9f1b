import { join } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { Classification } from '../../shared/api/classification.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { fixture } from './helpers/multi-coder-seed.ts';
import { pageApi } from './helpers/page-api.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const T1 = 'syn-0001-mini';
const T2 = 'syn-0002-int-subj';
const KEY_HIDDEN = /the trainer's key stays hidden until you submit your coding of this transcript/;

test('trainer mode: the key stays hidden from the trainee until they submit (UI and API); then the report shows the match', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'training.attune'));
  const coders = new CoderPage(page);
  // The project's first coder is its lead; Tara keys the transcripts.
  await coders.createCoderWithRole('Tara', 'lead');
  const ws = new WorkspacePage(page);
  const panel = new CodingPanelPage(page);
  const mc = new MultiCoderPage(page);
  await ws.importFile([MINI_FIXTURE, fixture('syn-0002-int-subj.txt')]);

  const classify = async (title: string, cls: string) => {
    await ws.openTranscript(title);
    await panel.open('Classification');
    await panel.primary(cls).click();
    await expect(panel.primary(cls)).toHaveAttribute('aria-pressed', 'true');
    await ws.expectAllSaved();
  };
  // The trainer's key: T1 F, T2 Ds.
  await classify(T1, 'F');
  await classify(T2, 'Ds');

  // Trainer mode on (80% at 3-way by default), Tara is the key coder of both transcripts.
  await mc.open('Project settings');
  await mc.trainerSwitch().click();
  await expect(mc.trainerSwitch()).toBeChecked();
  await mc.open('Training');
  for (const t of [T1, T2]) {
    await page.getByRole('combobox', { name: `Key coder for ${t}` }).selectOption({ label: 'Tara' });
    await expect(page.getByRole('combobox', { name: `Key coder for ${t}` })).toHaveValue(/.+/);
  }

  // The trainee codes: T1 F (matches the key), T2 E (does not).
  await ws.header.getByRole('button', { name: /Switch coder/ }).click();
  await coders.expectVisible();
  await coders.createCoderWithRole('Theo', 'trainee');
  await mc.open('Coding');
  await classify(T1, 'F');
  await classify(T2, 'E');

  const list = await api<TranscriptSummary[]>(host, 'transcript-list');
  const id = (title: string) => list.find((t) => t.title === title)!.id;
  const tara = (await api<Coder[]>(host, 'coder-list')).find((c) => c.name === 'Tara')!;

  // Before submitting: the key is refused over the API, the review says why, the report lists both as pending.
  expect(await pageApi(page, 'classification-get', { transcriptId: id(T1), coderId: tara.id })).toMatchObject({
    ok: false,
    error: { type: 'refused', message: expect.stringMatching(KEY_HIDDEN) },
  });
  expect(await pageApi(page, 'annotation-list', { transcriptId: id(T1), coderId: tara.id })).toMatchObject({
    ok: false,
    error: { type: 'refused' },
  });
  await mc.open('Review');
  await page.getByRole('combobox', { name: 'Transcript' }).selectOption({ label: T1 });
  await expect(page.getByRole('alert')).toContainText(KEY_HIDDEN);
  await mc.open('Training');
  const report = page.getByTestId('trainee-report');
  await expect(report.getByRole('row', { name: /syn-/ })).toHaveCount(0);
  await expect(report.locator('.pending')).toContainText(T1);
  await expect(report.locator('.pending')).toContainText(KEY_HIDDEN);
  await expect(page.getByTestId('trainee-verdict')).toContainText('no submitted transcript compared yet');

  // Submit T1 (the button explains first): the key for T1 opens, T2's stays closed.
  await page.getByRole('button', { name: `Submit ${T1}` }).click();
  await expect(page.getByText('Submit your coding? The key becomes visible.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByTestId('trainee-row')).toHaveCount(1);
  await expect(page.getByTestId('trainee-row').first()).toContainText('✓ match');
  await expect(page.getByTestId('trainee-verdict')).toContainText('PASS');
  await expect(page.getByTestId('trainee-agreement')).toHaveText('100.0%');
  const key = await pageApi(page, 'classification-get', { transcriptId: id(T1), coderId: tara.id });
  expect(key.ok && (key.value as Classification).primary).toBe('F');
  expect(await pageApi(page, 'classification-get', { transcriptId: id(T2), coderId: tara.id })).toMatchObject({
    ok: false,
    error: { type: 'refused' },
  });

  // Submit T2: a miss at 3-way (E against the key's Ds), running agreement 1/2 = 50% < 80%: not yet.
  await page.getByRole('button', { name: `Submit ${T2}` }).click();
  await page.getByRole('button', { name: 'Submit', exact: true }).click();
  await expect(page.getByTestId('trainee-row')).toHaveCount(2);
  await expect(page.getByTestId('trainee-row').nth(1)).toContainText('✗ E vs Ds');
  await expect(page.getByTestId('trainee-verdict')).toContainText('NOT YET');
  await expect(page.getByTestId('trainee-agreement')).toHaveText('50.0%');
  await expect(page.getByRole('img', { name: /Running agreement against the threshold 80.0%/ })).toBeVisible();
});
