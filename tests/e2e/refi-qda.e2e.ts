import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { qdpxFixture } from '../support/qdpx-fixture.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api, type Host } from './helpers/host.ts';
import { CodebookEditorPage } from './pages/codebook-editor-page.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { QdaPage } from './pages/qda-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

/** Every stored highlight as [code id, highlighted text]. */
async function storedHighlights(host: Host): Promise<string[][]> {
  const out: string[][] = [];
  for (const t of await api<TranscriptSummary[]>(host, 'transcript-list')) {
    const { text } = await api<Transcript>(host, 'transcript-get', { id: t.id });
    for (const a of await api<Annotation[]>(host, 'annotation-list', { transcriptId: t.id }))
      out.push([a.codeId, text.slice(a.start, a.end)]);
  }
  return out.sort((x, y) => x.join().localeCompare(y.join()));
}

test('a lead imports an ATLAS.ti project after its preview, and exports the project as .qdpx', async ({
  page,
  host,
  tmp,
}) => {
  const file = join(tmp, 'atlas-pilot.qdpx');
  writeFileSync(file, await qdpxFixture('atlas-ti'));
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'lab.attune'));
  await new CoderPage(page).createCoderWithRole('Lea', 'lead');
  const views = new MultiCoderPage(page);
  await views.open('Project settings');

  const qda = new QdaPage(page);
  await qda.openImportFromSettings();
  await qda.chooseFile(file);
  // The preview counts what comes in and lists what does not, before anything is saved.
  await expect(qda.count('sources')).toHaveText('2');
  await expect(qda.count('users')).toHaveText('3');
  await expect(qda.count('highlights')).toHaveText('5');
  await expect(qda.count('selections')).toHaveText('5 of 5');
  await expect(qda.preview).toContainText('from ATLAS.ti 23.2.1 (macOS 13.5)');
  await expect(qda.preview.getByTestId('qda-skipped')).toContainText([
    'PDF source “Coding manual.pdf”: Attune codes text only (1 coding(s) not imported)',
  ]);
  expect(await api<TranscriptSummary[]>(host, 'transcript-list')).toHaveLength(0);
  const result = await qda.importPreviewed();
  await expect(result).toContainText('Imported 2 transcripts and 5 highlights by 3 coders');
  await qda.done();

  expect(await storedHighlights(host)).toEqual([
    ['idealisation_adjective_without_memory', "Loving. Very loving. Supportive, I'd say 😊"],
    ['lack_of_recall.insistence', "I don't remember. I just don't remember much from back then."],
    ['lack_of_recall.insistence', "I don't remember. I just don't remember much from back then."],
    ['normalising_distress', 'Nobody came. That was fine'],
    ['strength_theme', 'it made me strong 💪'],
  ]);

  // The imported transcripts are there to code, with the other coders' highlights.
  await views.open('Coding');
  const ws = new WorkspacePage(page);
  await ws.openTranscript('SYN-0401 mother');
  await expect(ws.transcriptText).toContainText("Supportive, I'd say 😊");

  await views.open('Project settings');
  const exported = await qda.exportFromSettings();
  expect(exported.name).toMatch(/^lab-\d{4}-\d{2}-\d{2}\.qdpx$/);
  const zip = await JSZip.loadAsync(readFileSync(exported.path));
  const qde = await zip.file('project.qde')!.async('string');
  expect(qde.match(/<PlainTextSelection /g)).toHaveLength(5);
  expect(qde).toContain('name="Ben Synthetic"');
});

test('a highlight made with the mouse goes out as .qdpx and comes back at the same span in an empty project', async ({
  page,
  host,
  tmp,
}) => {
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'source.attune'));
  await new CoderPage(page).createCoderWithRole('Ada', 'lead');
  const ws = new WorkspacePage(page);
  await ws.importFile(MINI_FIXTURE);
  await ws.openTranscript('syn-0001-mini');
  const passage = 'She was at work mostly, I sorted myself out.';
  await ws.selectWithMouse(passage);
  await ws.codeButton('Idealisation: unsupported adjective').click();
  await ws.expectAllSaved();

  const views = new MultiCoderPage(page);
  await views.open('Project settings');
  const qda = new QdaPage(page);
  const exported = await qda.exportFromSettings();
  const before = await api<TranscriptSummary[]>(host, 'transcript-list');

  // A new, empty project; the empty reading pane offers the REFI-QDA import beside the transcript import.
  await ws.closeProject();
  await new StartPage(page).createProject(join(tmp, 'copy.attune'));
  await new CoderPage(page).createCoderWithRole('Lea', 'lead');
  await views.open('Coding');
  await page.getByRole('button', { name: 'Import a REFI-QDA project (.qdpx)…' }).click();
  await expect(qda.importDialog).toBeVisible();
  await qda.chooseFile(exported.path);
  await expect(qda.count('highlights')).toHaveText('1');
  await expect(qda.preview).toContainText('none is new');
  await qda.importPreviewed();
  await qda.done();

  const after = await api<TranscriptSummary[]>(host, 'transcript-list');
  expect(after.map((t) => t.hash)).toEqual(before.map((t) => t.hash));
  expect(await storedHighlights(host)).toEqual([['idealization.unsupported_adjective', passage]]);
  // Ada came across as a coder: coding as Ada shows her highlight where she made it.
  await ws.switchCoder();
  await new CoderPage(page).choose('Ada');
  await ws.openTranscript('syn-0001-mini');
  await expect(ws.highlights('idealization.unsupported_adjective')).toHaveText([passage]);
});

test('the codebook editor exports a .qdc and imports one, adding its new codes as a new version', async ({
  page,
  host,
  tmp,
}) => {
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'codes.attune'));
  await new CoderPage(page).createCoderWithRole('Lea', 'lead');
  const cb = new CodebookEditorPage(page);
  await cb.open();
  const download = page.waitForEvent('download');
  await cb.dialog.getByRole('button', { name: 'Export .qdc' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toBe('aai-default-v1.qdc');
  expect(readFileSync(await d.path(), 'utf8')).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');

  const qdc = join(tmp, 'maxqda-codes.qdc');
  writeFileSync(
    qdc,
    `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022">
  <Codes>
    <Code guid="6F1C2B3A-0001-4000-8000-000000000001" name="Unresolved indicators" isCodable="false">
      <Code guid="6F1C2B3A-0002-4000-8000-000000000002" name="Unwarranted guilt" isCodable="true" color="#FF9933"/>
      <Code guid="6F1C2B3A-0003-4000-8000-000000000003" name="disorientation" isCodable="true" color="#C83232"/>
    </Code>
  </Codes>
</CodeBook>
`,
  );
  await cb.importInput.setInputFiles(qdc);
  await expect(cb.dialog.locator('.cb-message')).toContainText(
    'Imported maxqda-codes.qdc: 1 code(s) matched the active codebook, 1 added (Unwarranted guilt) in version 2, now active.',
  );
  await expect(cb.version).toContainText('version 2 (active)');
  await expect(cb.list).toContainText('Unwarranted guilt');
});
