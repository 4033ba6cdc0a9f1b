import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { CodebookVersion, StoredCodebook } from '../../shared/api/codebook.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import type { Codebook } from '../../shared/codebook/codebook-schema.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, REPO_ROOT, type Host } from './helpers/host.ts';
import { CodebookEditorPage } from './pages/codebook-editor-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';

const TONE = 'Emotional tone';
const HUMOUR_RGB = 'rgb(244, 162, 97)'; // #f4a261

async function annotations(host: Host) {
  const [t] = await api<TranscriptSummary[]>(host, 'transcript-list');
  return api<Annotation[]>(host, 'annotation-list', { transcriptId: t!.id });
}

test('codebook editor: add a code with a hotkey, recolour, archive, reorder by key and drag, save a version, tag with it; export and import', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  // A highlight with a code that will be archived.
  await ws.selectWithMouse("I'd left it in the rain");
  await page.keyboard.press('k'); // Humour
  await expect(ws.highlights('humour')).toHaveText(["I'd left it in the rain"]);
  await ws.expectAllSaved();

  const cb = new CodebookEditorPage(page);
  await cb.open();
  await expect(cb.version).toHaveText('AAI default codebook (Attune) · version 1 (active) · 1 coding uses version 1');

  // Add "Irony" to Emotional tone and give it a key: Q clashes (explained, cannot save), B is free.
  await cb
    .group(TONE)
    .getByRole('button', { name: `Add a code to ${TONE}` })
    .click();
  await expect(cb.field('Label')).toBeFocused();
  await page.keyboard.type('Irony');
  await cb.field('Hotkey').click();
  await page.keyboard.press('q');
  await expect(cb.form.getByRole('alert')).toHaveText(
    'Key Q is already used by “Semantic/episodic contradiction”. Give that code another key first.',
  );
  await expect(cb.saveButton).toBeDisabled();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('b');
  await expect(cb.field('Hotkey')).toHaveValue('b');
  await expect(cb.form.getByRole('alert')).toHaveCount(0);
  await cb.field('Description').fill('Ironic distance from the experience described.');
  await expect(cb.code('Irony')).toHaveAccessibleName('Irony, key B');

  // Recolour Derogation from the palette; archive Humour.
  await cb.code('Derogation').click();
  await cb.form.getByRole('button', { name: 'Colour #cc79a7' }).click();
  await expect(cb.form.getByRole('button', { name: 'Colour #cc79a7' })).toHaveAttribute('aria-pressed', 'true');
  await cb.code('Humour').click();
  await cb.form.getByRole('button', { name: 'Archive' }).click();
  await expect(cb.code('Humour')).toHaveAccessibleName('Humour, archived');

  // Reorder: Alt+↑ on Irony (keyboard), then drag Fear of loss of child to the top of the group.
  await cb.code('Irony').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cb.code('Irony')).toBeFocused();
  expect((await cb.order(TONE)).slice(-2)).toEqual(['Irony', 'Humour']);
  await cb
    .group(TONE)
    .locator('li')
    .filter({ hasText: 'Fear of loss of child' })
    .locator('.cb-handle')
    .dragTo(cb.code('Involving anger'));
  expect((await cb.order(TONE)).slice(0, 2)).toEqual(['Fear of loss of child', 'Involving anger']);

  // Save: a new version, made active.
  await expect(cb.dialog.getByText('Unsaved changes')).toBeVisible();
  await expect(cb.saveButton).toHaveText('Save as version 2');
  await cb.saveButton.click();
  await expect(cb.dialog.getByRole('status').filter({ hasText: 'Saved as version 2' })).toBeVisible();
  await expect(cb.version).toContainText('version 2 (active) · 0 codings use version 2');
  await expect(cb.dialog.getByText('Earlier: v1 (1 coding)')).toBeVisible();
  const active = await api<StoredCodebook>(host, 'codebook-get-active');
  expect(active.key).toBe('aai-default@2');
  const codes = active.codebook.codes;
  expect(codes.find((c) => c.label === 'Irony')).toMatchObject({
    id: 'irony',
    hotkey: 'b',
    group: 'tone',
    archived: false,
    description: 'Ironic distance from the experience described.',
  });
  expect(codes.find((c) => c.id === 'derogation')?.color).toBe('#cc79a7');
  expect(codes.find((c) => c.id === 'humour')?.archived).toBe(true);
  expect(codes.filter((c) => c.group === 'tone').map((c) => c.id)).toEqual([
    'fear.loss_of_child',
    'anger.involving',
    'anger.present_tense_address',
    'derogation',
    'passivity.vague_discourse',
    'warmth.balanced_forgiving',
    'metacognition.monitoring',
    'irony',
    'humour',
  ]);
  await cb.close();

  // The code panel and hotkeys use the new version: Irony is offered, Humour is not, yet its highlight stays painted.
  await expect(ws.codeButton('Irony')).toBeVisible();
  await expect(ws.codeButton('Humour')).toHaveCount(0);
  await expect(ws.highlights('humour')).toHaveText(["I'd left it in the rain"]);
  await expect(ws.highlights('humour').first()).toHaveCSS(
    'background-image',
    new RegExp(HUMOUR_RGB.replace(/[()]/g, '\\$&')),
  );
  await ws.selectWithMouse('He did his best with what he had.');
  await page.keyboard.press('b');
  await expect(ws.highlights('irony')).toHaveText(['He did his best with what he had.']);
  await ws.expectAllSaved();
  const made = (await annotations(host)).map((a) => [a.codeId, a.codebookKey]).sort();
  expect(made).toEqual([
    ['humour', 'aai-default@1'],
    ['irony', 'aai-default@2'],
  ]);

  // Export the active codebook as JSON ...
  await cb.open();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    cb.dialog.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('aai-default-v2.json');
  const exported = join(tmp, download.suggestedFilename());
  await download.saveAs(exported);
  const file = JSON.parse(readFileSync(exported, 'utf8')) as Codebook;
  expect(file).toMatchObject({ id: 'aai-default', version: 2 });
  expect(file.codes.find((c) => c.id === 'irony')?.hotkey).toBe('b');

  // ... a broken file is refused with the reasons ...
  const broken = join(tmp, 'broken.json');
  writeFileSync(broken, JSON.stringify({ ...file, codes: [{ ...file.codes[0], color: 'blue' }] }));
  await cb.importInput.setInputFiles(broken);
  await expect(cb.dialog.getByRole('alert')).toContainText('broken.json was not imported');
  await expect(cb.dialog.getByRole('alert')).toContainText('codes.0.color: a colour is #rrggbb');
  await expect(cb.version).toContainText('version 2 (active)');

  // ... and importing the export back makes it the next version.
  await cb.importInput.setInputFiles(exported);
  await expect(
    cb.dialog
      .getByRole('status')
      .filter({ hasText: 'Imported “AAI default codebook (Attune)” from aai-default-v2.json as version 3' }),
  ).toBeVisible();
  await expect(cb.version).toContainText('version 3 (active)');
  const versions = await api<CodebookVersion[]>(host, 'codebook-list');
  expect(versions.map((v) => [v.key, v.active])).toEqual([
    ['aai-default@1', false],
    ['aai-default@2', false],
    ['aai-default@3', true],
  ]);

  // A lab with another coding system replaces the codebook entirely; old highlights keep their look.
  const other = join(tmp, 'dmm-lite.json');
  writeFileSync(
    other,
    JSON.stringify({
      id: 'dmm-lite',
      name: 'DMM (lab subset)',
      version: 1,
      groups: [{ id: 'memory', label: 'Memory systems' }],
      codes: [{ id: 'episodic', label: 'Episodic memory', group: 'memory', color: '#0072b2', hotkey: 'e' }],
    }),
  );
  await cb.importInput.setInputFiles(other);
  await expect(cb.version).toContainText('DMM (lab subset) · version 1 (active)');
  await cb.close();
  await expect(ws.codeButton('Episodic memory')).toBeVisible();
  await expect(ws.codeButton('Irony')).toHaveCount(0);
  await expect(ws.highlights('irony').first()).toHaveCSS('background-image', /rgb\(0, 114, 178\)/);

  // Undo switches back to the previous version (the AAI codebook, version 3).
  await page.getByRole('tab', { name: 'Codes' }).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(ws.codeButton('Irony')).toBeVisible();
  expect((await api<StoredCodebook>(host, 'codebook-get-active')).key).toBe('aai-default@3');

  // After a reload the active codebook is still version 3 with the new code.
  await page.reload();
  await expect(ws.transcriptText).toBeVisible();
  await expect(ws.codeButton('Irony')).toBeVisible();
  await expect(ws.highlights('humour')).toHaveText(["I'd left it in the rain"]);
});

test('codebook editor: rename and regroup a code, add a group; add a 1–5 transcript scale and rate it under the new version; refuse removing it once used; rename a subtype', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  const cb = new CodebookEditorPage(page);
  await cb.open();

  // Codes: rename Humour and move it to Consistency; add a group.
  await cb.code('Humour').click();
  await cb.field('Label').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Humour (deflecting)');
  await cb.field('Group').selectOption({ label: 'Consistency' });
  expect((await cb.order('Consistency')).at(-1)).toBe('Humour (deflecting)');
  expect(await cb.order(TONE)).not.toContain('Humour (deflecting)');
  await cb.list.getByRole('button', { name: '+ Add group' }).click();
  await expect(cb.field('Name')).toBeFocused();
  await page.keyboard.type('Reflective functioning');
  await expect(cb.group('Reflective functioning')).toContainText('No codes: add one, or drag one here.');

  // Scales: a new group with one new scale, 1–5 in whole points, rated for the transcript.
  await cb.section('Scales');
  await expect(cb.scale('Coherence of transcript')).toBeVisible();
  await cb.scaleList.getByRole('button', { name: '+ Add group' }).click();
  await expect(cb.field('Name')).toBeFocused();
  await page.keyboard.type('Reflective functioning');
  await cb.scale('New scale').click();
  await cb.field('Label').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('RF overall');
  await expect(cb.target('Transcript')).toBeChecked();
  for (const t of ['Mother', 'Father', 'Other figure', 'Each loss/trauma event'] as const)
    await expect(cb.target(t)).not.toBeChecked();
  // A bad range is explained and blocks saving; nothing is saved.
  await cb.field('Highest').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('1');
  await expect(cb.footStatus).toHaveText('Scale “RF overall”: the top of the range (1) must be above the bottom (1)');
  await expect(cb.saveButton).toBeDisabled();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('5');
  await cb.field('Step').selectOption({ label: '1 (whole points)' });
  // Unticking the only target is refused the same way, then ticked again.
  await cb.target('Transcript').click();
  await expect(cb.footStatus).toHaveText('RF overall: tick at least one “Rated for” target.');
  await expect(cb.saveButton).toBeDisabled();
  await cb.target('Transcript').click();
  await expect(cb.scale('RF overall')).toHaveAccessibleDescription('Transcript · 1–5');
  expect(await cb.scaleOrder('Reflective functioning')).toEqual(['RF overall']);
  // Reorder within a group from the keyboard.
  await cb.scale('Coherence of mind').click();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cb.scale('Coherence of mind')).toBeFocused();
  expect(await cb.scaleOrder('Coherence')).toEqual(['Coherence of mind', 'Coherence of transcript']);

  // Classification: rename subtype E2.
  await cb.section('Classification');
  await expect(
    cb.dialog.getByRole('table', { name: 'Derived levels' }).locator('tr[data-level="3-way"] td').nth(3),
  ).toHaveText('its alternative');
  await cb.subtype('E2').click();
  await cb.field('Label').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('E2: angry, conflicted with parents');
  await expect(cb.subtype('E2')).toContainText('E2: angry, conflicted with parents');
  // Add a subtype to Ds: it gets the next free id, which stays editable until saved.
  await cb.categoryList.getByRole('button', { name: 'Add a subtype to Ds' }).click();
  await expect(cb.field('Id')).toHaveValue('Ds5');
  await cb.field('Label').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Ds5: lab-defined');
  await expect(cb.subtype('Ds5')).toContainText('Ds5: lab-defined');

  // One save stores all three sections as version 2.
  await expect(cb.footStatus).toHaveText('Unsaved changes');
  await cb.saveButton.click();
  await expect(cb.dialog.getByRole('status').filter({ hasText: 'Saved as version 2' })).toBeVisible();
  const active = await api<StoredCodebook>(host, 'codebook-get-active');
  expect(active.key).toBe('aai-default@2');
  expect(active.codebook.codes.find((c) => c.id === 'humour')).toMatchObject({
    label: 'Humour (deflecting)',
    group: 'consistency',
  });
  expect(active.codebook.groups.at(-1)).toEqual({
    id: 'reflective_functioning',
    label: 'Reflective functioning',
    description: '',
  });
  expect(active.codebook.scales.at(-1)).toEqual({
    id: 'rf_overall',
    label: 'RF overall',
    group: 'Reflective functioning',
    targets: ['transcript'],
    min: 1,
    max: 5,
    step: 1,
    notRateableAllowed: true,
    aggregate: 'none',
    description: '',
    archived: false,
  });
  expect(
    active.codebook.classification?.primary.find((p) => p.id === 'E')?.subtypes.find((s) => s.id === 'E2')?.label,
  ).toBe('E2: angry, conflicted with parents');
  expect(active.codebook.classification?.primary.find((p) => p.id === 'Ds')?.subtypes.at(-1)).toEqual({
    id: 'Ds5',
    label: 'Ds5: lab-defined',
    description: '',
  });
  expect(active.codebook.scales.filter((s) => s.group === 'Coherence').map((s) => s.id)).toEqual([
    'coh.mind',
    'coh.transcript',
  ]);
  await cb.close();

  // The score sheet offers the new scale; a rating of it is stored under version 2.
  const panel = new CodingPanelPage(page);
  await panel.open('Scores');
  await expect(panel.scoreSheet.getByText('Reflective functioning', { exact: true })).toBeVisible();
  await panel.typeRating('RF overall', 'Transcript', '4');
  await ws.expectAllSaved();
  const [t] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const [coder] = await api<Coder[]>(host, 'coder-list');
  const ratings = await api<Rating[]>(host, 'rating-list', { transcriptId: t!.id, coderId: coder!.id });
  expect(ratings.map((r) => [r.scaleId, r.target, r.value])).toEqual([['rf_overall', 'transcript', 4]]);
  const versions = await api<CodebookVersion[]>(host, 'codebook-list');
  expect(versions.map((v) => [v.key, v.active, v.uses])).toEqual([
    ['aai-default@1', false, 0],
    ['aai-default@2', true, 1],
  ]);

  // The classification panel shows the renamed subtype.
  await panel.open('Classification');
  await panel.primary('E').click();
  await panel.classification.getByRole('button', { name: 'E2', exact: true }).click();
  await expect(panel.classification.getByText('E2: angry, conflicted with parents', { exact: true })).toBeVisible();

  // Now a coding uses the codebook: removing the scale is refused with the reason; archiving is offered.
  await cb.open();
  await cb.section('Scales');
  await cb.scale('RF overall').click();
  await cb.form.getByRole('button', { name: 'Remove' }).click();
  await expect(cb.form.getByRole('alert')).toHaveText(
    '“RF overall” cannot be removed: 2 codings use this codebook, so ratings may refer to it. Archive it instead: it stays in the codebook for the ratings made with it.',
  );
  await expect(cb.scale('RF overall')).toBeVisible();
  await cb.form.getByRole('button', { name: 'Archive' }).click();
  await expect(cb.scale('RF overall')).toHaveAccessibleName('RF overall, archived');
  await cb.saveButton.click();
  await expect(cb.dialog.getByRole('status').filter({ hasText: 'Saved as version 3' })).toBeVisible();
  expect(
    (await api<StoredCodebook>(host, 'codebook-get-active')).codebook.scales.find((s) => s.id === 'rf_overall')
      ?.archived,
  ).toBe(true);

  // The minimal codebook in docs/codebook-format.md imports as it stands, scales and scheme included.
  const doc = readFileSync(join(REPO_ROOT, 'docs', 'codebook-format.md'), 'utf8');
  const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1];
  expect(example).toBeDefined();
  const labFile = join(tmp, 'lab-codebook.json');
  writeFileSync(labFile, example!);
  await cb.importInput.setInputFiles(labFile);
  await expect(cb.version).toContainText("Our lab's codebook · version 1 (active)");
  await cb.section('Scales');
  expect(await cb.scaleOrder('Unresolved')).toEqual(['Unresolved loss']);
  await expect(cb.scale('Unresolved loss')).toHaveAccessibleDescription('Each event, highest reported · 1–9 by 0.5');
  await cb.section('Classification');
  await expect(cb.subtype('S1')).toContainText('S1: prototypical');
  await expect(
    cb.dialog.getByRole('table', { name: 'Derived levels' }).locator('tr[data-level="2-way"] td'),
  ).toHaveText(['S', 'I', 'its alternative']);
});
