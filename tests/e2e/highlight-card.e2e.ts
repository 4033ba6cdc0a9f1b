import type { Annotation } from '../../shared/api/annotation.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';
import { api, type Host } from './helpers/host.ts';

const IDEAL = { id: 'idealization.unsupported_adjective', label: 'Idealisation: unsupported adjective' };

async function annotations(host: Host): Promise<Annotation[]> {
  const [summary] = await api<TranscriptSummary[]>(host, 'transcript-list');
  return api<Annotation[]>(host, 'annotation-list', { transcriptId: summary!.id });
}

test('any passage tag takes a severity from 1 to 3 in its card (saved at once, undoable); only event-linked codes ask for an event', async ({
  page,
  host,
  tmp,
}) => {
  const ws = await openFreshWorkspace(page, host, tmp);
  await ws.selectWithMouse('She was at work mostly');
  await ws.codeButton(IDEAL.label).click();
  await ws.expectAllSaved();
  await ws.clickPhrase('work mostly');

  const card = ws.card(IDEAL.label);
  const severity = card.getByRole('group', { name: 'Severity', exact: true });
  await expect(severity).toBeVisible();
  await expect(card.getByLabel('Event')).toHaveCount(0);
  await expect(severity.getByRole('button', { name: 'None' })).toHaveAttribute('aria-pressed', 'true');

  await severity.getByRole('button', { name: '2', exact: true }).click();
  await ws.expectAllSaved();
  await expect(severity.getByRole('button', { name: '2', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect((await annotations(host)).map((a) => a.severity)).toEqual([2]);

  await ws.transcriptText.focus();
  await page.keyboard.press('Control+z');
  await ws.expectAllSaved();
  expect((await annotations(host)).map((a) => a.severity)).toEqual([null]);
  await expect(severity.getByRole('button', { name: 'None' })).toHaveAttribute('aria-pressed', 'true');
});
