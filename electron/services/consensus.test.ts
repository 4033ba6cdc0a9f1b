import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { AgreementSummary } from '../../shared/api/agreement.ts';
import type { LossEvent } from '../../shared/api/event.ts';
import type { Rating } from '../../shared/api/rating.ts';
import type { ConsensusRecord } from '../../shared/api/consensus.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

const TEXT = 'I: Mother?\nR: Loving. She was never there, I sorted myself out.';

describe('consensus: a separate record built from the independent codings, with provenance and rationale', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    h = await servicesWithProject();
    Object.assign(
      ids,
      await h.addCoders([
        ['Lead', 'lead'],
        ['Ada', 'coder'],
        ['Ben', 'coder'],
      ] as const),
    );
    t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0009.txt', text: TEXT })).id;
    for (const [who, primary, value] of [
      ['Ada', 'Ds', 6],
      ['Ben', 'F', 3.5],
    ] as const) {
      await h.call('session-set-coder', { coderId: ids[who] });
      await h.call('annotation-create', {
        transcriptId: t,
        coderId: ids[who],
        codeId: 'idealization.unsupported_adjective',
        start: 14,
        end: 21,
      });
      await h.call('classification-set', {
        transcriptId: t,
        coderId: ids[who],
        primary,
        subtype: primary === 'Ds' ? 'Ds1' : 'F3a',
      });
      await h.call('rating-set', {
        transcriptId: t,
        coderId: ids[who],
        scaleId: 'som.idealization',
        target: 'mother',
        value,
      });
    }
    await h.call('session-set-coder', { coderId: ids.Lead });
  });
  afterEach(() => h.done());

  it('accepts items from either coder, keeps the independent codings untouched, and records origin and rationale', async () => {
    const [adasHighlight] = await h.call<{ id: string }[]>('annotation-list', { transcriptId: t, coderId: ids.Ada });
    await h.call('consensus-accept', {
      transcriptId: t,
      source: { kind: 'annotation', annotationId: adasHighlight!.id },
      rationale: 'both marked it',
    });
    await h.call('consensus-accept', {
      transcriptId: t,
      source: { kind: 'classification', coderId: ids.Ada },
      rationale: 'no memory supports "loving"',
    });
    let rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'rating', coderId: ids.Ben, scaleId: 'som.idealization', target: 'mother' },
      rationale: 'moderate',
    });
    expect(rec.consensus).toMatchObject({ name: 'Consensus', role: 'consensus' });
    expect(rec.annotations).toMatchObject([
      {
        codeId: 'idealization.unsupported_adjective',
        start: 14,
        end: 21,
        origin: { how: 'accepted', coderId: ids.Ada, item: adasHighlight!.id },
        rationale: 'both marked it',
      },
    ]);
    expect(rec.classification).toMatchObject({
      primary: 'Ds',
      subtype: 'Ds1',
      origin: { how: 'accepted', coderId: ids.Ada },
      rationale: 'no memory supports "loving"',
    });
    expect(rec.ratings).toMatchObject([
      { value: 3.5, origin: { how: 'accepted', coderId: ids.Ben }, rationale: 'moderate' },
    ]);

    // Editing a consensus item through the ordinary calls marks it edited and keeps the rationale.
    await h.call('rating-set', {
      transcriptId: t,
      coderId: rec.consensus.id,
      scaleId: 'som.idealization',
      target: 'mother',
      value: 5,
    });
    await h.call('annotation-update', { id: rec.annotations[0]!.id, end: 20 });
    rec = await h.call<ConsensusRecord>('consensus-set-rationale', {
      transcriptId: t,
      item: { kind: 'classification' },
      rationale: 'agreed in conference',
    });
    expect(rec.ratings[0]).toMatchObject({
      value: 5,
      origin: { how: 'edited', coderId: ids.Ben },
      rationale: 'moderate',
    });
    expect(rec.annotations[0]).toMatchObject({ end: 20, origin: { how: 'edited' }, rationale: 'both marked it' });
    expect(rec.classification?.rationale).toBe('agreed in conference');

    // The independent codings are as they were.
    expect(await h.call('classification-get', { transcriptId: t, coderId: ids.Ben })).toMatchObject({
      primary: 'F',
      subtype: 'F3a',
    });
    expect(await h.call('rating-list', { transcriptId: t, coderId: ids.Ada })).toMatchObject([{ value: 6 }]);
    // Accepting the same highlight twice does not duplicate it.
    await h.call('consensus-accept', {
      transcriptId: t,
      source: { kind: 'annotation', annotationId: adasHighlight!.id },
      rationale: 'again',
    });
    expect((await h.call<ConsensusRecord>('consensus-get', { transcriptId: t })).annotations).toHaveLength(1);
  });

  it("accepting Ada's highlight and then Ben's identical one (same code and span) keeps one consensus highlight", async () => {
    const [adas] = await h.call<{ id: string }[]>('annotation-list', { transcriptId: t, coderId: ids.Ada });
    const [bens] = await h.call<{ id: string }[]>('annotation-list', { transcriptId: t, coderId: ids.Ben });
    await h.call('consensus-accept', { transcriptId: t, source: { kind: 'annotation', annotationId: adas!.id } });
    const rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'annotation', annotationId: bens!.id },
      rationale: 'Ben agrees',
    });
    expect(rec.annotations).toHaveLength(1);
    expect(rec.annotations[0]).toMatchObject({
      start: 14,
      end: 21,
      origin: { how: 'accepted', coderId: ids.Ada, item: adas!.id },
      rationale: 'Ben agrees',
    });
  });

  it('is for leads and trainers, and needs the codings revealed under blind coding', async () => {
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(
      await h.fail('consensus-accept', { transcriptId: t, source: { kind: 'classification', coderId: ids.Ben } }),
    ).toEqual({
      type: 'refused',
      method: 'consensus-accept',
      message: 'building a consensus needs a lead or trainer as the acting coder',
    });
    expect((await h.fail('consensus-get', { transcriptId: t })).message).toBe(
      'no consensus has been started in this project',
    );
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('settings-update', { blindMode: true });
    expect(
      (await h.fail('consensus-accept', { transcriptId: t, source: { kind: 'classification', coderId: ids.Ben } }))
        .type,
    ).toBe('refused');
  });
});

describe('consensus: loss and trauma events with their unresolved ratings', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  const ids: Record<string, string> = {};
  const ev: Record<string, LossEvent> = {};
  const hl: Record<string, Annotation> = {};
  beforeEach(async () => {
    h = await servicesWithProject();
    Object.assign(
      ids,
      await h.addCoders([
        ['Lead', 'lead'],
        ['Ada', 'coder'],
        ['Ben', 'coder'],
      ] as const),
    );
    t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0010.txt', text: TEXT })).id;
    // Each coder lists the same loss in their own words and rates it differently; Ada also rates a trauma scale.
    for (const [who, age, loss, trauma] of [
      ['Ada', '9', 6, 3],
      ['Ben', 'about 10', 4.5, null],
    ] as const) {
      const c = ids[who]!;
      await h.call('session-set-coder', { coderId: c });
      ev[who] = await h.call<LossEvent>('event-create', {
        transcriptId: t,
        coderId: c,
        kind: 'loss',
        who: 'grandmother',
        speakerAge: age,
        note: `${who}'s note`,
      });
      await h.call('rating-set', {
        transcriptId: t,
        coderId: c,
        scaleId: 'unres.loss',
        target: `event:${ev[who]!.id}`,
        value: loss,
      });
      if (trauma !== null)
        await h.call('rating-set', {
          transcriptId: t,
          coderId: c,
          scaleId: 'unres.trauma',
          target: `event:${ev[who]!.id}`,
          value: trauma,
        });
      hl[who] = await h.call<Annotation>('annotation-create', {
        transcriptId: t,
        coderId: c,
        codeId: 'unres.discourse_lapse',
        start: 22,
        end: 40,
        eventId: ev[who]!.id,
      });
    }
    await h.call('session-set-coder', { coderId: ids.Lead });
  });
  afterEach(() => h.done());

  const get = () => h.call<ConsensusRecord>('consensus-get', { transcriptId: t });

  it("accepts a coder's event: copies the event and all its ratings to a consensus event, with origin and rationale", async () => {
    const rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ada, eventId: ev.Ada!.id },
      rationale: 'Ada dated it; lapses in Q9',
    });
    expect(rec.events).toHaveLength(1);
    const ce = rec.events[0]!;
    expect(ce).toMatchObject({
      coderId: rec.consensus.id,
      kind: 'loss',
      who: 'grandmother',
      speakerAge: '9',
      note: "Ada's note",
      origin: { how: 'accepted', coderId: ids.Ada, item: `event:${ev.Ada!.id}` },
      rationale: 'Ada dated it; lapses in Q9',
    });
    expect(ce.id).not.toBe(ev.Ada!.id);
    const origin = { how: 'accepted', coderId: ids.Ada, item: `event:${ev.Ada!.id}` };
    expect(rec.ratings.map((r) => [r.scaleId, r.target, r.value, r.origin, r.rationale])).toEqual([
      ['unres.loss', `event:${ce.id}`, 6, origin, 'Ada dated it; lapses in Q9'],
      ['unres.trauma', `event:${ce.id}`, 3, origin, 'Ada dated it; lapses in Q9'],
    ]);
    // Ada's own event and ratings are where they were.
    expect(await h.call<LossEvent[]>('event-list', { transcriptId: t, coderId: ids.Ada })).toEqual([ev.Ada]);
    expect(
      (await h.call<Rating[]>('rating-list', { transcriptId: t, coderId: ids.Ada })).map((r) => [r.target, r.value]),
    ).toEqual([
      [`event:${ev.Ada!.id}`, 6],
      [`event:${ev.Ada!.id}`, 3],
    ]);
  });

  it('accepting the same event again updates the consensus event instead of adding one, even when it has no ratings', async () => {
    const first = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ben, eventId: ev.Ben!.id },
      rationale: 'first',
    });
    const ce = first.events[0]!;
    // Ben then corrects his event and his rating; the lead had edited the consensus value meanwhile.
    await h.call('session-set-coder', { coderId: ids.Ben });
    await h.call('event-update', { id: ev.Ben!.id, speakerAge: '10' });
    await h.call('rating-set', {
      transcriptId: t,
      coderId: ids.Ben,
      scaleId: 'unres.loss',
      target: `event:${ev.Ben!.id}`,
      value: 5,
    });
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('rating-set', {
      transcriptId: t,
      coderId: first.consensus.id,
      scaleId: 'unres.loss',
      target: `event:${ce.id}`,
      value: 7,
    });
    await h.call('rating-set', {
      transcriptId: t,
      coderId: first.consensus.id,
      scaleId: 'unres.trauma',
      target: `event:${ce.id}`,
      value: 2,
    });
    const again = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ben, eventId: ev.Ben!.id },
      rationale: 'second',
    });
    expect(again.events).toHaveLength(1);
    expect(again.events[0]).toMatchObject({ id: ce.id, speakerAge: '10', rationale: 'second' });
    // The consensus event's ratings are Ben's again (his only scale; the trauma value made in conference goes).
    expect(again.ratings.map((r) => [r.scaleId, r.target, r.value, r.origin?.how, r.rationale])).toEqual([
      ['unres.loss', `event:${ce.id}`, 5, 'accepted', 'second'],
    ]);

    // An event with no ratings dedupes too: its origin is on the event itself.
    await h.call('session-set-coder', { coderId: ids.Ada });
    const bare = await h.call<LossEvent>('event-create', {
      transcriptId: t,
      coderId: ids.Ada,
      kind: 'trauma',
      who: 'father',
    });
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ada, eventId: bare.id },
    });
    const rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ada, eventId: bare.id },
      rationale: 'still one',
    });
    expect(rec.events.map((e) => [e.kind, e.who, e.rationale])).toEqual([
      ['loss', 'grandmother', 'second'],
      ['trauma', 'father', 'still one'],
    ]);
  });

  it("the lead edits a consensus event's ratings through rating-set, sets its rationale, and removes it with event-delete", async () => {
    let rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ada, eventId: ev.Ada!.id },
      rationale: 'why',
    });
    const ce = rec.events[0]!;
    await h.call('rating-set', {
      transcriptId: t,
      coderId: rec.consensus.id,
      scaleId: 'unres.loss',
      target: `event:${ce.id}`,
      value: 5.5,
    });
    rec = await h.call<ConsensusRecord>('consensus-set-rationale', {
      transcriptId: t,
      item: { kind: 'event', eventId: ce.id },
      rationale: 'settled at 5.5 in conference',
    });
    expect(rec.ratings.find((r) => r.scaleId === 'unres.loss')).toMatchObject({
      value: 5.5,
      origin: { how: 'edited', coderId: ids.Ada, item: `event:${ev.Ada!.id}` },
      rationale: 'why',
    });
    expect(rec.ratings.find((r) => r.scaleId === 'unres.trauma')).toMatchObject({
      value: 3,
      origin: { how: 'accepted' },
    });
    expect(rec.events[0]).toMatchObject({ id: ce.id, rationale: 'settled at 5.5 in conference' });
    // A coder's event is not the consensus's to annotate, nor can its rating be accepted on its own.
    expect(
      await h.fail('consensus-set-rationale', {
        transcriptId: t,
        item: { kind: 'event', eventId: ev.Ada!.id },
        rationale: 'x',
      }),
    ).toMatchObject({ type: 'not-found' });
    expect(
      await h.fail('consensus-accept', {
        transcriptId: t,
        source: { kind: 'rating', coderId: ids.Ada, scaleId: 'unres.loss', target: `event:${ev.Ada!.id}` },
      }),
    ).toEqual({
      type: 'validation',
      method: 'consensus-accept',
      message: 'a rating of a loss or trauma event is accepted with its event: accept the event',
    });
    expect(
      (
        await h.fail('consensus-accept', {
          transcriptId: t,
          source: { kind: 'event', coderId: ids.Ben, eventId: ev.Ada!.id },
        })
      ).message,
    ).toBe(`no event ${ev.Ada!.id} by that coder`);
    expect(
      (
        await h.fail('consensus-accept', {
          transcriptId: t,
          source: { kind: 'event', coderId: rec.consensus.id, eventId: ce.id },
        })
      ).message,
    ).toBe('that event is already part of the consensus');

    await h.call('event-delete', { id: ce.id });
    rec = await get();
    expect(rec.events).toEqual([]);
    expect(rec.ratings).toEqual([]);
    // Removing it leaves the coder's event alone, and accepting it again makes a new consensus event.
    expect(await h.call<LossEvent[]>('event-list', { transcriptId: t, coderId: ids.Ada })).toEqual([ev.Ada]);
    rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ada, eventId: ev.Ada!.id },
      rationale: 'back',
    });
    expect(rec.events).toHaveLength(1);
    expect(rec.events[0]!.id).not.toBe(ce.id);
    // A coder cannot change the consensus's events.
    await h.call('session-set-coder', { coderId: ids.Ben });
    expect((await h.fail('event-delete', { id: rec.events[0]!.id })).type).toBe('refused');
  });

  it('links an accepted highlight to the consensus event accepted from its event, whichever is accepted first', async () => {
    // Highlight first, then event (Ada).
    let rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'annotation', annotationId: hl.Ada!.id },
    });
    expect(rec.annotations[0]!.eventId).toBeNull();
    rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ada, eventId: ev.Ada!.id },
    });
    const adaEvent = rec.events[0]!.id;
    expect(rec.annotations.map((a) => [a.origin?.item, a.eventId])).toEqual([[hl.Ada!.id, adaEvent]]);
    // Event first, then highlight (Ben).
    rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ben, eventId: ev.Ben!.id },
    });
    const benEvent = rec.events.find((e) => e.origin?.coderId === ids.Ben)!.id;
    rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'annotation', annotationId: hl.Ben!.id },
    });
    expect(rec.annotations.find((a) => a.origin?.item === hl.Ben!.id)?.eventId).toBe(benEvent);
    // An accepted highlight whose event was not accepted stays unlinked; the coders' highlights keep their own links.
    await h.call('event-delete', { id: benEvent });
    rec = await get();
    expect(rec.annotations.map((a) => a.eventId).sort()).toEqual([adaEvent, null].sort());
    expect((await h.call<Annotation[]>('annotation-list', { transcriptId: t, coderId: ids.Ben }))[0]!.eventId).toBe(
      ev.Ben!.id,
    );
    // Accepting Ben's event again links his accepted highlight to the new consensus event.
    rec = await h.call<ConsensusRecord>('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ben, eventId: ev.Ben!.id },
    });
    const benAgain = rec.events.find((e) => e.origin?.coderId === ids.Ben)!.id;
    expect(rec.annotations.find((a) => a.origin?.item === hl.Ben!.id)?.eventId).toBe(benAgain);
  });

  it("agreement leaves the consensus's unresolved ratings out unless it is chosen", async () => {
    await h.call('consensus-accept', {
      transcriptId: t,
      source: { kind: 'event', coderId: ids.Ada, eventId: ev.Ada!.id },
    });
    const consensusId = (await get()).consensus.id;
    const unresolved = (r: AgreementSummary) => r.scales.find((s) => s.scaleId === 'unres.loss')!;
    const byDefault = await h.call<AgreementSummary>('agreement-compute', {});
    expect(byDefault.coders.map((c) => c.id)).not.toContain(consensusId);
    expect(unresolved(byDefault).coders).toEqual(expect.arrayContaining([ids.Ada, ids.Ben]));
    expect(unresolved(byDefault).coders).not.toContain(consensusId);
    const chosen = await h.call<AgreementSummary>('agreement-compute', { coderIds: [ids.Ada, consensusId] });
    expect(unresolved(chosen).coders).toEqual(expect.arrayContaining([ids.Ada, consensusId]));
  });
});
