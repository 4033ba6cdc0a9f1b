import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredCodebook } from '../../shared/api/codebook.ts';
import type { CodingImportReport } from '../../shared/api/coding.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

const TEXT =
  "I: Five adjectives for your mother?\nR: Loving, kind. I just don't remember much.\nI: And a memory?\nR: She was at work mostly.";

describe('coding exchange between two machines (.attune-coding) and CSV import', () => {
  let coderMachine: Awaited<ReturnType<typeof servicesWithProject>>;
  let leadMachine: Awaited<ReturnType<typeof servicesWithProject>>;
  let ada: string;
  let tCoder: string;
  let tLead: string;

  beforeEach(async () => {
    coderMachine = await servicesWithProject('ada.attune');
    leadMachine = await servicesWithProject('lead.attune');
    ada = (await coderMachine.call<{ id: string }>('coder-create', { name: 'Ada' })).id;
    tCoder = (
      await coderMachine.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT })
    ).id;
    tLead = (await leadMachine.call<{ id: string }>('transcript-import-text', { fileName: 'SYN-0001.txt', text: TEXT }))
      .id;
    await coderMachine.call('session-set-coder', { coderId: ada });
    const ev = await coderMachine.call<{ id: string }>('event-create', {
      transcriptId: tCoder,
      coderId: ada,
      kind: 'loss',
      who: 'grandfather',
    });
    const h1 = await coderMachine.call<{ id: string }>('annotation-create', {
      transcriptId: tCoder,
      coderId: ada,
      codeId: 'idealization.unsupported_adjective',
      start: 39,
      end: 45,
      note: 'no memory',
    });
    await coderMachine.call('annotation-create', {
      transcriptId: tCoder,
      coderId: ada,
      codeId: 'lack_of_recall.insistence',
      start: 53,
      end: 74,
      eventId: ev.id,
      severity: 2,
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
      annotationId: h1.id,
      linked: true,
    });
    await coderMachine.call('rating-set', {
      transcriptId: tCoder,
      coderId: ada,
      scaleId: 'unres.loss',
      target: `event:${ev.id}`,
      value: 3,
    });
    await coderMachine.call('classification-set', {
      transcriptId: tCoder,
      coderId: ada,
      primary: 'Ds',
      subtype: 'Ds1',
      confidence: 0.8,
    });
    await coderMachine.call('memo-set', { transcriptId: tCoder, coderId: ada, text: 'Idealising.' });
    await coderMachine.call('status-set', { transcriptId: tCoder, coderId: ada, status: 'complete' });
  });
  afterEach(() => {
    coderMachine.done();
    leadMachine.done();
  });

  const exportAda = (includeText = false) =>
    coderMachine.call<{ fileName: string; content: string }>('coding-export', { coderId: ada, includeText });

  it('carries hashes, codebook version and all coding but no transcript text unless asked', async () => {
    const file = await exportAda();
    expect(file.fileName).toMatch(/^Ada-\d{4}-\d{2}-\d{2}\.attune-coding$/);
    const json = JSON.parse(file.content);
    expect(json).toMatchObject({
      format: 'attune-coding',
      version: 1,
      coder: { id: ada, name: 'Ada' },
      codebook: { key: 'aai-default@1' },
    });
    expect(json.transcripts[0].text).toBeUndefined();
    expect(file.content).not.toContain('She was at work mostly');
    expect(JSON.parse((await exportAda(true)).content).transcripts[0].text).toBe(TEXT);
  });

  it('imports into the lead project matched by hash, identically, and a second import changes nothing', async () => {
    const file = await exportAda();
    const first = await leadMachine.call<CodingImportReport>('coding-import', {
      fileName: file.fileName,
      content: file.content,
    });
    expect(first).toMatchObject({
      coders: ['Ada'],
      transcripts: 1,
      annotationsAdded: 2,
      ratings: 2,
      classifications: 1,
      unchanged: false,
    });
    const roundTrip = await leadMachine.call<{ content: string }>('coding-export', { coderId: ada });
    // Ada is the lead of her own project (its first coder) and a coder in the lead's: a file never grants a role.
    const strip = (c: string) => {
      const parsed = JSON.parse(c) as { coder: { role: string } };
      return { ...parsed, exportedAt: null, coder: { ...parsed.coder, role: null } };
    };
    expect(JSON.parse(file.content).coder.role).toBe('lead');
    expect(JSON.parse(roundTrip.content).coder.role).toBe('coder');
    expect(strip(roundTrip.content)).toEqual(strip(file.content));
    const again = await leadMachine.call<CodingImportReport>('coding-import', {
      fileName: file.fileName,
      content: file.content,
    });
    expect(again).toMatchObject({ unchanged: true, annotationsAdded: 0, annotationsRemoved: 0 });
    expect((await leadMachine.call<unknown[]>('annotation-list', { transcriptId: tLead })).length).toBe(2);
  });

  it('reflects deletions made before a re-export', async () => {
    await leadMachine.call('coding-import', { fileName: 'a', content: (await exportAda()).content });
    const [first] = await coderMachine.call<{ id: string }[]>('annotation-list', { transcriptId: tCoder });
    await coderMachine.call('annotation-delete', { id: first!.id });
    const report = await leadMachine.call<CodingImportReport>('coding-import', {
      fileName: 'b',
      content: (await exportAda()).content,
    });
    expect(report).toMatchObject({ annotationsRemoved: 1, annotationsAdded: 0 });
  });

  it('reports an unknown transcript and a different codebook version, importing nothing', async () => {
    const other = await servicesWithProject('other.attune');
    try {
      const r = await other.fail('coding-import', {
        fileName: 'ada.attune-coding',
        content: (await exportAda()).content,
      });
      expect(r.type).toBe('validation');
      expect(r.message).toMatch(
        /^ada\.attune-coding: nothing was imported\. "SYN-0001" \([0-9a-f]{12}…\) is not in this project$/,
      );
      expect(await other.call('coder-list')).toEqual([]);
      // With the text carried along, the lead gets the transcript too.
      const withText = await other.call<CodingImportReport>('coding-import', {
        fileName: 'x',
        content: (await exportAda(true)).content,
      });
      expect(withText).toMatchObject({ transcriptsAdded: 1, annotationsAdded: 2 });
    } finally {
      other.done();
    }
    const changed = JSON.parse((await exportAda()).content);
    changed.codebook.key = 'aai-default@7';
    const r = await leadMachine.fail('coding-import', {
      fileName: 'v7.attune-coding',
      content: JSON.stringify(changed),
    });
    expect(r).toEqual({
      type: 'conflict',
      method: 'coding-import',
      message:
        'v7.attune-coding was coded with codebook aai-default@7, which this project does not have (it has aai-default@1). Import that codebook version first, or export again from a project using aai-default@1.',
    });
    const broken = JSON.parse((await exportAda()).content);
    broken.transcripts[0].annotations[1].codeId = 'not.a.code';
    expect(
      (await leadMachine.fail('coding-import', { fileName: 'b', content: JSON.stringify(broken) })).message,
    ).toContain('code "not.a.code" is not in codebook aai-default@1');
    expect(await leadMachine.call('annotation-list', { transcriptId: tLead })).toEqual([]);
  });

  it('refuses ratings the score sheet would refuse (range, step, target, not rateable with a value), importing nothing', async () => {
    const content = (await exportAda()).content;
    const cases: [string, Record<string, unknown>, string][] = [
      ['range', { value: 42.3 }, 'runs from 1 to 9; 42.3 is outside'],
      ['step', { value: 6.3 }, 'moves in steps of 0.5; 6.3 is between steps'],
      ['target', { target: 'transcript' }, 'is rated for mother, father, not transcript'],
      ['both', { notRateable: true }, 'is marked not rateable but also has the value 6.5'],
    ];
    for (const [name, change, message] of cases) {
      const file = JSON.parse(content);
      Object.assign(
        file.transcripts[0].ratings.find((r: { scaleId: string }) => r.scaleId === 'som.idealization'),
        change,
      );
      const e = await leadMachine.fail('coding-import', {
        fileName: `${name}.attune-coding`,
        content: JSON.stringify(file),
      });
      expect(e.type, name).toBe('validation');
      expect(e.message, name).toMatch(
        new RegExp(
          `^${name}\\.attune-coding: nothing was imported\\. "SYN-0001": .*${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        ),
      );
    }
    expect(await leadMachine.call('annotation-list', { transcriptId: tLead })).toEqual([]);
    expect(await leadMachine.call('coder-list')).toEqual([]);
  });

  it('imports coding made with an older codebook version the project has, and says so in the report', async () => {
    const { codebook } = await leadMachine.call<StoredCodebook>('codebook-get-active');
    const v2 = await leadMachine.call<StoredCodebook>('codebook-save', {
      codebook: { ...codebook, description: 'lab edit' },
    });
    expect(v2.key).toBe('aai-default@2');
    const r = await leadMachine.call<CodingImportReport>('coding-import', {
      fileName: 'ada.attune-coding',
      content: (await exportAda()).content,
    });
    expect(r).toMatchObject({ annotationsAdded: 2, unchanged: false });
    expect(r.warnings).toEqual([
      "ada.attune-coding was coded with codebook aai-default@1, not the project's active aai-default@2. The coding is kept under aai-default@1; agreement uses the active codebook's codes and scales, matched by id.",
    ]);
    const same = await leadMachine.call<CodingImportReport>('coding-import', {
      fileName: 'ada.attune-coding',
      content: (await exportAda()).content,
    });
    expect(same.unchanged).toBe(true);
  });

  it('imports an annotations CSV, names bad rows by number and writes nothing from a bad file', async () => {
    const good = `transcript,coder,start,end,code,note\n${tLead},Ben,39,45,idealization.unsupported_adjective,"kind, but no memory"\n${tLead},Ben,53,74,lack_of_recall.insistence,\n`;
    const r = await leadMachine.call<CodingImportReport>('coding-import', { fileName: 'ben.csv', content: good });
    expect(r).toMatchObject({ format: 'csv', coders: ['Ben'], annotationsAdded: 2 });
    const notes = (await leadMachine.call<{ note: string }[]>('annotation-list', { transcriptId: tLead })).map(
      (a) => a.note,
    );
    expect(notes).toEqual(['kind, but no memory', '']);
    expect(await leadMachine.call('coding-import', { fileName: 'ben.csv', content: good })).toMatchObject({
      annotationsAdded: 0,
      unchanged: true,
    });
    const bad = `transcript,coder,start,end,code,note\n${tLead},Cy,1,5,humour,\n${tLead},Cy,9,4,humour,\nnope,Cy,1,2,humour,\n${tLead},Cy,1,2,bogus,\n${tLead},Cy,1,999,humour,\n${tLead},Cy,x,2,humour,\n`;
    const e = await leadMachine.fail('coding-import', { fileName: 'cy.csv', content: bad });
    expect(e.message).toBe(
      'cy.csv: nothing was imported. row 3: end (4) must be after start (9); row 4: no transcript with id "nope"; row 5: code "bogus" is not in the active codebook; row 6: [1, 999) runs past the end of the transcript (124 characters); row 7: start and end must be whole numbers (got "x", "2")',
    );
    expect((await leadMachine.call<{ name: string }[]>('coder-list')).map((c) => c.name)).toEqual(['Ben']);
    // Row numbers are the file's lines, blank lines included (as a spreadsheet or editor shows them).
    const gap = `transcript,coder,start,end,code,note\n${tLead},Cy,1,5,humour,\n\n${tLead},Cy,60,50,humour,\n`;
    expect((await leadMachine.fail('coding-import', { fileName: 'gap.csv', content: gap })).message).toBe(
      'gap.csv: nothing was imported. row 4: end (50) must be after start (60)',
    );
    expect((await leadMachine.fail('coding-import', { fileName: 'h.csv', content: 'a,b\n1,2\n' })).message).toBe(
      'h.csv: the header must be "transcript,coder,start,end,code,note" (found "a,b")',
    );
  });
});
