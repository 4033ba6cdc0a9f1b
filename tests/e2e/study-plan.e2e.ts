import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { StudyGrid } from '../../shared/api/study.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { pageApi } from './helpers/page-api.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { StudyPage } from './pages/study-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const META = { id: 'metacognition.monitoring', label: 'Metacognitive monitoring' };
const PHRASE = 'She was at work mostly, I sorted myself out.';

test('a lead plans 8 transcripts over 3 coders by clicking, edits a cell, follows progress and reveals one transcript', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(180_000);
  // A blind study with a lead, one coder already in the project and eight transcripts.
  await api(host, 'project-create', { path: join(tmp, 'study.attune') });
  const lee = await api<Coder>(host, 'coder-create', { name: 'Lee', role: 'lead' });
  await api(host, 'session-set-coder', { coderId: lee.id });
  await api(host, 'coder-create', { name: 'Ada', role: 'coder' });
  await api(host, 'settings-update', { blindMode: true });
  const mini = readFileSync(MINI_FIXTURE, 'utf8');
  for (let i = 1; i <= 8; i++)
    await api(host, 'transcript-import-text', { fileName: `SYN-000${i}.txt`, text: `${mini}\nI: Thank you (${i}).\n` });
  await api(host, 'session-set-coder', { coderId: null });

  await page.goto(host.url);
  const coders = new CoderPage(page);
  await coders.choose('Lee');
  const study = new StudyPage(page);
  await study.open();
  await expect(page.getByText('No plan yet: choose coders and propose one.')).toBeVisible();

  // The plan: Ada (offered, checked), two new coders typed in; 25% of 8 = 2 double-coded.
  await expect(study.coderBox('Ada')).toBeChecked();
  await expect(study.coderBox('Lee')).not.toBeChecked();
  await study.addCoder('Ben');
  await study.addCoder('Cy');
  await expect(study.form).toContainText('= 2 transcript(s)');
  await study.propose({ percent: 25, seed: 42 });
  await expect(study.plan.getByRole('row')).toHaveCount(9);
  await expect(page.getByText(/8 transcripts · 2 double-coded · seed 42/)).toBeVisible();
  await expect(study.plan.getByRole('button', { name: /: primary coder;/ })).toHaveCount(8);
  await expect(study.plan.getByRole('button', { name: /: second coder;/ })).toHaveCount(2);
  for (const name of ['Ben', 'Cy'])
    expect((await api<Coder[]>(host, 'coder-list')).find((c) => c.name === name)?.role).toBe('coder');
  // Workloads in the column headers: 8 primaries over 3 coders is 3, 3, 2.
  const heads = await study.plan.locator('thead .study-load').allTextContents();
  const primaries = heads.map((h) => Number(/(\d+) primary/.exec(h)?.[1] ?? -1));
  expect(primaries.filter((n) => n > 0).sort()).toEqual([2, 3, 3]);

  // Edit one cell: a single-coded transcript gets a second coder by a click, marked in words.
  const grid = await api<StudyGrid>(host, 'study-get');
  const name = (id: string) => grid.coders.find((c) => c.id === id)!.name;
  const single = grid.transcripts.find((t) => t.coders.length === 1 && name(t.coders[0]!) !== 'Ada')!;
  await study.cell('Ada', single.title).click();
  await expect(study.cell('Ada', single.title)).toHaveText('Second');
  await expect(page.getByText(/8 transcripts · 3 double-coded/)).toBeVisible();

  // Progress: Ada has not started; Reveal is disabled with the reason as its tooltip.
  await expect(study.progressRow(single.title)).toContainText('Not started');
  await expect(study.revealButton(single.title)).toBeDisabled();
  await expect(study.revealButton(single.title).locator('..')).toHaveAttribute('title', /waiting for .*Ada/);

  // Ada codes the transcript in the Coding view, as a user would.
  const ws = new WorkspacePage(page);
  await ws.switchCoder();
  await coders.choose('Ada');
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Coding', exact: true }).click();
  await ws.openTranscript(single.title);
  await new CodingPanelPage(page).open('Codes');
  await ws.selectWithMouse(PHRASE);
  await ws.codeButton(META.label).click();
  await ws.expectAllSaved();
  // Ada's Study view: her own row only, no plan form, no other coder.
  await study.open();
  await expect(study.form).toHaveCount(0);
  await expect(study.progressRow(single.title)).toContainText('In progress');
  await expect(study.progress.getByRole('columnheader')).toHaveText(['Transcript', 'Ada']);
  const mine = await pageApi(page, 'study-get-progress');
  expect(mine.ok && Object.keys((mine.value as { coders: unknown[] }).coders)).toHaveLength(1);

  // The lead sees the change.
  await ws.switchCoder();
  await coders.choose('Lee');
  await study.open();
  await expect(study.progressRow(single.title)).toContainText('In progress');

  // Both coders mark it complete (over the API, as their own windows would); Reveal becomes possible.
  const primary = single.coders[0]!;
  const ada = grid.coders.find((c) => c.name === 'Ada')!.id;
  for (const who of [primary, ada]) {
    await api(host, 'session-set-coder', { coderId: who });
    await api(host, 'status-set', { transcriptId: single.id, coderId: who, status: 'complete' });
  }
  await api(host, 'session-set-coder', { coderId: lee.id });
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Agreement', exact: true }).click();
  await expect(
    page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Agreement', exact: true }),
  ).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.study-view')).toHaveCount(0);
  await study.open();
  await expect(study.progressRow(single.title).getByText('Complete')).toHaveCount(2);
  await expect(study.revealButton(single.title)).toBeEnabled();
  await study.revealButton(single.title).click();
  await expect(page.locator('.study-notice')).toContainText(`${single.title} is revealed`);
  await expect(study.progressRow(single.title)).toContainText('Revealed');
  const log = await api<AuditEntry[]>(host, 'audit-list', { action: 'reveal' });
  expect(log).toMatchObject([{ actorName: 'Lee', subjectId: single.id, detail: { scope: 'transcript' } }]);

  // The other coder now sees Ada's highlight there (over the API, as the UI asks), and nowhere else.
  await api(host, 'session-set-coder', { coderId: primary });
  const seen = await api<Annotation[]>(host, 'annotation-list', { transcriptId: single.id });
  expect(seen.some((a) => a.codeId === META.id)).toBe(true);
  const others = (await api<TranscriptSummary[]>(host, 'transcript-list')).filter((t) => t.id !== single.id);
  for (const t of others) expect(await api<Annotation[]>(host, 'annotation-list', { transcriptId: t.id })).toEqual([]);
});
