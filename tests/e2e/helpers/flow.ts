import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CoderPage } from '../pages/coder-page.ts';
import { StartPage } from '../pages/start-page.ts';
import { WorkspacePage } from '../pages/workspace-page.ts';
import { REPO_ROOT, type Host } from './host.ts';

export const MINI_FIXTURE = join(REPO_ROOT, 'tests', 'e2e', 'fixtures', 'syn-0001-mini.txt');

/** Through the UI: create a project, add a coder, import the mini fixture and open it. */
export async function openFreshWorkspace(page: Page, host: Host, tmp: string): Promise<WorkspacePage> {
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'project.attune'));
  await new CoderPage(page).createCoder('B. Osei');
  const ws = new WorkspacePage(page);
  await ws.importFile(MINI_FIXTURE);
  await ws.openTranscript('syn-0001-mini');
  return ws;
}
