import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { makeLabProject, type LabProjectOptions } from '../../../scripts/lab-project.ts';
import { CoderPage } from '../pages/coder-page.ts';
import { MultiCoderPage } from '../pages/multi-coder-page.ts';
import type { Host } from './host.ts';

/** A generated lab project served and opened as Coder 01 on the Agreement view, its figures shown. */
export async function openLabDashboard(
  page: Page,
  o: { tmp: string; launchHost: (project?: string) => Promise<Host> },
  lab: Omit<LabProjectOptions, 'path'>,
): Promise<{ host: Host; mc: MultiCoderPage }> {
  const path = join(o.tmp, 'lab.attune');
  makeLabProject({ path, ...lab });
  const host = await o.launchHost(path);
  await page.goto(host.url);
  await new CoderPage(page).choose('Coder 01');
  const mc = new MultiCoderPage(page);
  await mc.open('Agreement');
  await expect(mc.results).toBeVisible({ timeout: 60_000 });
  return { host, mc };
}
