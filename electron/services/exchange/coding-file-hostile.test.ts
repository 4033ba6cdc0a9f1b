import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodingImportReport } from '../../../shared/api/coding.ts';
import { servicesWithProject } from '../../../tests/support/services.ts';

const TEXT =
  "I: Five adjectives for your mother?\nR: Loving, kind. I just don't remember much.\nI: And a memory?\nR: She was at work mostly.";
const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
// A parsed file, changed freely the way a hostile editor would.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tampered = Record<string, any>;
type Machine = Awaited<ReturnType<typeof servicesWithProject>>;

/** A coder's project and a lead's project holding the same transcript; Lee (lead) has coded it. */
describe('tampered and mismatched coding files', () => {
  let coderMachine: Machine;
  let lead: Machine;
  let ada: string;
  let lee: string;
  let tCoder: string;
  let tLead: string;

  beforeEach(async () => {
    coderMachine = await servicesWithProject('ada.attune');
    lead = await servicesWithProject('lead.attune');
    ada = (await coderMachine.call<{ id: string }>('coder-create', { name: 'Ada' })).id;
    tCoder = (
      await coderMachine.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT })
    ).id;
    tLead = (await lead.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT })).id;
    lee = (await lead.call<{ id: string }>('coder-create', { name: 'Lee', role: 'lead' })).id;
    for (const [start, end] of [
      [3, 8],
      [10, 20],
      [40, 45],
      [60, 70],
      [80, 90],
    ])
      await lead.call('annotation-create', { transcriptId: tLead, coderId: lee, codeId: 'humour', start, end });
    await lead.call('classification-set', { transcriptId: tLead, coderId: lee, primary: 'F', subtype: 'F3a' });
    const ev = await coderMachine.call<{ id: string }>('event-create', {
      transcriptId: tCoder,
      coderId: ada,
      kind: 'loss',
      who: 'grandfather',
    });
    const h = await coderMachine.call<{ id: string }>('annotation-create', {
      transcriptId: tCoder,
      coderId: ada,
      codeId: 'idealization.unsupported_adjective',
      start: 39,
      end: 45,
      eventId: ev.id,
    });
    await coderMachine.call('rating-set', {
      transcriptId: tCoder,
      coderId: ada,
      scaleId: 'som.idealization',
      target: 'mother',
      value: 6.5,
    });
    await coderMachine.call('rating-link', {
      transcriptId: tCoder,
      coderId: ada,
      scaleId: 'som.idealization',
      target: 'mother',
      annotationId: h.id,
      linked: true,
    });
  });
  afterEach(() => {
    coderMachine.done();
    lead.done();
  });

  const adaFile = async (includeText = false) =>
    JSON.parse(
      (await coderMachine.call<{ content: string }>('coding-export', { coderId: ada, includeText })).content,
    ) as Tampered;
  const leeUntouched = async () => {
    expect(await lead.call<unknown[]>('annotation-list', { transcriptId: tLead, coderId: lee })).toHaveLength(5);
    expect(await lead.call('classification-get', { transcriptId: tLead, coderId: lee })).toMatchObject({
      primary: 'F',
    });
  };

  it("refuses a file whose coder has another coder's name (any case) or id, naming both; nothing written", async () => {
    const byName = await adaFile();
    byName.coder.name = 'lee';
    const e1 = await lead.fail('coding-import', { fileName: 'lee.attune-coding', content: JSON.stringify(byName) });
    expect(e1.type).toBe('validation');
    expect(e1.message).toMatch(
      /^lee\.attune-coding: nothing was imported\. the file's coder "lee" \(.+\) is not this project's coder "Lee" \(.+\)/,
    );
    const byId = await adaFile();
    byId.coder.id = lee;
    const e2 = await lead.fail('coding-import', { fileName: 'id.attune-coding', content: JSON.stringify(byId) });
    expect(e2.message).toContain(`the file's coder "Ada" carries the id of this project's coder "Lee"`);
    const lookAlike = await adaFile();
    lookAlike.coder.name = '\u041Bee'.replace('\u041B', 'L').replace('e', '\u0435'); // Cyrillic е
    expect((await lead.fail('coding-import', { fileName: 'x', content: JSON.stringify(lookAlike) })).message).toContain(
      `is not this project's coder "Lee"`,
    );
    await leeUntouched();
    expect((await lead.call<{ name: string }[]>('coder-list')).map((c) => c.name)).toEqual(['Lee']);
  });

  it("never grants a role: a file claiming lead (as a coder's own project does) adds a coder quietly", async () => {
    const file = await adaFile();
    file.coder.role = 'lead';
    const r = await lead.call<CodingImportReport>('coding-import', { fileName: 'a', content: JSON.stringify(file) });
    expect(r.warnings.join(' ')).not.toContain('never gives a role');
    const coders = await lead.call<{ name: string; role: string }[]>('coder-list');
    expect(coders.find((c) => c.name === 'Ada')?.role).toBe('coder');
  });

  it('never grants a role: a file claiming trainer adds a coder, and says so', async () => {
    const file = await adaFile();
    file.coder.role = 'trainer';
    const r = await lead.call<CodingImportReport>('coding-import', { fileName: 'a', content: JSON.stringify(file) });
    expect(r.warnings.join(' ')).toContain(
      'The file names Ada as trainer; a file never gives a role, so Ada was added as a coder',
    );
    const coders = await lead.call<{ name: string; role: string }[]>('coder-list');
    expect(coders.find((c) => c.name === 'Ada')?.role).toBe('coder');
  });

  it('answers tampered items (foreign or duplicate ids, duplicate ratings and links) with a 4xx naming the file and item', async () => {
    // Ada's own file comes in first, so her ids exist in the lead project.
    await lead.call('coding-import', { fileName: 'ada.attune-coding', content: JSON.stringify(await adaFile()) });
    const [leeHighlight] = await lead.call<{ id: string }[]>('annotation-list', { transcriptId: tLead, coderId: lee });
    const leeEvent = await lead.call<{ id: string }>('event-create', {
      transcriptId: tLead,
      coderId: lee,
      kind: 'loss',
    });
    const cases: [string, (f: Tampered) => void, string][] = [
      [
        'foreign-event',
        (f) => (f.transcripts[0].events[0].id = leeEvent.id),
        `loss or trauma event ${leeEvent.id} already belongs to another coder`,
      ],
      [
        'foreign-highlight',
        (f) => (f.transcripts[0].annotations[0].id = leeHighlight!.id),
        `highlight ${leeHighlight!.id} already belongs to another coder`,
      ],
      [
        'dup-event',
        (f) => f.transcripts[0].events.push({ ...f.transcripts[0].events[0] }),
        'is listed twice in the file',
      ],
      [
        'dup-rating',
        (f) => f.transcripts[0].ratings.push({ ...f.transcripts[0].ratings[0], links: [] }),
        'the rating som.idealization (mother) is listed twice',
      ],
      [
        'dup-link',
        (f) => f.transcripts[0].ratings[0].links.push(f.transcripts[0].ratings[0].links[0]),
        'links highlight',
      ],
    ];
    for (const [name, change, message] of cases) {
      const f = await adaFile();
      change(f);
      const r = await lead.services.dispatcher.dispatch('coding-import', {
        fileName: `${name}.attune-coding`,
        content: JSON.stringify(f),
      });
      expect(r.ok, name).toBe(false);
      if (r.ok) continue;
      expect(r.error.type, name).toBe('validation');
      expect(r.error.message, name).toMatch(new RegExp(`^${name}\\.attune-coding: nothing was imported\\.`));
      expect(r.error.message, name).toContain(message);
      expect(r.error.message, name).not.toContain('UNIQUE');
    }
    await leeUntouched();
  });

  it('says a transcript with the same title has different text, and imports the matching ones when asked', async () => {
    const other = await lead.call<{ id: string }>('transcript-import-text', {
      fileName: 'SYN-0002.txt',
      text: 'I: Tell me about your father.\nR: He was kind.',
    });
    expect(other.id).toBeTruthy();
    const f = await adaFile();
    // Ada imported SYN-0002 without the replacement list: same title, different text.
    f.transcripts.push({
      ...f.transcripts[0],
      hash: sha('I: Tell me about your father.\nR: Margaret was kind.'),
      title: 'SYN-0002',
      characters: 51,
      annotations: [],
      events: [],
      ratings: [],
    });
    const refused = await lead.services.dispatcher.dispatch('coding-import', {
      fileName: 'ada.attune-coding',
      content: JSON.stringify(f),
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.type).toBe('conflict');
    expect(refused.error.message).toBe(
      'ada.attune-coding: nothing was imported. "SYN-0002" is in this project but with different text (45 characters here, 51 in the file), e.g. imported with another replacement list. 1 of the 2 transcripts matches this project; you can import that one alone.',
    );
    expect(refused.error.issues?.[0]?.path).toBe('onlyMatching');
    expect(await lead.call('annotation-list', { transcriptId: tLead, coderId: ada })).toEqual([]);
    const r = await lead.call<CodingImportReport>('coding-import', {
      fileName: 'ada.attune-coding',
      content: JSON.stringify(f),
      onlyMatching: true,
    });
    expect(r).toMatchObject({ transcripts: 1, transcriptsSkipped: 1, annotationsAdded: 1 });
    expect(r.warnings.join(' ')).toContain('Left out: "SYN-0002" is in this project but with different text');
  });

  it('adds a transcript from file text only when it is stored text: no CR, NUL or direction overrides', async () => {
    const bad = 'I: Hi\r\nR: x\u0000y \u202Eevil';
    const f = await adaFile();
    f.transcripts[0] = {
      ...f.transcripts[0],
      text: bad,
      hash: sha(bad),
      characters: bad.length,
      title: 'Bad',
      annotations: [],
      events: [],
      ratings: [],
    };
    const fresh = await servicesWithProject('fresh.attune');
    try {
      const e = await fresh.fail('coding-import', { fileName: 'bad.attune-coding', content: JSON.stringify(f) });
      expect(e.message).toContain('"Bad": the text in the file is not stored text');
      expect(await fresh.call('transcript-list')).toEqual([]);
      expect(await fresh.call('coder-list')).toEqual([]);
    } finally {
      fresh.done();
    }
  });

  it('accepts a span ending at the last UTF-16 unit of a text with emoji (file and CSV)', async () => {
    const text = 'I: How was it? 😀😀😀\nR: Fine 🙂 really.';
    const t = await lead.call<{ id: string; characters: number }>('transcript-import-text', {
      fileName: 'emoji.txt',
      text,
    });
    expect(t.characters).toBe(text.length);
    const csv = `transcript,coder,start,end,code,note\n${t.id},Ben,${text.length - 7},${text.length},humour,\n`;
    expect(await lead.call('coding-import', { fileName: 'ben.csv', content: csv })).toMatchObject({
      annotationsAdded: 1,
    });
    const past = `transcript,coder,start,end,code,note\n${t.id},Ben,1,${text.length + 1},humour,\n`;
    expect((await lead.fail('coding-import', { fileName: 'p.csv', content: past })).message).toContain(
      `runs past the end of the transcript (${text.length} characters)`,
    );
  });
});
