import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { QdaFile, QdpxImportResult, QdpxPreview } from '../../../shared/api/qda.ts';
import type { Transcript, TranscriptSummary } from '../../../shared/api/transcript.ts';
import { servicesWithProject } from '../../../tests/support/services.ts';
import { xmllint } from '../../../tests/support/xmllint.ts';

// A CRLF file with astral characters (emoji, a ZWJ family), a decomposed accent that NFC composes and a
// combining mark that has no precomposed form, so UTF-16 offsets and code points differ all the way.
const RAW =
  'I: Five words for your mother 😀?\r\nR: Warm, 👩\u200D👧 close. Zoe\u0301 said q\u0303uite "loving".\r\n\r\nI: A memory?\r\nR: She sang to me 🎶 at night.';

type Env = Awaited<ReturnType<typeof servicesWithProject>>;

async function zipOf(file: QdaFile) {
  return JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'));
}

async function qdeOf(file: QdaFile): Promise<string> {
  return (await zipOf(file)).file('project.qde')!.async('string');
}

describe('REFI-QDA round trip: export a project, import it into an empty one', () => {
  let a: Env;
  let b: Env;
  let transcript: Transcript;
  let ada: Coder;
  let ben: Coder;

  beforeEach(async () => {
    a = await servicesWithProject('source.attune');
    b = await servicesWithProject('empty.attune');
    ada = await a.call<Coder>('coder-create', { name: 'Ada', role: 'lead' });
    ben = await a.call<Coder>('coder-create', { name: 'Ben' });
    const imported = await a.call<TranscriptSummary>('transcript-import-file', {
      fileName: 'SYN-0301.txt',
      contentBase64: Buffer.from(RAW, 'utf8').toString('base64'),
      options: { metadata: { participantCode: 'SYN-0301', interviewer: 'IV-2', fields: { Group: 'pilot' } } },
    });
    transcript = await a.call<Transcript>('transcript-get', { id: imported.id });
    const t = transcript.text;
    const span = (s: string, extra = 0) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length + extra });
    const make = (coder: Coder, codeId: string, s: { start: number; end: number }, note = '') =>
      a.call('annotation-create', { transcriptId: transcript.id, coderId: coder.id, codeId, ...s, note });
    await make(ada, 'idealization.unsupported_adjective', span('Warm, 👩\u200D👧 close'), 'an emoji inside');
    await make(ada, 'quality.contradiction', span('Zoé said q\u0303uite'));
    await make(ben, 'idealization.unsupported_adjective', span('😀'));
    await make(ben, 'lack_of_recall.insistence', span('She sang to me 🎶'), 'note with "quotes" & <tags>\nand a line');
    await a.call('memo-set', { transcriptId: transcript.id, coderId: ada.id, text: 'Memo: mother idealised? 🤔' });
  });

  afterEach(() => {
    a.done();
    b.done();
  });

  it('writes a project.qde that passes xmllint --schema against the REFI-QDA project schema', async () => {
    const file = await a.call<QdaFile>('qda-export', {});
    const result = xmllint(await qdeOf(file), 'Project-mrt2019.xsd');
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
    expect(file.counts).toEqual({ transcripts: 1, coders: 2, codes: expect.any(Number), annotations: 4, notes: 3 });
  });

  it('stores each transcript as sources/<guid>.txt in UTF-8, with positions counted in code points', async () => {
    const zip = await zipOf(await a.call<QdaFile>('qda-export', {}));
    const qde = await zip.file('project.qde')!.async('string');
    const path = /plainTextPath="internal:\/\/([0-9a-f-]+\.txt)"/.exec(qde)![1]!;
    const text = await zip.file(`sources/${path}`)!.async('string');
    expect(text).toBe(transcript.text);
    const cps = [...text];
    const sel = /startPosition="(\d+)" endPosition="(\d+)"/g;
    const spans = [...qde.matchAll(sel)].map((m) => cps.slice(Number(m[1]), Number(m[2])).join(''));
    expect(spans).toContain('Warm, 👩\u200D👧 close');
    expect(spans).toContain('😀');
    expect(spans).toContain('She sang to me 🎶');
  });

  it('gives the same GUIDs when the same project is exported twice', async () => {
    const guids = async () =>
      [...(await qdeOf(await a.call<QdaFile>('qda-export', {}))).matchAll(/guid="([^"]+)"/gi)].map((m) => m[1]);
    const first = await guids();
    expect(first.length).toBeGreaterThan(10);
    expect(await guids()).toEqual(first);
  });

  it('gives back the same transcript (hash), coders, codes, every highlight span, notes and memo', async () => {
    const file = await a.call<QdaFile>('qda-export', {});
    const preview = await b.call<QdpxPreview>('qda-preview', { fileName: 'x.qdpx', contentBase64: file.contentBase64 });
    expect(preview).toMatchObject({ annotations: 4, memos: 1, selections: { total: 4, imported: 4 }, skipped: [] });
    expect(preview.users.map((u) => u.name).sort()).toEqual(['Ada', 'Ben']);
    expect(preview.codes.added).toEqual([]);
    const result = await b.call<QdpxImportResult>('qda-import', {
      fileName: 'x.qdpx',
      contentBase64: file.contentBase64,
    });
    expect(result).toMatchObject({ transcripts: 1, coders: 2, annotations: 4, codebook: 'aai-default@1', skipped: [] });

    const [copy] = await b.call<TranscriptSummary[]>('transcript-list');
    expect(copy!.hash).toBe(transcript.hash);
    const got = await b.call<Transcript>('transcript-get', { id: copy!.id });
    expect(got.metadata).toEqual(transcript.metadata);
    const codersB = await b.call<Coder[]>('coder-list');
    expect(codersB.map((c) => c.name)).toEqual(['Ada', 'Ben']);
    const nameB = new Map(codersB.map((c) => [c.id, c.name]));
    const nameA = new Map([
      [ada.id, 'Ada'],
      [ben.id, 'Ben'],
    ]);
    const shape = (list: Annotation[], names: Map<string, string>) =>
      list.map((x) => [names.get(x.coderId), x.codeId, x.start, x.end, x.note, x.createdAt]).sort();
    const before = await a.call<Annotation[]>('annotation-list', { transcriptId: transcript.id });
    const after = await b.call<Annotation[]>('annotation-list', { transcriptId: copy!.id });
    expect(shape(after, nameB)).toEqual(shape(before, nameA));
    const adaB = codersB.find((c) => c.name === 'Ada')!;
    expect((await b.call<{ text: string }>('memo-get', { transcriptId: copy!.id, coderId: adaB.id })).text).toBe(
      'Memo: mother idealised? 🤔',
    );
  });

  it('imports the same file a second time without duplicating anything', async () => {
    const file = await a.call<QdaFile>('qda-export', {});
    await b.call('qda-import', { fileName: 'x.qdpx', contentBase64: file.contentBase64 });
    const again = await b.call<QdpxImportResult>('qda-import', {
      fileName: 'x.qdpx',
      contentBase64: file.contentBase64,
    });
    expect(again).toMatchObject({ transcripts: 0, annotations: 0, memos: 0 });
    expect(again.skipped.map((s) => s.why)).toContain('it is already in the project (imported before)');
    expect(await b.call<TranscriptSummary[]>('transcript-list')).toHaveLength(1);
  });

  it('exports only the chosen coders, and a coder in blind mode only their own coding', async () => {
    const onlyBen = await qdeOf(await a.call<QdaFile>('qda-export', { coderIds: [ben.id] }));
    expect(onlyBen).toContain('name="Ben"');
    expect(onlyBen).not.toContain('name="Ada"');
    expect(onlyBen).not.toContain('Memo: mother');
    await a.call('session-set-coder', { coderId: ada.id });
    await a.call('settings-update', { blindMode: true });
    await a.call('session-set-coder', { coderId: ben.id });
    const blind = await a.call<QdaFile>('qda-export', {});
    const qde = await qdeOf(blind);
    expect(qde).not.toContain('name="Ada"');
    expect(blind.counts.annotations).toBe(2);
  });

  it('a coder exports no hidden metadata field, and may not import another project', async () => {
    await a.call('session-set-coder', { coderId: ada.id });
    await a.call('settings-update', { hiddenMetadataFields: ['Group'] });
    const asLead = await qdeOf(await a.call<QdaFile>('qda-export', {}));
    expect(asLead).toContain('name="Group"');
    await a.call('session-set-coder', { coderId: ben.id });
    const file = await a.call<QdaFile>('qda-export', {});
    const asCoder = await qdeOf(file);
    expect(asCoder).not.toContain('Group');
    expect(asCoder).not.toContain('pilot');
    expect(asCoder).toContain('<TextValue>SYN-0301</TextValue>');
    const refused = await a.fail('qda-import', { fileName: 'x.qdpx', contentBase64: file.contentBase64 });
    expect(refused).toMatchObject({
      type: 'refused',
      message: 'importing a REFI-QDA project needs a lead or trainer as the acting coder',
    });
  });
});
