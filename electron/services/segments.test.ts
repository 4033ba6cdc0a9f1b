import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Segment } from '../../shared/api/segment.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { contextAround } from './segments.ts';

// Line 1 header, Q1 starts on line 2, Q2 on line 4. Offsets below are found in the text, never typed.
const TEXT = [
  'SYNTHETIC - NOT REAL DATA',
  'I: Could you describe your relationship with your parents?',
  'R: My mother was loving. Very loving. I can’t remember examples — café days, maybe.',
  'I: Did you experience the loss of someone close?',
  'R: My grandfather died when I was seven. He is, he is still watching.',
].join('\n');
const at = (s: string) => TEXT.indexOf(s);

describe('segment-list: every visible highlight across transcripts', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  let t: string;
  let t2: string;
  const ids: Record<string, string> = {};
  const highlight = (coder: string, codeId: string, phrase: string, extra: object = {}, transcriptId = t) =>
    h.call('annotation-create', {
      transcriptId,
      coderId: ids[coder],
      codeId,
      start: at(phrase),
      end: at(phrase) + phrase.length,
      ...extra,
    });

  beforeEach(async () => {
    h = await servicesWithProject();
    // The first coder is the lead, who then adds the others (only a lead gives roles).
    Object.assign(
      ids,
      await h.addCoders([
        ['Lead', 'lead'],
        ['Ada', 'coder'],
        ['Ben', 'coder'],
        ['Tess', 'trainer'],
        ['Tim', 'trainee'],
      ]),
    );
    t = (await h.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT })).id;
    t2 = (
      await h.call<{ id: string }>('transcript-import-text', {
        fileName: 'SYN-0002.txt',
        text: TEXT.replace('DATA', 'DATA 2'),
      })
    ).id;
    h.services
      .current()!
      .db.run('UPDATE transcripts SET metadata = ? WHERE id = ?', [JSON.stringify({ participantCode: 'P-17' }), t]);
    await h.call('section-create', { transcriptId: t, start: at('I: Could'), end: at('I: Did'), number: 1 });
    await h.call('section-create', { transcriptId: t, start: at('I: Did'), end: TEXT.length, number: 2 });
    const loss = await h.call<{ id: string }>('event-create', {
      transcriptId: t,
      coderId: ids.Ada!,
      kind: 'loss',
      who: 'grandfather',
      speakerAge: '7',
    });
    await highlight('Ada', 'idealization.unsupported_adjective', 'Very loving', { note: 'no memory given' });
    await highlight('Ben', 'idealization.unsupported_adjective', 'Very loving');
    await highlight('Ada', 'lack_of_recall.insistence', 'I can’t remember examples — café days', { severity: 2 });
    await highlight('Ada', 'unres.reasoning_lapse', 'he is still watching', { eventId: loss.id, severity: 3 });
    await highlight('Tess', 'unres.reasoning_lapse', 'he is still watching');
    await highlight('Ben', 'derogation', 'SYNTHETIC', {}, t2);
  });
  afterEach(() => h.done());

  it('gives each highlight its exact text, 1-based line, section, participant, coder, code and event', async () => {
    const all = await h.call<Segment[]>('segment-list', { transcriptIds: [t] });
    expect(all).toHaveLength(5);
    for (const s of all) expect(s.text).toBe(TEXT.slice(s.start, s.end));
    const recall = all.find((s) => s.codeId === 'lack_of_recall.insistence')!;
    expect(recall).toMatchObject({
      text: 'I can’t remember examples — café days',
      line: 3,
      section: 1,
      participant: 'P-17',
      coder: 'Ada',
      codeLabel: 'Insistence on lack of recall',
      groupId: 'consistency',
      severity: 2,
      event: null,
    });
    const lapse = all.find((s) => s.coder === 'Ada' && s.codeId === 'unres.reasoning_lapse')!;
    expect(lapse).toMatchObject({ line: 5, section: 2, event: 'loss: grandfather, age 7', severity: 3 });
    expect(lapse.before.endsWith('He is, ')).toBe(true);
    // Text order across coders, so several coders' highlights of one passage sit together.
    expect(all.map((s) => `${s.coder}:${s.line}`)).toEqual(['Ada:3', 'Ben:3', 'Ada:3', 'Ada:5', 'Tess:5']);
    const other = await h.call<Segment[]>('segment-list', { transcriptIds: [t2] });
    expect(other).toMatchObject([{ line: 1, section: null, participant: null, text: 'SYNTHETIC' }]);
  });

  it('filters by code, group, coder, section, severity, event link and words', async () => {
    const list = (f: object) =>
      h.call<Segment[]>('segment-list', f).then((r) => r.map((s) => `${s.coder}:${s.codeId}`));
    expect(await list({ codeIds: ['derogation'] })).toEqual(['Ben:derogation']);
    expect(await list({ groupIds: ['unresolved'] })).toEqual([
      'Ada:unres.reasoning_lapse',
      'Tess:unres.reasoning_lapse',
    ]);
    expect(await list({ coderIds: [ids.Ben], transcriptIds: [t] })).toEqual(['Ben:idealization.unsupported_adjective']);
    expect(await list({ sections: [2] })).toEqual(['Ada:unres.reasoning_lapse', 'Tess:unres.reasoning_lapse']);
    expect(await list({ sections: [null] })).toEqual(['Ben:derogation']);
    expect(await list({ severities: [2, 3] })).toEqual(['Ada:lack_of_recall.insistence', 'Ada:unres.reasoning_lapse']);
    expect(await list({ linkedToEvent: true })).toEqual(['Ada:unres.reasoning_lapse']);
    expect(await list({ text: 'NO MEMORY' })).toEqual(['Ada:idealization.unsupported_adjective']);
    expect((await h.fail('segment-list', { codeIds: ['no.such'] })).message).toBe(
      'no code "no.such" in the active codebook',
    );
    expect((await h.fail('segment-list', { sections: ['1'] })).type).toBe('validation');
  });

  it("blind mode: a coder gets only their own highlights; the CLI's no-identity call is refused", async () => {
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('settings-update', { blindMode: true });
    await h.call('session-set-coder', { coderId: ids.Ada });
    const mine = await h.call<Segment[]>('segment-list', {});
    expect(new Set(mine.map((s) => s.coder))).toEqual(new Set(['Ada']));
    expect(await h.call<Segment[]>('segment-list', { coderIds: [ids.Ben] })).toEqual([]);
    await h.call('session-set-coder', { coderId: ids.Lead });
    expect(await h.call<Segment[]>('segment-list', {})).toEqual([]);
    await h.call('session-set-coder', { coderId: null });
    expect(await h.fail('segment-list', {})).toMatchObject({
      type: 'refused',
      message: 'blind coding is on: choose your coder identity first',
    });
    await h.call('session-set-coder', { coderId: ids.Lead });
    await h.call('settings-update', { revealed: true });
    await h.call('session-set-coder', { coderId: ids.Ada });
    expect(new Set((await h.call<Segment[]>('segment-list', {})).map((s) => s.coder))).toEqual(
      new Set(['Ada', 'Ben', 'Tess']),
    );
  });

  it("trainer mode: a trainee never gets the trainer's key highlights before submitting", async () => {
    await h.call('session-set-coder', { coderId: ids.Tess });
    await h.call('settings-update', { trainerMode: true });
    await h.call('training-set-key', { transcriptId: t, coderId: ids.Tess });
    await h.call('session-set-coder', { coderId: ids.Tim });
    await highlight('Tim', 'unres.reasoning_lapse', 'he is still watching');
    const before = await h.call<Segment[]>('segment-list', { codeIds: ['unres.reasoning_lapse'] });
    // A trainee sees nobody else's coding until they submit; then only the key's (never another coder's).
    expect(before.map((s) => s.coder).sort()).toEqual(['Tim']);
    await h.call('status-submit', { transcriptId: t, coderId: ids.Tim });
    const after = await h.call<Segment[]>('segment-list', { codeIds: ['unres.reasoning_lapse'] });
    expect(after.map((s) => s.coder).sort()).toEqual(['Tess', 'Tim']);
  });

  it('cuts context at word boundaries', () => {
    const text = `${'word '.repeat(40)}TARGET${' tail'.repeat(40)}`;
    const c = contextAround(text, 200, 206);
    expect(c.before.startsWith('word')).toBe(true);
    expect(c.after.endsWith('tail')).toBe(true);
    expect(c.before.length).toBeLessThanOrEqual(80);
  });
});
