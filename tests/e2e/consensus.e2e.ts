import { join } from 'node:path';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { Classification } from '../../shared/api/classification.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { ConsensusRecord } from '../../shared/api/consensus.ts';
import type { Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { MINI_FIXTURE } from './helpers/flow.ts';
import { api } from './helpers/host.ts';
import { twoCodersOnMini } from './helpers/two-coders.ts';
import { CoderPage } from './pages/coder-page.ts';
import { MultiCoderPage } from './pages/multi-coder-page.ts';

test('consensus: accept an item from each coder with a rationale, see where each came from; the independent codings stay', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(120_000);
  const { ada, ben, t, span } = await twoCodersOnMini(host, tmp, 'conference.attune');
  for (const [c, cls, coh, phrase, code] of [
    [ada, 'F', 5, 'She was at work mostly, I sorted myself out.', 'idealization.unsupported_adjective'],
    [ben, 'Ds', 6, "I don't remember. I just don't remember childhood", 'lack_of_recall.insistence'],
  ] as const) {
    await api(host, 'session-set-coder', { coderId: c.id });
    await api(host, 'classification-set', { transcriptId: t.id, coderId: c.id, primary: cls });
    await api(host, 'rating-set', {
      transcriptId: t.id,
      coderId: c.id,
      scaleId: 'coh.transcript',
      target: 'transcript',
      value: coh,
    });
    await api(host, 'annotation-create', { transcriptId: t.id, coderId: c.id, codeId: code, ...span(phrase) });
  }

  await page.goto(host.url);
  await new CoderPage(page).choose('Ada');
  const mc = new MultiCoderPage(page);
  await mc.open('Consensus');
  const rationale = page.getByRole('textbox', { name: 'Rationale', exact: true });

  // Ada's classification, with why.
  await expect(page.getByTestId('cs-class-Ada')).toContainText('F');
  await expect(page.getByTestId('cs-class-Ben')).toContainText('Ds');
  await page.getByRole('button', { name: 'Accept Ada’s classification' }).click();
  await rationale.fill('Balanced, coherent account; agreed in conference.');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  const cons = page.getByTestId('cs-class-consensus');
  await expect(cons).toContainText('accepted from Ada');
  await expect(cons.locator('.cs-value')).toHaveText('F');
  await expect(cons.getByRole('textbox', { name: 'Rationale for the consensus classification' })).toHaveValue(
    'Balanced, coherent account; agreed in conference.',
  );

  // Ben's coherence rating and Ben's highlight.
  await page.getByRole('button', { name: 'Accept Ben’s Coherence of transcript' }).click();
  await rationale.fill('Ben’s 6 fits the collaboration shown in Q2.');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  const ratingRow = page.getByRole('row', { name: /Coherence of transcript/ });
  await expect(ratingRow.getByRole('spinbutton', { name: 'Consensus Coherence of transcript' })).toHaveValue('6');
  await expect(ratingRow).toContainText('accepted from Ben');
  await page.getByRole('button', { name: 'Accept Ben’s Insistence on lack of recall highlight' }).click();
  await rationale.fill('Insistence, repeated.');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByTestId('cs-consensus-highlights')).toContainText('accepted from Ben');
  await expect(page.getByTestId('cs-consensus-highlights')).toContainText(
    "I don't remember. I just don't remember childhood",
  );

  // Editing the consensus value marks it edited; editing a rationale saves it.
  await ratingRow.getByRole('spinbutton', { name: 'Consensus Coherence of transcript' }).fill('5.5');
  await ratingRow.getByRole('spinbutton', { name: 'Consensus Coherence of transcript' }).blur();
  await expect(ratingRow).toContainText('edited (from Ben)');
  const clsRationale = cons.getByRole('textbox', { name: 'Rationale for the consensus classification' });
  await clsRationale.fill('Balanced, coherent account; F3 agreed after discussing Q5.');
  await clsRationale.blur();
  await expect(cons).toContainText('Saved');
  // The conference settles on Ds after all: the consensus classification is edited in place.
  await cons.getByRole('combobox', { name: 'Change the consensus classification' }).selectOption('Ds');
  await expect(cons.locator('.cs-value')).toHaveText('Ds');
  await expect(cons).toContainText('edited (from Ada)');

  // What is stored: a separate record with origins and rationales; Ada's and Ben's own codings unchanged.
  await api(host, 'session-set-coder', { coderId: ada.id });
  const record = await api<ConsensusRecord>(host, 'consensus-get', { transcriptId: t.id });
  expect(record.consensus.role).toBe('consensus');
  expect(record.classification).toMatchObject({
    primary: 'Ds',
    origin: { how: 'edited', coderId: ada.id },
    rationale: 'Balanced, coherent account; F3 agreed after discussing Q5.',
  });
  expect(record.ratings).toEqual([
    expect.objectContaining({
      scaleId: 'coh.transcript',
      value: 5.5,
      origin: expect.objectContaining({ how: 'edited', coderId: ben.id }),
      rationale: 'Ben’s 6 fits the collaboration shown in Q2.',
    }),
  ]);
  expect(record.annotations).toEqual([
    expect.objectContaining({
      codeId: 'lack_of_recall.insistence',
      origin: expect.objectContaining({ how: 'accepted', coderId: ben.id }),
      rationale: 'Insistence, repeated.',
    }),
  ]);
  expect((await api<Rating[]>(host, 'rating-list', { transcriptId: t.id, coderId: ben.id }))[0]?.value).toBe(6);
  expect((await api<Classification>(host, 'classification-get', { transcriptId: t.id, coderId: ben.id })).primary).toBe(
    'Ds',
  );
  expect((await api<Classification>(host, 'classification-get', { transcriptId: t.id, coderId: ada.id })).primary).toBe(
    'F',
  );
  expect(await api<Annotation[]>(host, 'annotation-list', { transcriptId: t.id, coderId: ben.id })).toHaveLength(1);

  // A coder is told why the consensus is not theirs to build.
  await page
    .locator('header.app-header')
    .getByRole('button', { name: /Switch coder/ })
    .click();
  await new CoderPage(page).expectVisible();
  await new CoderPage(page).choose('Ben');
  await mc.open('Consensus');
  await expect(page.getByRole('note', { name: 'For leads and trainers' })).toBeVisible();
});

test('consensus: accept one coder’s loss with its unresolved ratings, edit the value; origin and rationale are stored, the coders’ events stay', async ({
  page,
  host,
  tmp,
}) => {
  test.setTimeout(120_000);
  // Setup over the API: Ben and Cat each list the grandmother's death and rate it differently.
  await api(host, 'project-create', { path: join(tmp, 'losses.attune') });
  const lia = await api<Coder>(host, 'coder-create', { name: 'Lia', role: 'lead' });
  const ben = await api<Coder>(host, 'coder-create', { name: 'Ben', role: 'coder' });
  const cat = await api<Coder>(host, 'coder-create', { name: 'Cat', role: 'coder' });
  const t = await api<TranscriptSummary>(host, 'transcript-import-text', {
    fileName: 'syn-0001-mini.txt',
    text: readFileSync(MINI_FIXTURE, 'utf8'),
  });
  const text = (await api<Transcript>(host, 'transcript-get', { id: t.id })).text;
  const phrase = 'She taught me to bake.';
  const events: Record<string, LossEvent> = {};
  for (const [c, who, loss, trauma] of [
    [ben, 'grandmother', 6, null],
    [cat, 'Grandma', 3.5, 2],
  ] as const) {
    await api(host, 'session-set-coder', { coderId: c.id });
    const ev = await api<LossEvent>(host, 'event-create', {
      transcriptId: t.id,
      coderId: c.id,
      kind: 'loss',
      who,
      speakerAge: '11',
      note: `${c.name}: Q13, spring`,
    });
    events[c.name] = ev;
    await api(host, 'rating-set', {
      transcriptId: t.id,
      coderId: c.id,
      scaleId: 'unres.loss',
      target: `event:${ev.id}`,
      value: loss,
    });
    if (trauma !== null)
      await api(host, 'rating-set', {
        transcriptId: t.id,
        coderId: c.id,
        scaleId: 'unres.trauma',
        target: `event:${ev.id}`,
        value: trauma,
      });
  }
  await api(host, 'session-set-coder', { coderId: ben.id });
  const start = text.indexOf(phrase);
  await api(host, 'annotation-create', {
    transcriptId: t.id,
    coderId: ben.id,
    codeId: 'unres.discourse_lapse',
    start,
    end: start + phrase.length,
    eventId: events.Ben!.id,
  });
  const before = {
    events: [
      await api<LossEvent[]>(host, 'event-list', { transcriptId: t.id, coderId: ben.id }),
      await api<LossEvent[]>(host, 'event-list', { transcriptId: t.id, coderId: cat.id }),
    ],
    ratings: [
      await api<Rating[]>(host, 'rating-list', { transcriptId: t.id, coderId: ben.id }),
      await api<Rating[]>(host, 'rating-list', { transcriptId: t.id, coderId: cat.id }),
    ],
  };

  await page.goto(host.url);
  await new CoderPage(page).choose('Lia');
  const mc = new MultiCoderPage(page);
  await mc.open('Consensus');

  // Both coders' events side by side, with their unresolved ratings.
  const benLoss = 'Loss: grandmother (age 11)';
  await expect(mc.consensusEventColumn('Ben').getByRole('listitem', { name: `Ben: ${benLoss}` })).toContainText(
    /Unresolved loss\s*6/,
  );
  await expect(
    mc.consensusEventColumn('Cat').getByRole('listitem', { name: 'Cat: Loss: Grandma (age 11)' }),
  ).toContainText(/Unresolved loss\s*3\.5/);
  await expect(mc.consensusEventColumn('Cat')).toContainText(/Unresolved trauma\s*2/);
  await expect(mc.consensusEventColumn('Consensus')).toContainText('None yet');

  // The lead accepts Ben's loss with why, then settles the value at 5 in conference.
  await mc.acceptConsensusEvent('Ben', benLoss, 'Ben dated it; the lapse in Q13 is mild.');
  const card = mc.consensusEvent(benLoss);
  await expect(card).toContainText('accepted from Ben');
  await expect(card.getByRole('spinbutton', { name: `Consensus Unresolved loss (${benLoss})` })).toHaveValue('6');
  await expect(card.getByRole('textbox', { name: `Rationale for ${benLoss}` })).toHaveValue(
    'Ben dated it; the lapse in Q13 is mild.',
  );
  await expect(mc.consensusEventColumn('Ben')).toContainText('in the consensus');
  await mc.setConsensusEventRating(benLoss, 'Unresolved loss', 5);
  await expect(card).toContainText('edited (from Ben)');
  // Ben's highlight on the loss comes in linked to the consensus event.
  await page.getByRole('button', { name: 'Accept Ben’s Lapse in monitoring discourse highlight' }).click();
  await page.getByRole('textbox', { name: 'Rationale', exact: true }).fill('Lapse in the loss passage.');
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(page.getByTestId('cs-consensus-highlights')).toContainText(`linked to ${benLoss}`);

  mkdirSync('/tmp/shots', { recursive: true });
  await page.getByRole('heading', { name: 'Losses and traumas' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/shots/consensus-events.png', fullPage: true });

  // What is stored: the consensus event, its rating with origin and rationale.
  await api(host, 'session-set-coder', { coderId: lia.id });
  let record = await api<ConsensusRecord>(host, 'consensus-get', { transcriptId: t.id });
  expect(record.events).toEqual([
    expect.objectContaining({
      coderId: record.consensus.id,
      kind: 'loss',
      who: 'grandmother',
      speakerAge: '11',
      note: 'Ben: Q13, spring',
      origin: { how: 'accepted', coderId: ben.id, item: `event:${events.Ben!.id}` },
      rationale: 'Ben dated it; the lapse in Q13 is mild.',
    }),
  ]);
  const consensusEvent = record.events[0]!.id;
  expect(record.ratings).toEqual([
    expect.objectContaining({
      scaleId: 'unres.loss',
      target: `event:${consensusEvent}`,
      value: 5,
      origin: { how: 'edited', coderId: ben.id, item: `event:${events.Ben!.id}` },
      rationale: 'Ben dated it; the lapse in Q13 is mild.',
    }),
  ]);
  expect(record.annotations).toEqual([
    expect.objectContaining({ codeId: 'unres.discourse_lapse', eventId: consensusEvent }),
  ]);
  // The independent codings are as they were.
  expect([
    await api<LossEvent[]>(host, 'event-list', { transcriptId: t.id, coderId: ben.id }),
    await api<LossEvent[]>(host, 'event-list', { transcriptId: t.id, coderId: cat.id }),
  ]).toEqual(before.events);
  expect([
    await api<Rating[]>(host, 'rating-list', { transcriptId: t.id, coderId: ben.id }),
    await api<Rating[]>(host, 'rating-list', { transcriptId: t.id, coderId: cat.id }),
  ]).toEqual(before.ratings);

  // Cat's version is accepted as well, then removed again: only Ben's remains.
  await mc.acceptConsensusEvent('Cat', 'Loss: Grandma (age 11)', 'Compare in conference.');
  await expect(
    mc
      .consensusEvent('Loss: Grandma (age 11)')
      .getByRole('spinbutton', { name: 'Consensus Unresolved trauma (Loss: Grandma (age 11))' }),
  ).toHaveValue('2');
  await mc.removeConsensusEvent('Loss: Grandma (age 11)');
  record = await api<ConsensusRecord>(host, 'consensus-get', { transcriptId: t.id });
  expect(record.events.map((e) => e.id)).toEqual([consensusEvent]);
  expect(record.ratings.map((r) => [r.target, r.value])).toEqual([[`event:${consensusEvent}`, 5]]);
});
