import type { Coder } from '../../shared/api/coder.ts';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { pageApi } from './helpers/page-api.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { StartPage } from './pages/start-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';
import { join } from 'node:path';

const TITLE = 'syn-0001-mini';
const IDEAL = { id: 'idealization.unsupported_adjective', label: 'Idealisation: unsupported adjective' };
const META = { id: 'metacognition.monitoring', label: 'Metacognitive monitoring' };

test('blind coding hides other coders’ work and hidden metadata in the UI and over the API until the lead reveals', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(150_000);
  await page.goto(host.url);
  await new StartPage(page).createProject(join(tmp, 'blind.attune'));
  const coders = new CoderPage(page);
  await coders.createCoderWithRole('Lena', 'lead');
  const ws = new WorkspacePage(page);
  const panel = new CodingPanelPage(page);
  const mc = new MultiCoderPage(page);
  await ws.importFile(MINI_FIXTURE);
  await ws.openTranscript(TITLE);
  await panel.open('Codes');
  await ws.selectWithMouse('She was at work mostly, I sorted myself out.');
  await ws.codeButton(IDEAL.label).click();
  await ws.expectAllSaved();
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  const transcriptId = summary!.id;
  // The lead sees the interviewer field before it is hidden.
  expect((await api<Transcript>(host, 'transcript-get', { id: transcriptId })).metadata).toMatchObject({
    interviewer: 'INT-07',
  });

  // The lead turns blind coding on and hides the interviewer field.
  await mc.open('Project settings');
  await mc.blindSwitch().click();
  await expect(mc.blindSwitch()).toBeChecked();
  await expect(page.getByTestId('blind-state')).toContainText('Blind. Coding is hidden between coders.');
  await page.getByLabel('Field to hide').fill('interviewer');
  await page.getByRole('button', { name: 'Hide field' }).click();
  await expect(page.getByRole('list', { name: 'Hidden fields' })).toContainText('interviewer');
  await expect(ws.saveStatus).toHaveText('All changes saved');

  // A coder joins: the settings are read-only for them, with the reason.
  await ws.header.getByRole('button', { name: /Switch coder/ }).click();
  await coders.expectVisible();
  await coders.createCoderWithRole('Cato', 'coder');
  await expect(page.getByRole('note', { name: 'Read-only for you' })).toBeVisible();
  await expect(mc.blindSwitch()).toBeDisabled();
  const lena = (await api<Coder[]>(host, 'coder-list')).find((c) => c.name === 'Lena')!;

  // Coding: Cato sees none of Lena's highlights and not the hidden field; he tags his own passage.
  await mc.open('Coding');
  await expect(ws.transcriptText).toBeVisible();
  await expect(ws.highlights(IDEAL.id)).toHaveCount(0);
  // The metadata panel shows the participant code but not the hidden field. (The header lines inside the
  // transcript text itself are part of the immutable text and are not filtered.)
  await expect(page.locator('dl.facts')).toContainText('SYN-0001');
  await expect(page.locator('dl.facts')).not.toContainText('INT-07');
  await panel.open('Codes');
  await ws.selectWithMouse('Dad had a lot going on with work');
  await ws.codeButton(META.label).click();
  await ws.expectAllSaved();
  await expect(ws.highlights(META.id)).not.toHaveCount(0);

  // Dashboard and review refuse, saying why.
  await mc.open('Agreement');
  await expect(page.getByRole('note', { name: 'Blind coding is on' })).toContainText('hidden until the lead reveals');
  await expect(mc.results).toHaveCount(0);
  await mc.open('Review');
  await expect(page.getByRole('note', { name: 'Blind coding is on' })).toBeVisible();
  await expect(mc.columns).toHaveCount(0);

  // The API with the page's own token holds the same line.
  const refused = await pageApi(page, 'annotation-list', { transcriptId, coderId: lena.id });
  expect(refused).toMatchObject({
    ok: false,
    error: { type: 'refused', message: expect.stringMatching(/blind coding is on/) },
  });
  const visible = await pageApi(page, 'annotation-list', { transcriptId });
  expect(visible.ok && (visible.value as Annotation[]).map((a) => a.codeId)).toEqual([META.id]);
  expect(await pageApi(page, 'classification-get', { transcriptId, coderId: lena.id })).toMatchObject({
    ok: false,
    error: { type: 'refused' },
  });
  expect(await pageApi(page, 'agreement-compute', {})).toMatchObject({
    ok: false,
    error: { type: 'refused', message: expect.stringMatching(/blind coding is on/) },
  });
  const asCato = await pageApi(page, 'transcript-get', { id: transcriptId });
  expect(asCato.ok).toBe(true);
  const meta = (asCato as { value: Transcript }).value.metadata;
  expect(meta).toMatchObject({ participantCode: 'SYN-0001' });
  expect(Object.keys(meta).map((k) => k.toLowerCase())).not.toContain('interviewer');

  // The lead reveals (with the confirmation that says what it does).
  await ws.header.getByRole('button', { name: /Switch coder/ }).click();
  await coders.expectVisible();
  await coders.choose('Lena');
  await mc.open('Project settings');
  await mc.revealCoding();

  // Now Cato sees Lena's work side by side with his own; the hidden field stays hidden from him.
  await ws.header.getByRole('button', { name: /Switch coder/ }).click();
  await coders.expectVisible();
  await coders.choose('Cato');
  await mc.open('Review');
  await expect(mc.columns).toBeVisible();
  await expect(mc.columns.locator(`[data-coder="${lena.id}"] [data-code-ids~="${IDEAL.id}"]`).first()).toBeVisible();
  await expect(mc.disagreementList).toContainText('only Lena marked Idealisation');
  const now = await pageApi(page, 'annotation-list', { transcriptId, coderId: lena.id });
  expect(now.ok && (now.value as Annotation[]).map((a) => a.codeId)).toEqual([IDEAL.id]);
  const metaAfter = ((await pageApi(page, 'transcript-get', { id: transcriptId })) as { value: Transcript }).value
    .metadata;
  expect(Object.keys(metaAfter).map((k) => k.toLowerCase())).not.toContain('interviewer');
});
