/**
 * The Study view for the README, at 1440×900 (ATTUNE_SHOT_SIZE=1280x720 for the smaller window).
 * Not part of `npm test`; run after `npm run build`:
 *   npx playwright test -c tests/e2e/screenshots.config.ts study.shots
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { StudyGrid } from '../../shared/api/study.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { StudyPage } from './pages/study-page.ts';
import { shotsDir } from './helpers/shots.ts';

test('screenshot of the Study view', async ({ page, host, tmp }) => {
  const out = shotsDir();
  const size = process.env['ATTUNE_SHOT_SIZE'] ?? '1440x900';
  const [w, h] = size.split('x').map(Number);
  await page.setViewportSize({ width: w!, height: h! });
  await api(host, 'project-create', { path: join(tmp, 'Pilot study.attune') });
  const lead = await api<Coder>(host, 'coder-create', { name: 'L. Okafor', role: 'lead' });
  await api(host, 'session-set-coder', { coderId: lead.id });
  await api(host, 'settings-update', { blindMode: true });
  const mini = readFileSync(MINI_FIXTURE, 'utf8');
  const ts: TranscriptSummary[] = [];
  for (let i = 1; i <= 8; i++) {
    const t = await api<TranscriptSummary>(host, 'transcript-import-text', {
      fileName: `SYN-00${10 + i}.txt`,
      text: `${mini}\nI: Thank you (${i}).\n`,
    });
    await api(host, 'transcript-update-metadata', {
      id: t.id,
      metadata: { fields: { group: i % 2 ? 'clinical' : 'community' } },
    });
    ts.push(t);
  }
  const grid = await api<StudyGrid>(host, 'study-plan', {
    coders: ['M. Ruiz', 'S. Chen', 'A. Novak'],
    overlap: 0.25,
    seed: 20260,
    stratify: 'group',
  });
  // Some progress: each coder starts and finishes a few of theirs.
  for (const [i, t] of grid.transcripts.entries()) {
    const [first, second] = t.coders;
    await api(host, 'session-set-coder', { coderId: first });
    await api(host, 'status-set', { transcriptId: t.id, coderId: first, status: i % 3 ? 'in-progress' : 'complete' });
    if (second) {
      await api(host, 'session-set-coder', { coderId: second });
      await api(host, 'status-set', { transcriptId: t.id, coderId: second, status: 'complete' });
    }
  }
  await api(host, 'session-set-coder', { coderId: null });
  await page.goto(host.url);
  await new CoderPage(page).choose('L. Okafor');
  const study = new StudyPage(page);
  await study.open();
  await study.plan.waitFor();
  await page.screenshot({ path: join(out, `study-${size}.png`), fullPage: false });
});
