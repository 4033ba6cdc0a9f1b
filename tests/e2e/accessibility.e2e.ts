import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { REPO_ROOT } from './helpers/host.ts';
import { CodebookEditorPage } from './pages/codebook-editor-page.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'transcripts', 'syn-0002-int-subj.txt');

/**
 * axe-core on the page as it stands: no serious or critical violation. Every rule runs (none is disabled);
 * each finding is listed with the elements it names, so a failure says what to fix.
 */
const found: string[] = [];

async function expectNoSeriousViolations(page: Page, screen: string) {
  await page.waitForTimeout(250); // let transitions settle: colour checks read the painted colours
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 6)
          .join('\n    ')}`,
    );
  // Gathered, and checked at the end of the test: one run lists every screen's findings.
  if (serious.length) found.push(`${screen}: axe found\n${serious.join('\n')}`);
}

test('axe: every screen and dialog of the demo study, from the start screen on', async ({ page, host }) => {
  // About 90 s on a quiet machine; every screen and dialog in one walk, so room for a loaded one.
  test.setTimeout(360_000);
  await page.goto(host.url);
  const start = new StartPage(page);
  await expect(start.demoButton).toBeVisible();
  await expectNoSeriousViolations(page, 'start screen');

  await page.getByRole('region', { name: 'Open a project' }).getByRole('button', { name: 'Browse…' }).click();
  await expect(page.getByRole('dialog', { name: 'Open a project' }).getByRole('status')).not.toHaveText(/Reading/);
  await expectNoSeriousViolations(page, 'file picker (open)');
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'New project' }).getByRole('button', { name: 'Browse…' }).click();
  await expect(page.getByRole('dialog', { name: 'New project' }).getByLabel('File name')).toBeVisible();
  await expectNoSeriousViolations(page, 'file picker (new)');
  await page.keyboard.press('Escape');

  await start.openDemo();
  await expect(page.getByRole('heading', { name: 'Who is coding?' })).toBeVisible();
  await expectNoSeriousViolations(page, 'who is coding (demo study)');
  await new CoderPage(page).choose('Alex');

  const ws = new WorkspacePage(page);
  await ws.openTranscript('SYN-0201');
  await ws.transcriptText.locator('.hl').first().click();
  await expect(ws.details).toBeVisible();
  await expectNoSeriousViolations(page, 'coding with a highlight open');

  const panel = new CodingPanelPage(page);
  await panel.open('Scores');
  await expectNoSeriousViolations(page, 'score sheet');
  await panel.open('Classification');
  await expectNoSeriousViolations(page, 'classification');
  await panel.open('Memo');
  await expectNoSeriousViolations(page, 'memo');

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: /Keyboard shortcuts/ })).toBeVisible();
  await expectNoSeriousViolations(page, 'keyboard shortcuts');
  await page.keyboard.press('Escape');

  const importer = await ws.chooseImportFiles(FIXTURE);
  await expect(importer.dialog).toBeVisible();
  await expect(importer.dialog.getByText(/turns?/).first()).toBeVisible();
  await expectNoSeriousViolations(page, 'import preview');
  await page.keyboard.press('Escape');

  await new CodebookEditorPage(page).open();
  await expectNoSeriousViolations(page, 'codebook editor');
  await page.keyboard.press('Escape');

  const mc = new MultiCoderPage(page);
  await mc.open('Agreement');
  await expect(mc.results).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousViolations(page, 'agreement');
  await mc.open('Review');
  await expect(mc.disagreementList.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
  await expectNoSeriousViolations(page, 'review');
  await mc.open('Consensus');
  await expect(page.getByTestId('cs-class-consensus')).toBeVisible();
  await expectNoSeriousViolations(page, 'consensus');
  await mc.open('Training');
  await expect(page.getByTestId('trainee-row')).toHaveCount(1);
  await expectNoSeriousViolations(page, 'training');
  await mc.open('Study');
  await expect(page.getByRole('heading', { name: 'Study', level: 1 })).toBeVisible();
  await expectNoSeriousViolations(page, 'study');
  await page.getByRole('toolbar', { name: 'Study actions' }).getByRole('button', { name: 'Write packages…' }).click();
  const write = page.getByRole('dialog', { name: 'Write coder packages' });
  await expectNoSeriousViolations(page, 'write coder packages');
  await write.getByRole('button', { name: 'Browse…' }).click();
  const folder = page.getByRole('dialog', { name: 'Folder for the packages' });
  await folder.getByRole('button', { name: 'New folder…' }).click();
  await expect(folder.getByLabel('New folder name')).toBeFocused();
  await expectNoSeriousViolations(page, 'file picker (folder, new folder)');
  await folder.getByRole('button', { name: 'Cancel' }).last().click();
  await expect(folder).toBeHidden();
  await write.getByRole('button', { name: 'Cancel' }).click();
  await mc.open('Project settings');
  await expectNoSeriousViolations(page, 'project settings');
  await page.getByRole('tab', { name: 'Segments' }).click();
  await expect(page.getByRole('tab', { name: 'Segments' })).toHaveAttribute('aria-selected', 'true');
  await page.waitForTimeout(500);
  await expectNoSeriousViolations(page, 'segments');
  expect(found).toEqual([]);
});

test('highlights are announced with their code, and margin bars carry their code in their name', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await new StartPage(page).openDemo();
  await new CoderPage(page).choose('Alex');
  const ws = new WorkspacePage(page);
  await ws.openTranscript('SYN-0201');
  const first = ws.transcriptText.locator('.hl').first();
  await expect(first).toBeVisible();
  // The highlighted text names its code(s) for assistive technology, not by colour alone.
  await first.click();
  const label = ((await ws.details.locator('.hl-card-code').first().textContent()) ?? '').trim();
  expect(label).not.toBe('');
  await expect(first).toHaveAttribute(
    'aria-description',
    new RegExp(`^Highlighted: (.*; )?${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
  );
  // The accessibility tree gives the margin bar its code as its name.
  await expect(ws.transcriptText.getByRole('img', { name: `Highlight: ${label}` }).first()).toBeAttached();
  await expect(ws.transcriptText.getByRole('img', { name: `Highlight: ${label}` }).first()).toHaveAttribute(
    'title',
    label,
  );
});
