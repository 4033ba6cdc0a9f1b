import { expect, test } from './fixtures.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { StudyPage } from './pages/study-page.ts';

test('a fresh profile opens the demo study in one click; dashboard, review, consensus and training show its figures', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  const start = new StartPage(page);
  // No recent projects: the demo is offered first and prominently, named for what it is.
  await expect(start.recent).toHaveCount(0);
  await expect(start.demoCard).toHaveClass(/demo-card-prominent/);
  await expect(start.demoCard).toContainText('SYNTHETIC – NOT REAL DATA');
  await expect(page.getByRole('button').first()).toHaveText('Open the demo study');
  await start.openDemo();

  // The coder picker lists the demo's coders with their roles; the lead sees every view.
  const list = page.locator('ul.coder-list');
  for (const name of ['Alex', 'Sam', 'Robin']) await expect(list).toContainText(name);
  await new CoderPage(page).choose('Alex');
  await expect(page.getByRole('note')).toContainText('SYNTHETIC – NOT REAL DATA');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('SYNTHETIC demo study');

  const mc = new MultiCoderPage(page);
  await mc.open('Agreement');
  await expect(mc.results).toBeVisible({ timeout: 30_000 });
  // Alex and Sam by default (the trainee and the consensus are left out), agreeing on both overlapping transcripts.
  await expect(page.getByText('4 transcripts · Alex, Sam · codebook aai-default@1')).toBeVisible();
  // A coder's name is shown whole beside a long role note, which gives way; the tooltip holds both.
  const consensus = page.locator('.check-list label', { hasText: 'Consensus' });
  await expect(consensus).toHaveAttribute('title', 'Consensus: consensus (not independent)');
  const nameShown = await consensus.locator('.check-label').evaluate((e) => e.scrollWidth <= e.clientWidth);
  expect(nameShown).toBe(true);
  const headline = page.getByTestId('headline-card');
  await expect(headline).toContainText('100.0%');
  await expect(headline).toContainText('n = 2');
  // The headline level by its name in the list and what it means beneath (the whole label did not fit the panel).
  const level = page.getByRole('combobox', { name: 'Headline level' });
  await expect(level.locator('option:checked')).toHaveText('3-way');
  await expect(level).toHaveAccessibleDescription('F/Ds/E; U and CC under their alternative');
  expect(await level.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  await level.selectOption({ label: '2-way' });
  await expect(level).toHaveAccessibleDescription('F vs non-F');
  await mc.compute();
  await expect(headline).toContainText('Classification, 2-way');
  await level.selectOption({ label: '3-way' });
  await mc.compute();
  await expect(headline).toContainText('Classification, 3-way');
  await expect(page.getByText(/^Passages, uα/i).locator('..')).toContainText(/0\.\d{3}/);

  await mc.open('Review');
  await expect(mc.disagreementList.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Alex: F3a; Sam: F3b', { exact: false })).toBeVisible();

  await mc.open('Consensus');
  await expect(page.getByTestId('cs-class-consensus')).toContainText('F3a');
  await expect(page.getByTestId('cs-class-Alex')).toContainText('F3a');
  await expect(page.getByTestId('cs-class-Sam')).toContainText('F3b');

  await mc.open('Training');
  await expect(page.getByTestId('trainee-row')).toHaveCount(1);
  await expect(page.getByTestId('trainee-row')).toContainText('SYN-0203');
  await expect(page.getByTestId('trainee-agreement')).toHaveText('100.0%');
  await expect(page.getByTestId('trainee-verdict')).toContainText('PASS');
});

test('the demo stays offered first, as one line, once there are recent projects; the trainee sees only their own coding', async ({
  page,
  host,
}) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  const start = new StartPage(page);
  await start.openDemo();
  await new CoderPage(page).choose('Robin');
  await page.getByRole('button', { name: 'Close project' }).click();

  await expect(start.recent).toBeVisible();
  await expect(start.recentEntry('SYNTHETIC demo study')).toBeVisible();
  await expect(start.demoCard).not.toHaveClass(/demo-card-prominent/);
  await expect(page.getByRole('button').first()).toHaveText('Open the demo study');

  // Opened again it is rebuilt; Robin, a trainee, reviews only their own coding.
  await start.openDemo();
  await new CoderPage(page).choose('Robin');
  const mc = new MultiCoderPage(page);
  await mc.open('Review');
  await expect(page.getByText(/a trainee sees only their own coding/)).toBeVisible();
  await expect(page.getByTestId('review-columns')).toHaveCount(0);
  await expect(page.getByText('Alex: F3a; Sam: F3b', { exact: false })).toHaveCount(0);
});

test('from a fresh profile, one click opens the demo and its Study tab shows the plan and the progress', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await new StartPage(page).openDemo();
  await new CoderPage(page).choose('Alex');
  const study = new StudyPage(page);
  await study.open();
  // The plan behind the demo's coding: seed 28, half the transcripts double-coded, each coder where they coded.
  await expect(study.plan.getByRole('rowheader')).toHaveText(['SYN-0201', 'SYN-0202', 'SYN-0203', 'SYN-0204']);
  await expect(study.form.getByRole('textbox', { name: 'Seed' })).toHaveValue('28');
  await expect(study.form.getByRole('spinbutton', { name: 'Double-coded' })).toHaveValue('50');
  await expect(page.getByText('Pairs: Alex + Sam 2.', { exact: false })).toBeVisible();
  const roles = { P: 'Primary', S: 'Second', '-': '·' } as const;
  for (const [title, alex, sam] of [
    ['SYN-0201', 'P', 'S'],
    ['SYN-0202', 'S', 'P'],
    ['SYN-0203', 'P', '-'],
    ['SYN-0204', '-', 'P'],
  ] as const) {
    await expect(study.cell('Alex', title)).toHaveText(roles[alex]);
    await expect(study.cell('Sam', title)).toHaveText(roles[sam]);
    await expect(await study.progressCell('Alex', title)).toHaveText(alex === '-' ? '—' : /Complete/);
    await expect(await study.progressCell('Sam', title)).toHaveText(sam === '-' ? '—' : /Complete/);
  }
  await expect(study.progress.locator('tfoot')).toContainText('3 of 3 complete');
  // Blind coding is off in the demo (everyone's finished work is visible), so there is nothing to reveal.
  await expect(study.progress.getByRole('button', { name: /^Reveal/ })).toHaveCount(0);
});
