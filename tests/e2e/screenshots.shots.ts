/**
 * Walks the UI through the coding loop and saves screenshots at 1440×900 to docs/screenshots/
 * (or $ATTUNE_SHOTS_DIR). Run with: npx playwright test -c tests/e2e/screenshots.config.ts
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from '@playwright/test';
import { CoderPage } from './pages/coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';
import { REPO_ROOT, startHost, tempDir } from './helpers/host.ts';

test('screenshots of every screen', async ({ page }) => {
  const out = resolve(process.env['ATTUNE_SHOTS_DIR'] ?? join(REPO_ROOT, 'docs', 'screenshots'));
  mkdirSync(out, { recursive: true });
  const tmp = tempDir('attune-shots-');
  const host = await startHost({ dataDir: join(tmp.path, 'data') });
  try {
    const shot = async (name: string) => {
      await page.waitForTimeout(250);
      await page.screenshot({ path: join(out, name) });
      console.log('saved', join(out, name));
    };
    await page.goto(host.url);
    const start = new StartPage(page);
    await start.expectVisible();
    await shot('start.png');

    await start.createProject(join(tmp.path, 'not-a-project.txt'));
    await shot('start-error.png');

    await start.createProject(join(tmp.path, 'Pilot study.attune'));
    const coder = new CoderPage(page);
    await coder.expectVisible();
    await shot('coder.png');
    await coder.createCoder('A. Rivera');

    const ws = new WorkspacePage(page);
    await ws.page.getByText('No transcript open').waitFor();
    await shot('workspace-empty.png');
    await ws.importFile(join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'syn-0001-mini.txt'));
    await ws.transcriptText.waitFor();

    await ws.selectWithMouse('She was at work mostly, I sorted myself out.');
    await shot('workspace-selection.png');
    await ws.codeButton('Idealisation: unsupported adjective').click();
    await ws.expectAllSaved();

    await ws.selectWithKeyboard('I sorted myself out. But she was loving', 38);
    await page.keyboard.press('q');
    await ws.expectAllSaved();
    await ws.selectWithMouse("I don't remember. I just don't remember childhood");
    await page.keyboard.press('r');
    await ws.selectWithMouse('Dad had a lot going on with work');
    await ws.codeButton('Metacognitive monitoring').click();
    await ws.selectWithMouse("I said strict earlier, but maybe that's how I saw it then.");
    await page.keyboard.press('j');
    await ws.expectAllSaved();
    await ws.selectWithMouse('sorted myself');
    await page.keyboard.press('1');
    await ws.expectAllSaved();
    await ws.clickPhrase('sorted myself');
    await ws.details.waitFor();
    await ws.card('Idealisation: unsupported adjective').getByLabel('Note').fill('Adjective "loving" not backed by any memory; the memory offered contradicts it.');
    await ws.card('Idealisation: unsupported adjective').getByLabel('Note').blur();
    await ws.expectAllSaved();
    await shot('workspace.png');
  } finally {
    await host.stop();
    tmp.cleanup();
  }
});
