import { readFileSync } from 'node:fs';
import type { SharedMemo } from '../../shared/api/memo.ts';
import { expect, test } from './fixtures.ts';
import { api } from './helpers/host.ts';
import { twoCodersOnMini } from './helpers/two-coders.ts';
import { AgreementExportPage } from './pages/agreement-export-page.ts';
import { CodebookEditorPage } from './pages/codebook-editor-page.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { SegmentsPage } from './pages/segments-page.ts';
import { TranscriptViewPage } from './pages/transcript-view-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test('memos: a code memo typed in the codebook, undone with Ctrl+Z, found by project search; the project memo in Project settings', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(120_000);
  await twoCodersOnMini(host, tmp, 'memos.attune');
  await page.goto(host.url);
  await new CoderPage(page).choose('Ada');

  const cb = new CodebookEditorPage(page);
  await cb.open();
  await cb.code('Derogation').click();
  const memo = cb.dialog.getByRole('textbox', { name: 'Memo on “Derogation”' });
  await memo.click();
  await page.keyboard.type('Anchor: "waste of space" (dismissive, not angry)');
  const state = cb.dialog.getByTestId('shared-memo-state');
  await expect(state).toHaveText('Memo saved', { timeout: 10_000 });
  const saved = 'Anchor: "waste of space" (dismissive, not angry)';
  expect(await api<SharedMemo>(host, 'memo-get-shared', { scope: 'code', codeId: 'derogation' })).toMatchObject({
    text: saved,
    updatedBy: 'Ada',
  });

  // Replace it all by mistake, then Ctrl+Z: the field and the saved memo are back as they were.
  await page.keyboard.press('Control+A');
  await page.keyboard.type('oops');
  await expect(state).toHaveText('Memo saved', { timeout: 10_000 });
  await expect
    .poll(async () => (await api<SharedMemo>(host, 'memo-get-shared', { scope: 'code', codeId: 'derogation' })).text)
    .toBe('oops');
  // The field's own undo (Chromium undoes typed keys a step at a time), each step saved as typed.
  for (let i = 0; i < 6 && (await memo.inputValue()) !== saved; i++) await page.keyboard.press('Control+Z');
  await expect(memo).toHaveValue(saved);
  await expect
    .poll(async () => (await api<SharedMemo>(host, 'memo-get-shared', { scope: 'code', codeId: 'derogation' })).text, {
      timeout: 10_000,
    })
    .toBe(saved);
  // A code the saved codebook does not have yet gets its memo once saved.
  await cb.group('Emotional tone').getByRole('button', { name: 'Add a code to Emotional tone' }).click();
  await expect(cb.dialog.getByText('Save the codebook to write this code’s memo')).toBeVisible();
  // The new code is an unsaved change: closing asks, and Discard drops it.
  await page.keyboard.press('Escape');
  await cb.dialog.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(cb.dialog).toBeHidden();

  // The project memo, in Project settings.
  const views = new MultiCoderPage(page);
  await views.open('Project settings');
  const projectMemo = page.getByRole('textbox', { name: 'Project memo' });
  await projectMemo.click();
  await page.keyboard.type('Convention: a lapse needs two markers.');
  await expect(page.getByTestId('shared-memo-state')).toHaveText('Memo saved', { timeout: 10_000 });
  expect(await api<SharedMemo>(host, 'memo-get-shared', { scope: 'project' })).toMatchObject({
    text: 'Convention: a lapse needs two markers.',
  });

  // Project search finds the code memo; choosing the hit opens Segments on the code, memo beside it.
  await views.open('Coding');
  const ws = new WorkspacePage(page);
  await ws.openTranscript('syn-0001-mini');
  const tv = new TranscriptViewPage(ws);
  await tv.openProjectSearch();
  await tv.searchInput.pressSequentially('dismissive');
  const hit = tv.search.getByRole('option').filter({ hasText: 'Memo on “Derogation”' });
  await expect(hit).toContainText('memo');
  await hit.click();
  const seg = new SegmentsPage(page);
  await expect(page.getByRole('tab', { name: 'Segments', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(seg.filter('Code')).toHaveValue('code:derogation');
  await expect(page.getByRole('textbox', { name: 'Memo on “Derogation”' })).toHaveValue(saved);
});

test('export from the Agreement view: the long codings CSV with memo and status rows, and its SPSS syntax', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(120_000);
  const { ada, ben, t, span } = await twoCodersOnMini(host, tmp, 'export.attune');
  await api(host, 'session-set-coder', { coderId: ada.id });
  await api(host, 'transcript-update-metadata', { id: t.id, metadata: { participantCode: 'P-042' } });
  await api(host, 'memo-set-shared', { scope: 'project', text: "The lab's conventions" });
  for (const c of [ada, ben]) {
    await api(host, 'session-set-coder', { coderId: c.id });
    await api(host, 'annotation-create', {
      transcriptId: t.id,
      coderId: c.id,
      codeId: 'lack_of_recall.insistence',
      note: c === ada ? 'says it twice' : '',
      ...span("I don't remember"),
    });
    await api(host, 'classification-set', { transcriptId: t.id, coderId: c.id, primary: 'Ds', confidence: 0.7 });
  }
  await api(host, 'status-submit', { transcriptId: t.id, coderId: ben.id });

  await page.goto(host.url);
  await new CoderPage(page).choose('Ada');
  await new MultiCoderPage(page).open('Agreement');
  const ex = new AgreementExportPage(page);
  await ex.option('memos & status').check();
  await ex.option('SPSS syntax').check();
  const files = await ex.exportCodings('Long', 2);
  const csv = files.find((f) => f.name.endsWith('.csv'))!;
  const sps = files.find((f) => f.name.endsWith('.sps'))!;
  expect(csv.name).toMatch(/^export-codings-long-\d{4}-\d\d-\d\d\.csv$/);
  expect(sps.name).toBe(csv.name.replace(/\.csv$/, '.sps'));
  const lines = readFileSync(csv.path, 'utf8').trim().split('\n');
  expect(lines[0]).toBe(
    'transcript_id,transcript,participant,coder_id,coder,role,kind,item,target,value,numeric,not_rateable,start,end,severity,note,event_key,event_kind,event_who,event_age,confidence,forced,submitted_at',
  );
  expect(lines.find((l) => l.includes(',Ada,lead,span,'))).toContain(',says it twice,');
  expect(lines.find((l) => l.includes(',Ada,lead,classification,primary,'))).toMatch(/,Ds,.*,0\.7,0,NA$/);
  expect(lines.find((l) => l.includes(',Ben,coder,status,'))).toMatch(/,complete,.*,\d{4}-\d\d-\d\dT[^,]+$/);
  expect(lines.some((l) => l.includes(`,memo,project,NA,NA,`) && l.includes("The lab's conventions"))).toBe(true);
  expect(lines.every((l, i) => i === 0 || l.startsWith(`${t.id},syn-0001-mini,P-042,`) || l.startsWith('NA,'))).toBe(
    true,
  );
  const syntax = readFileSync(sps.path, 'utf8');
  expect(syntax).toContain('GET DATA');
  expect(syntax).toContain(`/FILE='${csv.name}'`);
  expect(syntax).toContain("/role 'Coder''s role'");
});
