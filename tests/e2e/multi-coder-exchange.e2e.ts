import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Coder } from '../../shared/api/coder.ts';
import type { CodingFile } from '../../shared/api/coding.ts';
import { expect, test } from './fixtures.ts';
import {
  cohenKappa,
  fixed,
  iccA1,
  meanAbsDiff,
  percent,
  percentAgreement,
  spanF1,
  withinTolerance,
} from './helpers/agreement-math.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api, type Host } from './helpers/host.ts';
import { fixture } from './helpers/multi-coder-seed.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const T1 = 'syn-0001-mini';
const T2 = 'syn-0002-int-subj';
const T3 = 'syn-0003-interviewer-respondent';
const ONLY_BEN = 'syn-0006-no-loss';
const TITLES = [T1, T2, T3] as const;
const SHARED = [MINI_FIXTURE, fixture('syn-0002-int-subj.txt'), fixture('syn-0003-interviewer-respondent.txt')];

const P1 = 'She was at work mostly, I sorted myself out.';
const P2 = "I don't remember. I just don't remember childhood";
const P3 = 'Dad had a lot going on with work';
const IDEAL = 'Idealisation: unsupported adjective';

/** What each coder enters through the UI: 3-way classification and Coherence of transcript per transcript. */
const CODING = {
  Ada: { [T1]: { cls: 'F', coherence: 5 }, [T2]: { cls: 'Ds', coherence: 3 }, [T3]: { cls: 'E', coherence: 7 } },
  Ben: { [T1]: { cls: 'F', coherence: 6 }, [T2]: { cls: 'Ds', coherence: 3 }, [T3]: { cls: 'Ds', coherence: 4 } },
} as const;

async function newMachine(page: Page, host: Host, projectPath: string, name: string, files: string[]) {
  await page.goto(host.url);
  await new StartPage(page).createProject(projectPath);
  // Alone on their machine, each is their project's first coder, so its lead.
  await new CoderPage(page).createCoderWithRole(name, 'lead');
  const ws = new WorkspacePage(page);
  await ws.expectVisible(projectPath.split('/').pop()!.replace('.attune', ''), name);
  await ws.importFile(files);
  return ws;
}

async function classifyAndRate(
  ws: WorkspacePage,
  panel: CodingPanelPage,
  title: string,
  cls: string,
  coherence: number,
) {
  await ws.openTranscript(title);
  await panel.open('Classification');
  await panel.primary(cls).click();
  await expect(panel.primary(cls)).toHaveAttribute('aria-pressed', 'true');
  await panel.open('Scores');
  await panel.typeRating('Coherence of transcript', 'Transcript', String(coherence));
  await ws.expectAllSaved();
}

test('two coders on two machines code the same transcripts, exchange .attune-coding files, and the dashboard shows the textbook figures', async ({
  page,
  host,
  tmp,
  launchHost,
}) => {
  test.setTimeout(240_000);
  const hostB = await launchHost();
  const pageB = await page.context().newPage();

  // ---- Machine A: Ada, the lead. Machine B: Ben, a coder, who also has a transcript Ada lacks.
  const wsA = await newMachine(page, host, join(tmp, 'lab.attune'), 'Ada', SHARED);
  const wsB = await newMachine(pageB, hostB, join(tmp, 'ben-laptop.attune'), 'Ben', [
    ...SHARED,
    fixture(`${ONLY_BEN}.txt`),
  ]);
  const panelA = new CodingPanelPage(page);
  const panelB = new CodingPanelPage(pageB);

  // Highlights on T1. Ada: P1 idealisation (mouse + button), P2 lack of recall (keyboard selection + hotkey r).
  await wsA.openTranscript(T1);
  await panelA.open('Codes');
  await wsA.selectWithMouse(P1);
  await wsA.codeButton(IDEAL).click();
  await wsA.selectWithKeyboard(P2, P2.length);
  await page.keyboard.press('r');
  await expect(wsA.highlights('lack_of_recall.insistence')).not.toHaveCount(0);
  // Ben: P1 idealisation too (identical span), P2 with a different code (metacognitive monitoring, j), P3 only he marked.
  await wsB.openTranscript(T1);
  await panelB.open('Codes');
  await wsB.selectWithMouse(P1);
  await wsB.codeButton(IDEAL).click();
  await wsB.selectWithMouse(P2);
  await pageB.keyboard.press('j');
  await wsB.selectWithKeyboard(P3, P3.length);
  await pageB.keyboard.press('j');
  await expect(wsB.page.getByTestId('my-highlight-count')).toHaveText('3 highlights by you');

  for (const t of TITLES) {
    await classifyAndRate(wsA, panelA, t, CODING.Ada[t].cls, CODING.Ada[t].coherence);
    await classifyAndRate(wsB, panelB, t, CODING.Ben[t].cls, CODING.Ben[t].coherence);
  }
  await classifyAndRate(wsB, panelB, ONLY_BEN, 'F', 5);

  // ---- Ben exports everything he coded: the file carries hashes and codes, no transcript text.
  const mcB = new MultiCoderPage(pageB);
  await mcB.open('Project settings');
  const everything = await mcB.exportMyCoding();
  expect(everything.name).toMatch(/^Ben-\d{4}-\d{2}-\d{2}\.attune-coding$/);
  const file = JSON.parse(readFileSync(everything.path, 'utf8')) as CodingFile;
  expect(file.transcripts.map((t) => t.title).sort()).toEqual([T1, T2, T3, ONLY_BEN].sort());
  expect(file.transcripts.every((t) => t.text === undefined && /^[0-9a-f]{64}$/.test(t.hash))).toBe(true);

  // ---- Ada imports it: one transcript is not in her project, so nothing at all is imported, and the report says why.
  const mcA = new MultiCoderPage(page);
  await mcA.open('Project settings');
  await mcA.importCoding({
    name: everything.name,
    mimeType: 'application/json',
    buffer: readFileSync(everything.path),
  });
  await expect(mcA.importResults()).toHaveCount(1);
  await expect(mcA.importResults()).toContainText(`"${ONLY_BEN}"`);
  await expect(mcA.importResults()).toContainText('is not in this project');
  await expect(mcA.importResults()).toContainText('nothing was imported');
  await expect(mcA.importResults()).toContainText('3 of the 4 transcripts match this project');
  expect((await api<Coder[]>(host, 'coder-list')).map((c) => c.name)).toEqual(['Ada']);
  // She imports the three that match, leaving out the one she lacks; the report says so.
  await mcA.importMatching('Import the 3 transcripts that match, leaving out 1');
  await expect(mcA.importResults()).toContainText(
    'Imported Ben’s coding of 3 transcripts: 3 highlights added, 0 updated, 0 removed, 3 ratings, 3 classifications; 1 transcript left out.',
  );
  await expect(mcA.importResults()).toContainText(`Left out: "${ONLY_BEN}"`);

  // Ben exports only the three shared transcripts; Ada already holds that coding: unchanged, twice.
  const shared = await mcB.exportMyCodingOf([T1, T2, T3]);
  const sharedFile = { name: shared.name, mimeType: 'application/json', buffer: readFileSync(shared.path) };
  await mcA.importCoding(sharedFile);
  await expect(mcA.importResults()).toContainText(
    'Unchanged: the project already held this coding by Ben (3 transcripts).',
  );
  await mcA.importCoding(sharedFile);
  await expect(mcA.importResults()).toContainText(
    'Unchanged: the project already held this coding by Ben (3 transcripts).',
  );

  // ---- The dashboard on machine A against figures computed here from what the coders entered.
  const pairs3 = TITLES.map((t) => [CODING.Ada[t].cls, CODING.Ben[t].cls] as [string, string]);
  const twoWay = (c: string) => (c === 'F' ? 'F' : 'non-F');
  const pairs2 = pairs3.map(([a, b]) => [twoWay(a), twoWay(b)] as [string, string]);
  const coherence = TITLES.map((t) => [CODING.Ada[t].coherence, CODING.Ben[t].coherence] as [number, number]);
  expect(percent(percentAgreement(pairs3))).toBe('66.7%'); // the hand figures the formulas must give
  expect(fixed(cohenKappa(pairs3))).toBe('0.50');

  await mcA.open('Agreement');
  await expect(mcA.results).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('group', { name: 'Export' })).toBeVisible();
  const three = mcA.levelRow('3-way');
  await expect(three.getByTestId('level-n')).toHaveText('3');
  await expect(three.getByTestId('level-agreement').locator('.stat-value')).toHaveText(
    percent(percentAgreement(pairs3)),
  );
  await expect(three.getByTestId('level-kappa').locator('.stat-value')).toHaveText(fixed(cohenKappa(pairs3)));
  await expect(three.getByTestId('level-kappa')).toContainText('Cohen');
  await expect(three.getByTestId('small-n')).toHaveText('too few');
  const two = mcA.levelRow('2-way');
  await expect(two.getByTestId('level-agreement').locator('.stat-value')).toHaveText(percent(percentAgreement(pairs2)));
  await expect(two.getByTestId('level-kappa').locator('.stat-value')).toHaveText(fixed(cohenKappa(pairs2)));
  // The confusion heatmap of the headline level: Ada's E against Ben's Ds is the one off-diagonal transcript.
  await expect(page.getByRole('img', { name: /rows Ada, columns Ben/ })).toBeVisible();

  const coh = mcA.scaleRow('coh.transcript');
  await expect(coh.getByTestId('scale-mad')).toHaveText(fixed(meanAbsDiff(coherence)));
  await expect(coh.getByTestId('scale-within')).toHaveText(percent(withinTolerance(coherence, 1)));
  await expect(coh.getByTestId('scale-icc-a').locator('.stat-value')).toHaveText(fixed(iccA1(coherence)));

  // Passages: matched-span F1 = 2·matched/(spans A + spans B). Ada 2 spans, Ben 3, one match (P1, same code).
  await expect(page.getByTestId('f1-overall').locator('.figure-value')).toHaveText(fixed(spanF1(1, 2, 3)));
  const f1Bars = page.locator('figure.bars').filter({ hasText: 'Matched-span F1 per code' });
  await expect(f1Bars.getByTestId('agreement-bar').filter({ hasText: IDEAL }).locator('.bar-value')).toHaveText(
    fixed(spanF1(1, 1, 1)),
  );
  await expect(
    f1Bars.getByTestId('agreement-bar').filter({ hasText: 'Insistence on lack of recall' }).locator('.bar-value'),
  ).toHaveText(fixed(spanF1(0, 1, 0)));
  // uα of idealisation: both coders marked exactly the same unit and nothing else, so the observed
  // disagreement is 0 and uα = 1 − 0/D_e = 1 (Krippendorff 2013, unitizing alpha).
  const alphaBars = page.locator('figure.bars').filter({ hasText: 'uα per code' });
  await expect(alphaBars.getByTestId('agreement-bar').filter({ hasText: IDEAL }).locator('.bar-value')).toHaveText(
    '1.000',
  );

  // The per-transcript row links to the review, where the differences are marked side by side.
  await page
    .getByRole('table', { name: 'Agreement per transcript' })
    .getByRole('row', { name: new RegExp(T1) })
    .getByRole('button', { name: /review/ })
    .click();
  await expect(mcA.tab('Review')).toHaveAttribute('aria-selected', 'true');
  await expect(mcA.disagreementList.getByRole('button')).toHaveCount(2);
  await expect(mcA.columns.locator('[data-coder] [data-mark="different-code"]')).toHaveCount(2);
  await expect(mcA.columns.locator('[data-mark="only-one"]')).toHaveCount(1);
  await mcA.disagreementList.getByRole('button').filter({ hasText: 'Only one coder' }).click();
  await expect(mcA.columns.locator('.rv-flash').first()).toBeVisible();
  await expect(mcA.columns.locator('.rv-flash').first()).toBeInViewport();
});
