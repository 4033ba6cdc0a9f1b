/**
 * The Segments view for the README, at 1440×900 (ATTUNE_SHOT_SIZE=1280x720 for the smaller window).
 * Not part of `npm test`; run after `npm run build`:
 *   npx playwright test -c tests/e2e/screenshots.config.ts segments
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Coder } from '../../shared/api/coder.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { CoderPage } from './pages/coder-page.ts';
import { SegmentsPage } from './pages/segments-page.ts';
import { shotsDir } from './helpers/shots.ts';

test('screenshot of the Segments view', async ({ page, host, tmp }) => {
  const out = shotsDir();
  const [w, h] = (process.env['ATTUNE_SHOT_SIZE'] ?? '1440x900').split('x').map(Number);
  await page.setViewportSize({ width: w!, height: h! });
  await api(host, 'project-create', { path: join(tmp, 'Pilot study.attune') });
  const coders = [];
  for (const [name, role] of [
    ['L. Okafor', 'lead'],
    ['M. Ruiz', 'coder'],
    ['S. Chen', 'coder'],
  ] as const)
    coders.push(await api<Coder>(host, 'coder-create', { name, role }));
  const t = await api<TranscriptSummary>(host, 'transcript-import-text', {
    fileName: 'SYN-0001.txt',
    text: readFileSync(MINI_FIXTURE, 'utf8'),
  });
  const text = (await api<Transcript>(host, 'transcript-get', { id: t.id })).text;
  const span = (p: string) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
  await api(host, 'section-create', {
    transcriptId: t.id,
    ...span('I: I'),
    end: text.indexOf('I: When you'),
    number: 3,
  });
  await api(host, 'section-create', {
    transcriptId: t.id,
    start: text.indexOf('I: When you'),
    end: text.indexOf('I: Looking'),
    number: 5,
  });
  const marks: [number, string, string, object][] = [
    [0, 'idealization.unsupported_adjective', 'Loving. Very loving.', { note: 'No episode offered for "loving".' }],
    [1, 'idealization.unsupported_adjective', 'Very loving.', {}],
    [2, 'idealization.unsupported_adjective', 'Loving. Very loving.', {}],
    [0, 'lack_of_recall.insistence', "I don't remember. I just don't remember childhood", { severity: 2 }],
    [1, 'lack_of_recall.insistence', "I don't remember. I just don't remember childhood", { severity: 3 }],
    [2, 'normalizing_or_minimizing', "I don't remember. I just don't remember childhood", {}],
    [0, 'normalizing_or_minimizing', 'it was a normal childhood', { note: 'Minimises the absence.' }],
    [1, 'manner.vague_or_jargon', 'and that sort of thing and whatever, the summers and.', {}],
  ];
  for (const [i, codeId, phrase, extra] of marks) {
    await api(host, 'session-set-coder', { coderId: coders[i]!.id });
    await api(host, 'annotation-create', {
      transcriptId: t.id,
      coderId: coders[i]!.id,
      codeId,
      ...span(phrase),
      ...extra,
    });
  }
  await page.goto(host.url);
  await new CoderPage(page).choose('L. Okafor');
  const seg = new SegmentsPage(page);
  await seg.open();
  await seg.filter('Code').selectOption({ label: 'All consistency codes' });
  await seg.passages.nth(2).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'segments.png') });

  // A page of the printed transcript with the three coders, as an image.
  await api(host, 'session-set-coder', { coderId: coders[0]!.id });
  await api(host, 'classification-set', { transcriptId: t.id, coderId: coders[0]!.id, primary: 'Ds', subtype: 'Ds1' });
  const pdf = await api<{ content: string }>(host, 'report-create-transcript', {
    transcriptId: t.id,
    coderIds: coders.map((c) => c.id),
    format: 'pdf',
  });
  writeFileSync(join(tmp, 'printed.pdf'), Buffer.from(pdf.content, 'base64'));
  spawnSync('pdftoppm', [
    '-png',
    '-r',
    '80',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    join(tmp, 'printed.pdf'),
    join(tmp, 'printed'),
  ]);
  renameSync(join(tmp, 'printed.png'), join(out, 'printed-transcript.png'));
});
