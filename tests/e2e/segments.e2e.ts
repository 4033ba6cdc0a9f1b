import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { api } from './helpers/host.ts';
import { twoCodersOnMini } from './helpers/two-coders.ts';
import { CoderPage } from './pages/coder-page.ts';
import { TranscriptViewPage } from './pages/transcript-view-page.ts';
import { SegmentsPage } from './pages/segments-page.ts';
import { WorkspacePage } from './pages/workspace-page.ts';

test('segments: filter every passage coded X, see coders together, export CSV and HTML, open a passage', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(150_000);
  const { ada, ben, t, text, span } = await twoCodersOnMini(host, tmp, 'study.attune');
  await api(host, 'section-create', {
    transcriptId: t.id,
    ...span('I: When you were upset'),
    end: text.indexOf('I: Looking back'),
    number: 5,
    title: 'Upset',
  });
  const RECALL = "I don't remember. I just don't remember childhood";
  const marks = [
    [ada, 'lack_of_recall.insistence', RECALL, 'repeated insistence'],
    [ben, 'lack_of_recall.insistence', RECALL, ''],
    [ben, 'normalizing_or_minimizing', 'it was a normal childhood', ''],
    [ada, 'idealization.unsupported_adjective', 'Very loving', 'no memory to support it'],
  ] as const;
  for (const [c, codeId, phrase, note] of marks) {
    await api(host, 'session-set-coder', { coderId: c.id });
    await api(host, 'annotation-create', { transcriptId: t.id, coderId: c.id, codeId, note, ...span(phrase) });
  }

  await page.goto(host.url);
  await new CoderPage(page).choose('Ada');
  const seg = new SegmentsPage(page);
  await seg.open();
  await expect(seg.status).toContainText('4 highlights in 3 passages');

  // "Every passage anyone tagged as insistence on lack of recall": both coders' highlights in one passage.
  await seg.filter('Code').selectOption({ label: 'Insistence on lack of recall' });
  await expect(seg.status).toContainText('2 highlights in 1 passage');
  const recall = seg.passage(RECALL);
  await expect(recall).toContainText('syn-0001-mini');
  await expect(recall).toContainText('line 15 · Q5 Upset');
  await expect(recall).toContainText('agree');
  await expect(seg.readings(recall)).toHaveText([/Insistence on lack of recall\s*Ada.*repeated insistence/, /Ben/]);

  // The code's memo sits beside its passages: typed, saved as typed, shared.
  const memo = page.getByRole('textbox', { name: 'Memo on “Insistence on lack of recall”' });
  await memo.click();
  await page.keyboard.type('Anchor: "I just don\'t remember" twice.');
  await expect(page.getByTestId('shared-memo-state')).toHaveText('Memo saved', { timeout: 10_000 });
  expect(await api(host, 'memo-get-shared', { scope: 'code', codeId: 'lack_of_recall.insistence' })).toMatchObject({
    text: 'Anchor: "I just don\'t remember" twice.',
    updatedBy: 'Ada',
  });

  // A code group, then a coder.
  await seg.filter('Code').selectOption({ label: 'All consistency codes' });
  await expect(seg.status).toContainText('4 highlights in 3 passages');
  await seg.filter('Coder').selectOption({ label: 'Ben' });
  await expect(seg.status).toContainText('2 highlights in 2 passages');
  await seg.filter('Coder').selectOption({ label: 'All coders' });
  await seg.filter('Question').selectOption({ label: 'Q5' });
  await expect(seg.status).toContainText('2 highlights in 1 passage');

  // Exports: the CSV holds one row per highlight with the exact text; the HTML quotes the passage once.
  const csv = await seg.export('CSV');
  expect(csv.name).toBe('study-segments-consistency.csv');
  const rows = readFileSync(csv.path, 'utf8').trim().split('\r\n');
  expect(rows[0]).toBe(
    'transcript_id,transcript,participant,coder,code_id,code,start,end,line,section,severity,event,text,note',
  );
  expect(rows).toHaveLength(3);
  expect(rows[1]).toContain(`Ada,lack_of_recall.insistence,Insistence on lack of recall,${span(RECALL).start}`);
  const html = readFileSync((await seg.export('HTML')).path, 'utf8');
  expect(html.match(/<mark>/g)).toHaveLength(1);
  expect(html).toContain('repeated insistence');

  // A click opens the passage in its transcript: both coders side by side in Review.
  await recall.getByRole('button', { name: /Open syn-0001-mini line 15/ }).click();
  await expect(page.getByRole('tab', { name: 'Review', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('review-columns')).toContainText('Ben');

  // Ada's own highlight alone opens in the Coding view with the passage selected.
  await seg.open();
  await expect(seg.filter('Question')).toHaveValue('5'); // the filters are kept
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await seg.filter('Code').selectOption({ label: 'Idealisation: unsupported adjective' });
  await seg.passage('Very loving').getByRole('button').click();
  await expect(page.getByRole('tab', { name: 'Coding', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => new WorkspacePage(page).selectedText()).toBe('Very loving');

  // Project search finds the note, and "all passages coded X" opens this view filtered to the code.
  const tv = new TranscriptViewPage(new WorkspacePage(page));
  await tv.openProjectSearch();
  await tv.searchInput.pressSequentially('repeated insist');
  await expect(tv.search.getByRole('option').first()).toContainText('Note by Ada on Insistence on lack of recall');
  await tv.searchInput.fill('insistence');
  await tv.search.getByRole('button', { name: 'All passages coded “Insistence on lack of recall” ›' }).click();
  await expect(page.getByRole('tab', { name: 'Segments', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(seg.filter('Code')).toHaveValue('code:lack_of_recall.insistence');
  await expect(seg.status).toContainText('2 highlights in 1 passage');
});
