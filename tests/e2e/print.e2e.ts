import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { api } from './helpers/host.ts';
import { twoCodersOnMini } from './helpers/two-coders.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';

test('print: the Review view prints the transcript with both coders’ highlights as a PDF (read back as text and images)', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(120_000);
  const { ada, ben, t, text, span } = await twoCodersOnMini(host, tmp, 'meeting.attune');
  await api(host, 'section-create', {
    transcriptId: t.id,
    start: text.indexOf('I: When you were upset'),
    end: text.indexOf('I: Looking back'),
    number: 5,
    title: 'Upset',
  });
  for (const [c, codeId, phrase] of [
    [ada, 'lack_of_recall.insistence', "I don't remember. I just don't remember childhood"],
    [ben, 'normalizing_or_minimizing', 'it was a normal childhood'],
  ] as const) {
    await api(host, 'session-set-coder', { coderId: c.id });
    await api(host, 'annotation-create', { transcriptId: t.id, coderId: c.id, codeId, ...span(phrase) });
  }
  await api(host, 'classification-set', { transcriptId: t.id, coderId: ben.id, primary: 'Ds', subtype: 'Ds2' });

  await page.goto(host.url);
  await new CoderPage(page).choose('Ada');
  await new MultiCoderPage(page).open('Review');
  const print = page.getByRole('group', { name: 'Print coded transcript' });
  const download = page.waitForEvent('download');
  await print.getByRole('button', { name: 'PDF' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toBe('syn-0001-mini-coded.pdf');
  const pdf = join(tmp, 'printed.pdf');
  await d.saveAs(pdf);

  const pdfText = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  expect(pdfText).toMatch(
    /^\s*15\s+R: I don't remember\. I just don't remember childhood.*Insistence on lack of recall/m,
  );
  expect(pdfText).toMatch(/^\s*11\s+R: She was at work mostly.*Normalising or minimising/m);
  expect(pdfText).toContain('Q5 Upset');
  expect(pdfText).toMatch(/Score sheet: Ben[\s\S]*Ds2/);
  expect(spawnSync('pdftoppm', ['-png', '-r', '60', pdf, join(tmp, 'page')]).status).toBe(0);
  const pages = readdirSync(tmp).filter((f) => /^page-\d+\.png$/.test(f));
  expect(pages.length).toBeGreaterThanOrEqual(3); // transcript, then a score sheet per coder
  expect(readFileSync(join(tmp, pages[0]!)).subarray(1, 4).toString()).toBe('PNG');

  // With no coder ticked there is nothing to print: the buttons say so.
  await page.getByRole('group', { name: 'Coders to compare' }).getByRole('checkbox', { name: 'Ben' }).uncheck();
  await page.getByRole('group', { name: 'Coders to compare' }).getByRole('checkbox', { name: 'Ada' }).uncheck();
  await expect(print.getByRole('button', { name: 'PDF' })).toBeDisabled();
});
