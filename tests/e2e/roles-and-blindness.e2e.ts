import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEntry } from '../../shared/api/audit.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { fixture } from './helpers/multi-coder-seed.ts';
import { pageApi } from './helpers/page-api.ts';
import { CodebookEditorPage } from './pages/codebook-editor-page.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test('roles: the first coder is the lead; only a lead changes roles, and each change is listed; a coder cannot save the codebook', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(120_000);
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'roles.attune'));
  const coders = new CoderPage(page);
  await expect(page.getByRole('combobox', { name: 'Role' })).toHaveCount(0);
  await expect(page.getByText('You will be this project’s lead')).toBeVisible();
  await coders.createCoder('Lee');
  const ws = new WorkspacePage(page);
  const mc = new MultiCoderPage(page);
  await ws.expectVisible('roles', 'Lee');

  // Anyone may join as a coder or trainee; nobody makes themselves lead or trainer on this screen.
  await ws.switchCoder();
  await coders.expectVisible();
  await expect(page.getByRole('combobox', { name: 'Role' }).getByRole('option')).toHaveText(['Coder', 'Trainee']);
  await coders.createCoderWithRole('Ada', 'coder');
  await ws.expectVisible('roles', 'Ada');

  // Ada, a coder: roles are shown, not offered; the host refuses the change too.
  await mc.open('Project settings');
  const coderRows = page.getByRole('table').filter({ hasText: 'Can' });
  await expect(coderRows.getByRole('row', { name: /Ada/ })).toContainText('Coder');
  await expect(page.getByRole('combobox', { name: /^Role of / })).toHaveCount(0);
  await expect(page.getByText('Roles are changed by a lead.')).toBeVisible();
  const ada = (await api<Coder[]>(host, 'coder-list')).find((c) => c.name === 'Ada')!;
  expect(await pageApi(page, 'coder-set-role', { coderId: ada.id, role: 'lead' })).toMatchObject({
    ok: false,
    error: { type: 'refused', message: 'only a lead changes roles; you are coding as Ada (coder)' },
  });
  expect(await pageApi(page, 'coder-create', { name: 'Mallory', role: 'lead' })).toMatchObject({
    ok: false,
    error: { type: 'refused' },
  });

  // The codebook: Ada can look and export, not save a version or import one.
  await mc.open('Coding');
  const editor = new CodebookEditorPage(page);
  await editor.open();
  await expect(editor.dialog.getByTestId('codebook-read-only')).toHaveText(
    'Read-only for you (coder): a lead or trainer saves codebook versions. You can look and export.',
  );
  await expect(editor.saveButton).toBeDisabled();
  await expect(editor.dialog.getByRole('button', { name: 'Import…', exact: true })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(editor.dialog).toHaveCount(0);

  // Lee, the lead, makes Ada a trainer: the change is listed with who, from and to.
  await ws.switchCoder();
  await coders.choose('Lee');
  await mc.open('Project settings');
  await expect(page.getByText('No role has been changed in this project.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Role of Ada' }).selectOption('trainer');
  await expect(ws.saveStatus).toHaveText('All changes saved');
  const changes = page.getByRole('region', { name: 'Role changes' });
  await expect(changes.getByRole('listitem')).toHaveCount(1);
  await expect(changes.getByRole('listitem')).toContainText('Lee made Ada Trainer (was Coder)');
  // Lee cannot leave the project without a lead.
  await page.getByRole('combobox', { name: 'Role of Lee' }).selectOption('coder');
  await expect(page.getByRole('alert').filter({ hasText: "Lee is the project's only lead" })).toBeVisible();
  await expect(ws.saveStatus).toHaveText('All changes saved');
  await expect(page.getByRole('combobox', { name: 'Role of Lee' })).toHaveValue('lead');
  const log = await api<AuditEntry[]>(host, 'audit-list', {});
  expect(log.map((e) => [e.action, e.actorName, e.subjectName, e.detail.from, e.detail.to])).toEqual([
    ['role-changed', 'Lee', 'Ada', 'coder', 'trainer'],
  ]);
});

test('a trainee sees nobody else’s coding before submitting; trainees stay out of agreement by default; weighted κ with one transcript says why it is undefined', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(150_000);
  // Setup over the API: Ada (lead, the key) and Ben coded two transcripts; a consensus on the first.
  await api(host, 'project-create', { path: join(tmp, 'training.attune') });
  const ada = await api<Coder>(host, 'coder-create', { name: 'Ada', role: 'lead' });
  await api(host, 'session-set-coder', { coderId: ada.id });
  const ben = await api<Coder>(host, 'coder-create', { name: 'Ben', role: 'coder' });
  const ts: TranscriptSummary[] = [];
  for (const f of [MINI_FIXTURE, fixture('syn-0002-int-subj.txt')])
    ts.push(
      await api<TranscriptSummary>(host, 'transcript-import-text', {
        fileName: f.split('/').pop(),
        text: readFileSync(f, 'utf8'),
      }),
    );
  for (const [c, labels, coh] of [
    [ada, ['F', 'F'], 5],
    [ben, ['Ds', 'F'], 7],
  ] as const) {
    await api(host, 'session-set-coder', { coderId: c.id });
    for (const [i, t] of ts.entries())
      await api(host, 'classification-set', { transcriptId: t.id, coderId: c.id, primary: labels[i] });
    // Only the first transcript is rated: weighted kappa over one transcript is undefined.
    await api(host, 'rating-set', {
      transcriptId: ts[0]!.id,
      coderId: c.id,
      scaleId: 'coh.transcript',
      target: 'transcript',
      value: coh,
    });
  }
  await api(host, 'session-set-coder', { coderId: ada.id });
  await api(host, 'settings-update', { trainerMode: true });
  for (const t of ts) await api(host, 'training-set-key', { transcriptId: t.id, coderId: ada.id });
  await api(host, 'consensus-accept', { transcriptId: ts[0]!.id, source: { kind: 'classification', coderId: ada.id } });

  // Tess joins as a trainee and classifies the first transcript.
  await page.goto(host.url);
  const coders = new CoderPage(page);
  await coders.createCoderWithRole('Tess', 'trainee');
  const ws = new WorkspacePage(page);
  const mc = new MultiCoderPage(page);
  const panel = new CodingPanelPage(page);
  await ws.openTranscript(ts[0]!.title);
  await panel.open('Classification');
  await panel.primary('E').click();
  await ws.expectAllSaved();

  // Agreement: nothing of Ben's, Ada's or the consensus's coding, only Tess's own.
  await mc.open('Agreement');
  await mc.compute();
  await expect(mc.results).toContainText('Tess: E');
  await expect(mc.results).not.toContainText('Ben:');
  await expect(mc.results).not.toContainText('Ada:');
  await expect(mc.results).not.toContainText('Consensus:');
  for (const who of [ben, ada])
    expect(await pageApi(page, 'classification-get', { transcriptId: ts[0]!.id, coderId: who.id })).toMatchObject({
      ok: false,
      error: { type: 'refused' },
    });
  expect(await pageApi(page, 'consensus-get', { transcriptId: ts[0]!.id })).toMatchObject({ ok: false });
  expect(await pageApi(page, 'status-list', { coderId: ben.id })).toMatchObject({ ok: false });

  // Ada, the lead: Tess starts unticked (a trainee), so agreement is Ada and Ben's; weighted κ over
  // one rated transcript is undefined, with the reason, not 0.00.
  await ws.switchCoder();
  await coders.choose('Ada');
  await mc.open('Agreement');
  await expect(page.getByRole('checkbox', { name: /^Tess/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^Ben/ })).toBeChecked();
  await mc.compute();
  await expect(mc.levelRow('3-way')).toContainText('50');
  await expect(mc.results).not.toContainText('Tess: E');
  const row = mc.scaleRow('coh.transcript');
  await expect(row.locator('.stat--null').first()).toBeVisible();
  await expect(row).toContainText('kappa needs at least two units');
  await expect(row).not.toContainText('0.00');
});
