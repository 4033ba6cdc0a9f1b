import type { AgreementSummary } from '../../shared/api/agreement.ts';
import { scalePairPoints } from '../../shared/reliability/scale-points.ts';
import { expect, test } from './fixtures.ts';
import { api } from './helpers/host.ts';
import { openLabDashboard } from './helpers/lab-dashboard.ts';
import { ScalePlotPage } from './pages/scale-plot-page.ts';

test("the dashboard plots a scale for each coder pair from the scale's values: the points are the transcripts both coders rated", async ({
  page,
  tmp,
  launchHost,
}) => {
  test.setTimeout(120_000);
  const lab = { transcripts: 10, coders: 3, highlightsPerTranscript: 10, words: 1500, seed: 4 };
  const { host } = await openLabDashboard(page, { tmp, launchHost }, lab);

  // What the plot must show, from the same answer the dashboard got (its scales carry values, not points).
  const summary = await api<AgreementSummary>(host, 'agreement-compute', {});
  const scale = summary.scales.find((s) => s.n >= 5 && s.pairs.length === 3)!;
  expect(scale.pairs.every((p) => !('points' in p))).toBe(true);
  const titleOf = new Map(summary.transcripts.map((t) => [t.transcriptId, t.title]));

  const plots = new ScalePlotPage(page);
  await plots.choose(scale.scaleId, scale.target);
  await expect(plots.plot.getByRole('img', { name: 'Coder 01 against Coder 02' })).toBeVisible();
  const expectTitles = async (pairIndex: number) => {
    const p = scale.pairs[pairIndex]!;
    const points = scalePairPoints(scale, p);
    expect(points.length).toBe(p.n);
    // Each transcript appears in exactly one point's tooltip, with both coders' values.
    const titles = (await plots.titles()).join(' | ');
    for (const pt of points) expect(titles).toContain(titleOf.get(pt.transcriptId)!);
    return points;
  };
  const first = await expectTitles(0);
  const distinct = new Set(first.map((p) => `${p.a},${p.b}`)).size;
  await expect(plots.points).toHaveCount(distinct);

  await plots.pair.selectOption({ index: 2 });
  await expect(plots.plot.getByRole('img', { name: 'Coder 02 against Coder 03' })).toBeVisible();
  await expectTitles(2);

  await plots.mode('Bland–Altman').click();
  await expect(plots.plot.getByRole('img', { name: 'Bland–Altman: Coder 02 minus Coder 03' })).toBeVisible();
  await expect(plots.caption).toContainText('Bias');
  const third = scalePairPoints(scale, scale.pairs[2]!);
  await expect(plots.points).toHaveCount(new Set(third.map((p) => `${(p.a + p.b) / 2},${p.a - p.b}`)).size);
  await plots.plot.screenshot({ path: test.info().outputPath('scale-plot.png') });
});
