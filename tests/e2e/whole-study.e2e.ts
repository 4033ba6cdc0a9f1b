import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { StudyGrid } from '../../shared/api/study.ts';
import { formatNumber } from '../../shared/reliability/format.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api, startHost, type Host } from './helpers/host.ts';
import { pageApi } from './helpers/page-api.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { PackagesPage } from './pages/packages-page.ts';
import { StartPage } from './pages/start-page.ts';
import { StudyPage } from './pages/study-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const PASSAGE = 'She was at work mostly, I sorted myself out.';
const IDEAL = { id: 'idealization.unsupported_adjective', label: 'Idealisation: unsupported adjective' };
const PACKAGE_PASS = 'copper lantern orbit maple';
const RETURN_PASS = 'seven quiet harbour lights';
const title = (i: number) => `SYN-000${i}`;

interface CoderMachine {
  host: Host;
  page: Page;
  close: () => Promise<void>;
}

/** A coder's own machine: their own `attune serve` with its own data folder, and their own browser profile. */
async function ownMachine(browser: Browser, tmp: string, name: string): Promise<CoderMachine> {
  const host = await startHost({ dataDir: join(tmp, `data-${name}`) });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.goto(host.url);
  return {
    host,
    page,
    close: async () => {
      await context.close();
      await host.stop();
    },
  };
}

/**
 * In their own package: open it with the passphrase, code the double-coded transcript with the mouse,
 * classify it, mark it complete and export the coding, encrypted. Returns the downloaded file.
 */
async function codeInPackage(m: CoderMachine, coder: string, packageFile: string, doubled: string) {
  const page = m.page;
  await new StartPage(page).openProject(packageFile);
  const pkg = new PackagesPage(page);
  await pkg.enterPassphrase(PACKAGE_PASS);
  await new CoderPage(page).choose(coder);
  await expect(pkg.banner).toContainText(`Package for ${coder} from study lab`);
  expect((await api<Coder[]>(m.host, 'coder-list')).map((c) => c.name)).toEqual([coder]);
  // A coder in a package codes the transcripts they were sent; they add none.
  await expect(page.getByRole('button', { name: /Import transcript/ })).toHaveCount(0);
  await expect(page.getByTestId('package-transcripts-note')).toContainText(
    'new transcripts are imported in the lead’s project',
  );
  const ws = new WorkspacePage(page);
  await ws.openTranscript(doubled);
  const panel = new CodingPanelPage(page);
  await panel.open('Codes');
  await ws.selectWithMouse(PASSAGE);
  await ws.codeButton(IDEAL.label).click();
  await expect(page.getByTestId('my-highlight-count')).toHaveText('1 highlight by you');
  await panel.open('Classification');
  await panel.primary('Ds').click();
  await expect(panel.primary('Ds')).toHaveAttribute('aria-pressed', 'true');
  await panel.status('Complete').click();
  await expect(panel.status('Complete')).toHaveAttribute('aria-pressed', 'true');
  await ws.expectAllSaved();
  const file = await pkg.exportEncryptedCoding(RETURN_PASS);
  // Read now: a download lives only as long as its browser context.
  const buffer = readFileSync(file.path);
  expect(buffer.toString('utf8')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----/);
  return { name: file.name, buffer };
}

test('a whole study in the UI: plan 8 transcripts over 3 coders, packages, two coders code in their own profiles, encrypted returns, progress, reveal one, its agreement; then a training set', async ({
  page,
  host,
  tmp,
  browser,
}) => {
  test.setTimeout(600_000);
  // ---- Eight transcripts in the lead's project (import itself is covered by import.e2e.ts).
  const lab = join(tmp, 'lab.attune');
  await api(host, 'project-create', { path: lab });
  const lee = await api<Coder>(host, 'coder-create', { name: 'Lee', role: 'lead' });
  await api(host, 'session-set-coder', { coderId: lee.id });
  const mini = readFileSync(MINI_FIXTURE, 'utf8');
  for (let i = 1; i <= 8; i++)
    await api(host, 'transcript-import-text', { fileName: `${title(i)}.txt`, text: `${mini}\nI: Thank you (${i}).\n` });
  await api(host, 'session-set-coder', { coderId: null });

  // ---- The lead turns blind coding on and plans: three coders, 25% double-coded (2 of 8), seed 7.
  await page.goto(host.url);
  const coders = new CoderPage(page);
  await coders.choose('Lee');
  const mc = new MultiCoderPage(page);
  await mc.open('Project settings');
  await mc.blindSwitch().click();
  await expect(mc.blindSwitch()).toBeChecked();
  const study = new StudyPage(page);
  await study.open();
  for (const name of ['Ada', 'Ben', 'Cy']) await study.addCoder(name);
  await expect(study.form).toContainText('= 2 transcript(s)');
  await study.propose({ percent: 25, seed: 7 });
  await expect(page.getByText(/8 transcripts · 2 double-coded · seed 7/)).toBeVisible();
  await expect(study.plan.getByRole('button', { name: /: primary coder;/ })).toHaveCount(8);
  await expect(study.plan.getByRole('button', { name: /: second coder;/ })).toHaveCount(2);

  // The first double-coded transcript and its two coders.
  const grid = await api<StudyGrid>(host, 'study-get');
  const nameOf = (id: string) => grid.coders.find((c) => c.id === id)!.name;
  const doubled = grid.transcripts.find((t) => t.coders.length === 2)!;
  const [first, second] = doubled.coders.map(nameOf) as [string, string];
  const D = doubled.title;

  // ---- Packages from the Study view's toolbar, encrypted: one per coder.
  const out = join(tmp, 'out');
  mkdirSync(out);
  const lead = new PackagesPage(page);
  await lead.writePackages(out, PACKAGE_PASS, 'study');
  await expect(lead.written()).toHaveCount(3);
  await lead.writeDialog.getByRole('button', { name: 'Done' }).click();
  // Before any return, Reveal is disabled and says whom it waits for.
  await expect(await study.progressCell(first, D)).toHaveText('Not started');
  await expect(study.revealButton(D)).toBeDisabled();
  await expect(study.revealReason(D)).toHaveAttribute('title', new RegExp(`waiting for .*${first}`));

  // ---- The two coders, each on their own machine and profile, code and return encrypted files.
  const returns: Array<{ name: string; buffer: Buffer }> = [];
  for (const who of [first, second]) {
    const m = await ownMachine(browser, tmp, who);
    try {
      returns.push(await codeInPackage(m, who, join(out, `lab - ${who}.attune.age`), D));
      await m.page.screenshot({ path: test.info().outputPath(`package-${who}-1280x720.png`) });
    } finally {
      await m.close();
    }
  }

  // ---- The lead imports the first return: its cell says Returned; Reveal still waits for the second coder.
  const importReturn = async (file: { name: string; buffer: Buffer }, coder: string) => {
    await mc.open('Project settings');
    await mc.importCoding({ name: file.name, mimeType: 'text/plain', buffer: file.buffer });
    await expect(mc.importResults().filter({ hasText: file.name })).toContainText('Encrypted: enter its passphrase');
    await lead.unlockImport(file.name, RETURN_PASS);
    await expect(mc.importResults().filter({ hasText: file.name })).toContainText(
      `Imported ${coder}’s coding of 1 transcript: 1 highlight added`,
      { timeout: 60_000 },
    );
  };
  await importReturn(returns[0]!, first);
  // A slow progress answer (as on a loaded CI machine): the page model must wait for the grid, not read it empty.
  await page.route('**/api/study-get-progress', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await study.open();
  await expect(await study.progressCell(first, D)).toHaveText('Returned');
  await expect(await study.progressCell(second, D)).toHaveText('Not started');
  await expect(study.revealButton(D)).toBeDisabled();
  await expect(study.revealReason(D)).toHaveAttribute('title', new RegExp(`waiting for .*${second}`));
  // Blind: the lead does not see the returned coding before revealing it.
  expect(await pageApi(page, 'annotation-list', { transcriptId: doubled.id })).toMatchObject({ ok: true, value: [] });

  await page.unroute('**/api/study-get-progress');
  await importReturn(returns[1]!, second);
  await study.open();
  await expect(await study.progressCell(first, D)).toHaveText('Returned');
  await expect(await study.progressCell(second, D)).toHaveText('Returned');
  await expect(study.revealButton(D)).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('progress-returned-1440x900.png') });
  await study.revealButton(D).click();
  await expect(page.locator('.study-notice')).toContainText(`${D} is revealed`);
  await expect(study.progressRow(D)).toContainText('Revealed');

  // ---- Agreement: the revealed transcript's figures (same passage, same code, same classification).
  await mc.open('Agreement');
  const row = page.getByRole('table', { name: 'Agreement per transcript' }).getByRole('row', { name: new RegExp(D) });
  await expect(row.getByRole('cell').nth(0)).toHaveText(`${[first, second].sort().join(': Ds · ')}: Ds`, {
    timeout: 30_000,
  });
  await expect(row.getByRole('cell').nth(1)).toHaveText('yes');
  // Identical units: observed disagreement 0, so uα = 1 (Krippendorff 2013, unitizing alpha); F1 = 1.
  await expect(row.getByRole('cell').nth(2)).toHaveText(formatNumber(1, 3));
  await expect(row.getByRole('cell').nth(3)).toHaveText(formatNumber(1));
  await expect(page.getByRole('table', { name: 'Agreement per transcript' }).locator('tbody tr')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('agreement-1440x900.png') });

  // ---- A training set: Tess (trainee) practises on the revealed transcript; the key is the first coder's.
  const ws = new WorkspacePage(page);
  await ws.switchCoder();
  await coders.createCoderWithRole('Tess', 'trainee');
  await ws.switchCoder();
  await coders.choose('Lee');
  await mc.open('Training');
  await page.getByRole('button', { name: 'New training set' }).click();
  const editor = page.getByRole('form', { name: 'Training set' });
  await editor.getByLabel('Name').fill('Spring practice');
  await editor.getByRole('checkbox', { name: D }).check();
  await editor.getByRole('combobox', { name: `Key for ${D}` }).selectOption({ label: first });
  await editor.getByRole('checkbox', { name: 'Tess' }).check();
  await editor.getByRole('button', { name: 'Create set' }).click();
  await expect(page.getByRole('article', { name: 'Training set Spring practice' })).toContainText(`${D}: key ${first}`);

  // The trainee, in her own browser profile, codes the transcript: no key anywhere before she submits.
  const tessContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const tp = await tessContext.newPage();
    await tp.goto(host.url);
    await new CoderPage(tp).choose('Tess');
    const tws = new WorkspacePage(tp);
    await new MultiCoderPage(tp).open('Coding');
    await tws.openTranscript(D);
    await expect(tws.transcriptText.locator('.hl')).toHaveCount(0);
    const firstId = grid.coders.find((c) => c.name === first)!.id;
    expect(await pageApi(tp, 'annotation-list', { transcriptId: doubled.id, coderId: firstId })).toMatchObject({
      ok: false,
      error: { type: 'refused' },
    });
    const everyone = await pageApi(tp, 'annotation-list', { transcriptId: doubled.id });
    expect(everyone.ok && (everyone.value as Annotation[]).every((a) => a.coderId !== firstId)).toBe(true);
    expect(await pageApi(tp, 'classification-get', { transcriptId: doubled.id, coderId: firstId })).toMatchObject({
      ok: false,
      error: { type: 'refused' },
    });
    const tpanel = new CodingPanelPage(tp);
    await tpanel.open('Codes');
    await tws.selectWithMouse(PASSAGE);
    await tws.codeButton(IDEAL.label).click();
    await tpanel.open('Classification');
    await tpanel.primary('F').click();
    await expect(tpanel.primary('F')).toHaveAttribute('aria-pressed', 'true');
    await tws.expectAllSaved();
    // Only her own highlight is painted.
    await expect(tp.getByTestId('my-highlight-count')).toHaveText('1 highlight by you');

    const tmc = new MultiCoderPage(tp);
    await tmc.open('Training');
    const set = tp.getByRole('article', { name: 'Training set Spring practice' });
    await expect(set).not.toContainText(`key ${first}`);
    await expect(set.getByRole('table', { name: /trainees against the keys/ })).toContainText(
      "the trainer's key stays hidden until you submit",
    );
    await expect(set).not.toContainText('(key Ds)');

    // Submitting opens the comparison with the key.
    await set.getByRole('button', { name: `Submit ${D}` }).click();
    await set.getByRole('button', { name: 'Submit', exact: true }).click();
    const mine = set.getByRole('table', { name: /trainees against the keys/ }).getByRole('row', { name: /Tess/ });
    await expect(mine).toContainText('✗ F (key Ds)');
    expect(await pageApi(tp, 'classification-get', { transcriptId: doubled.id, coderId: firstId })).toMatchObject({
      ok: true,
      value: { primary: 'Ds' },
    });
    const keyMarks = await pageApi(tp, 'annotation-list', { transcriptId: doubled.id, coderId: firstId });
    expect(keyMarks.ok && (keyMarks.value as Annotation[]).map((a) => a.codeId)).toEqual([IDEAL.id]);
    await tp.screenshot({ path: test.info().outputPath('training-submitted-1280x720.png') });
  } finally {
    await tessContext.close();
  }
});
