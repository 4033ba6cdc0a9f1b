import { existsSync, readFileSync } from 'node:fs';
import type { Coder } from '../../shared/api/coder.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { api } from './helpers/host.ts';
import { twoCodersOnMini } from './helpers/two-coders.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { WithdrawalPage } from './pages/withdrawal-page.ts';

test('withdrawal: the confirmation names what goes, Cancel and Escape keep everything, typing the title deletes it for good', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(150_000);
  const { ada, ben, t, span } = await twoCodersOnMini(host, tmp, 'study.attune');
  for (const c of [ada, ben]) {
    await api(host, 'session-set-coder', { coderId: c.id });
    await api(host, 'annotation-create', {
      transcriptId: t.id,
      coderId: c.id,
      codeId: 'lack_of_recall.insistence',
      ...span("I don't remember"),
    });
    await api(host, 'classification-set', { transcriptId: t.id, coderId: c.id, primary: 'Ds' });
  }
  await api(host, 'session-set-coder', { coderId: null });

  await page.goto(host.url);
  await new CoderPage(page).choose('Ada');
  const mc = new MultiCoderPage(page);
  await mc.open('Project settings');
  const w = new WithdrawalPage(page);
  const title = 'syn-0001-mini';

  // The confirmation counts everyone's coding of it; Cancel deletes nothing.
  let dialog = await w.openDelete('transcript', title);
  await expect(dialog.getByTestId('withdrawal-summary')).toContainText(
    `${title} and 2 highlights and 2 classifications by 2 coders`,
  );
  const deleteButton = dialog.getByRole('button', { name: 'Delete transcript' });
  await expect(deleteButton).toBeDisabled();
  await dialog.getByLabel(`Type ${title} to confirm`).fill('syn-0001');
  await expect(deleteButton).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await api<TranscriptSummary[]>(host, 'transcript-list')).toHaveLength(1);

  // Escape closes it too, with nothing deleted.
  dialog = await w.openDelete('transcript', title);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await api<TranscriptSummary[]>(host, 'transcript-list')).toHaveLength(1);

  // Typing the title and pressing Enter deletes it: gone from the lists, the file and the log says so.
  dialog = await w.openDelete('transcript', title);
  await dialog.getByLabel(`Type ${title} to confirm`).fill(title);
  await expect(deleteButton).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(w.card.getByRole('button', { name: `Delete transcript ${title}` })).toHaveCount(0);
  expect(await api<TranscriptSummary[]>(host, 'transcript-list')).toEqual([]);
  await expect(w.auditRows().first()).toContainText('Transcript deleted');
  await expect(w.auditRows().first()).toContainText('Ada');
  const file = `${tmp}/study.attune`;
  for (const f of [file, `${file}-wal`].filter(existsSync))
    expect(readFileSync(f).includes("I don't remember. I just don't remember childhood"), f).toBe(false);
});

test('the audit log: every coder reads it, filters by action and coder, and exports CSV and JSON', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(150_000);
  const { ada, ben, t } = await twoCodersOnMini(host, tmp, 'audit.attune');
  await api(host, 'session-set-coder', { coderId: ben.id });
  await api(host, 'classification-set', { transcriptId: t.id, coderId: ben.id, primary: 'F' });
  await api(host, 'session-set-coder', { coderId: ada.id });
  await api(host, 'coder-set-role', { coderId: ben.id, role: 'trainer' });
  await api(host, 'training-set-key', { transcriptId: t.id, coderId: ben.id });
  await api(host, 'session-set-coder', { coderId: null });

  await page.goto(host.url);
  await new CoderPage(page).choose('Ben');
  const mc = new MultiCoderPage(page);
  await mc.open('Project settings');
  const w = new WithdrawalPage(page);
  // Ben is not a lead: no deleting, but the log is his to read, newest first.
  await expect(w.card).toContainText('Only a lead deletes transcripts and coders.');
  await expect(w.auditRows()).toHaveCount(3);
  await expect(w.auditRows().nth(0)).toContainText('Key set');
  await expect(w.auditRows().nth(0)).toContainText('syn-0001-mini');
  await expect(w.auditRows().nth(1)).toContainText('Role changed');
  await expect(w.auditRows().nth(2)).toContainText('Classification set');

  await w.audit.getByLabel('Action').selectOption({ label: 'Role changed' });
  await expect(w.auditRows()).toHaveCount(1);
  await expect(w.auditRows().first()).toContainText('Ben');
  await w.audit.getByLabel('Action').selectOption({ label: 'All actions' });
  await w.audit.getByLabel('Coder').selectOption({ label: 'Ben' });
  await expect(w.auditRows()).toHaveCount(1);
  await expect(w.auditRows().first()).toContainText('Classification set');
  await w.audit.getByLabel('Coder').selectOption({ label: 'Everyone' });
  await expect(w.auditRows()).toHaveCount(3);

  const csvDownload = page.waitForEvent('download');
  await w.audit.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await csvDownload).path(), 'utf8');
  expect((await csvDownload).suggestedFilename()).toBe('audit-audit-log.csv');
  expect(csv.split('\r\n')[0]).toBe('at,coder,coder_id,action,target,target_name,detail');
  expect(csv.trim().split('\r\n')).toHaveLength(4);
  const jsonDownload = page.waitForEvent('download');
  await w.audit.getByRole('button', { name: 'Export JSON' }).click();
  const json = JSON.parse(readFileSync(await (await jsonDownload).path(), 'utf8')) as Array<Record<string, unknown>>;
  expect(json.map((e) => [e.coder, e.action])).toEqual([
    ['Ada', 'key-set'],
    ['Ada', 'role-changed'],
    ['Ben', 'classification-set'],
  ]);
  const coders = await api<Coder[]>(host, 'coder-list');
  expect(coders.map((c) => c.name)).toEqual(['Ada', 'Ben']);
});
