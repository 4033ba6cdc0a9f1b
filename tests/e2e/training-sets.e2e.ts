import type { Coder } from '../../shared/api/coder.ts';
import { expect, test } from './fixtures.ts';
import { api } from './helpers/host.ts';
import { pageApi } from './helpers/page-api.ts';
import { twoCodersOnMini } from './helpers/two-coders.ts';
import { CoderPage } from './pages/coder-page.ts';
import { CodingPanelPage } from './pages/coding-panel-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

const T = 'syn-0001-mini';

test('training sets: a trainer defines a set; a trainee codes and submits, and only then sees the key comparison', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(180_000);
  // Ada (lead) has coded the transcript: her coding is the key. Tess is a trainee.
  const { ada, t } = await twoCodersOnMini(host, tmp, 'training.attune');
  await api(host, 'session-set-coder', { coderId: ada.id });
  await api(host, 'classification-set', { transcriptId: t.id, coderId: ada.id, primary: 'Ds' });
  await api(host, 'coder-create', { name: 'Tess', role: 'trainee' });
  await api(host, 'session-set-coder', { coderId: null });

  // The lead defines the set in the Training view (trainer mode stays off: sets do not need it).
  await page.goto(host.url);
  const coders = new CoderPage(page);
  await coders.choose('Ada');
  const mc = new MultiCoderPage(page);
  await mc.open('Training');
  await page.getByRole('button', { name: 'New training set' }).click();
  const editor = page.getByRole('form', { name: 'Training set' });
  await editor.getByLabel('Name').fill('Autumn practice');
  await editor.getByRole('checkbox', { name: T }).check();
  await editor.getByRole('combobox', { name: `Key for ${T}` }).selectOption({ label: 'Ada' });
  await editor.getByRole('checkbox', { name: 'Tess' }).check();
  await editor.getByRole('button', { name: 'Create set' }).click();
  const set = page.getByRole('article', { name: 'Training set Autumn practice' });
  await expect(set).toContainText(`${T}: key Ada`);
  const table = set.getByRole('table', { name: 'Autumn practice: trainees against the keys' });
  await expect(table.getByRole('row', { name: /Tess/ })).toContainText('not submitted yet');

  // The trainee, as a separate coder, codes the transcript in the Coding view.
  const ws = new WorkspacePage(page);
  await ws.switchCoder();
  await coders.choose('Tess');
  await mc.open('Coding');
  await ws.openTranscript(T);
  const panel = new CodingPanelPage(page);
  await panel.open('Classification');
  await panel.primary('F').click();
  await expect(panel.primary('F')).toHaveAttribute('aria-pressed', 'true');
  await ws.expectAllSaved();

  // Before submitting: the set shows no key, the table no comparison, and the host refuses Ada's coding.
  await mc.open('Training');
  const mine = page.getByRole('article', { name: 'Training set Autumn practice' });
  await expect(mine).not.toContainText('key Ada');
  await expect(mine.getByRole('table', { name: /trainees against the keys/ })).toContainText(
    "the trainer's key stays hidden until you submit",
  );
  expect(await pageApi(page, 'classification-get', { transcriptId: t.id, coderId: ada.id })).toMatchObject({
    ok: false,
    error: { type: 'refused' },
  });

  // Submitting (after the explanation) opens the comparison with the key, for this transcript.
  await mine.getByRole('button', { name: `Submit ${T}` }).click();
  await expect(mine.getByText('Submit your coding? The key becomes visible.')).toBeVisible();
  await mine.getByRole('button', { name: 'Submit', exact: true }).click();
  const row = mine.getByRole('table', { name: /trainees against the keys/ }).getByRole('row', { name: /Tess/ });
  await expect(row).toContainText('✗ F (key Ds)');
  await expect(row).toContainText('0.0% of 1');
  expect(await pageApi(page, 'classification-get', { transcriptId: t.id, coderId: ada.id })).toMatchObject({
    ok: true,
    value: { primary: 'Ds' },
  });

  // The trainer sees the same comparison for Tess.
  await ws.switchCoder();
  await coders.choose('Ada');
  await mc.open('Training');
  await expect(
    page.getByRole('article', { name: 'Training set Autumn practice' }).getByRole('row', { name: /Tess/ }),
  ).toContainText('✗ F (key Ds)');
  expect((await api<Coder[]>(host, 'coder-list')).map((c) => c.name)).toEqual(['Ada', 'Ben', 'Tess']);
});
