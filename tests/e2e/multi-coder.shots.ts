/**
 * Screenshots of the multi-coder views (dashboard, review, consensus, settings) at 1440×900 into
 * docs/screenshots/ (or $ATTUNE_SHOTS_DIR). Not part of `npm test`. Run after `npm run build`:
 *   npx playwright test -c tests/e2e/screenshots.config.ts multi-coder
 */
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { seedMultiCoderProject } from './helpers/multi-coder-seed.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { shotsDir } from './helpers/shots.ts';

test('screenshots of the multi-coder views', async ({ page, host, tmp }) => {
  test.setTimeout(180_000);
  const out = shotsDir();
  const shot = async (name: string) => {
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(out, name) });
  };
  const files = [
    'syn-0001-mini.txt',
    'syn-0002-int-subj.txt',
    'syn-0003-interviewer-respondent.txt',
    'syn-0004-parent-absent.txt',
    'syn-0005-several-losses.txt',
    'syn-0006-no-loss.txt',
    'syn-0007-skipped-question.txt',
    'syn-0012-long-turn.txt',
    'syn-0013-realistic.txt',
  ];
  await seedMultiCoderProject(host, join(tmp, 'Reliability study.attune'), files);

  await page.goto(host.url);
  await new CoderPage(page).choose('Ada Lindqvist');
  const mc = new MultiCoderPage(page);
  await mc.open('Agreement');
  await expect(mc.results).toBeVisible({ timeout: 30_000 });
  await shot('dashboard.png');
  const dashMain = page.locator('.dash-main');
  await dashMain.evaluate((el) => el.scrollTo(0, (el.querySelector('#ds-scales') as HTMLElement).offsetTop - 16));
  await shot('dashboard-scales.png');
  await dashMain.evaluate((el) => el.scrollTo(0, (el.querySelector('#ds-passages') as HTMLElement).offsetTop - 16));
  await shot('dashboard-passages.png');

  await mc.open('Review');
  await page.getByRole('combobox', { name: 'Transcript' }).selectOption({ label: 'syn-0013-realistic' });
  await page.getByRole('checkbox', { name: 'Chen Wu' }).uncheck();
  await expect(mc.disagreementList).toBeVisible({ timeout: 30_000 });
  await mc.disagreementList.getByRole('button').filter({ hasText: 'Different codes' }).first().click();
  await page.waitForTimeout(900);
  await shot('review.png');

  await mc.open('Consensus');
  await page.getByRole('combobox', { name: 'Transcript' }).selectOption({ label: 'syn-0001-mini' });
  await page.getByRole('button', { name: 'Accept Ben Osei’s classification' }).click();
  await page
    .getByRole('textbox', { name: 'Rationale', exact: true })
    .fill('Idealisation of mother is not supported by memories; agreed in conference.');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Rationale', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: /^Accept Ada Lindqvist’s Coherence of transcript/ }).click();
  await page
    .getByRole('textbox', { name: 'Rationale', exact: true })
    .fill('Ada’s rating fits the contradictions in Q3.');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Rationale', exact: true })).toHaveCount(0);
  await page
    .getByRole('button', { name: /^Accept Ben Osei’s .* highlight$/ })
    .first()
    .click();
  await page.getByRole('textbox', { name: 'Rationale', exact: true }).fill('Insists twice on not remembering; agreed.');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Rationale', exact: true })).toHaveCount(0);
  await expect(page.getByTestId('cs-consensus-highlights')).toBeVisible();
  await mc.main.evaluate((el) => el.scrollTo(0, 0));
  await page
    .locator('.cs-hl-list')
    .first()
    .evaluate((el) => el.scrollTo(0, 0));
  await shot('consensus.png');

  await mc.open('Project settings');
  await shot('settings.png');
});
