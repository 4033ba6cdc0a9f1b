import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { StoredCodebook } from '../../../shared/api/codebook.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { QdpxImportResult, QdpxPreview } from '../../../shared/api/qda.ts';
import type { Transcript, TranscriptSummary } from '../../../shared/api/transcript.ts';
import { base64, qdpxFixture } from '../../../tests/support/qdpx-fixture.ts';
import { servicesWithProject } from '../../../tests/support/services.ts';

type Env = Awaited<ReturnType<typeof servicesWithProject>>;

/** Every highlight as [coder, code label, highlighted text], sorted. */
async function highlights(env: Env): Promise<string[][]> {
  const coders = new Map((await env.call<Coder[]>('coder-list')).map((c) => [c.id, c.name]));
  const cb = await env.call<StoredCodebook>('codebook-get-active');
  const label = new Map(cb.codebook.codes.map((c) => [c.id, c.label]));
  const out: string[][] = [];
  for (const t of await env.call<TranscriptSummary[]>('transcript-list')) {
    const text = (await env.call<Transcript>('transcript-get', { id: t.id })).text;
    for (const a of await env.call<Annotation[]>('annotation-list', { transcriptId: t.id }))
      out.push([coders.get(a.coderId)!, label.get(a.codeId)!, text.slice(a.start, a.end)]);
  }
  return out.sort((x, y) => x.join().localeCompare(y.join()));
}

describe('importing hand-made REFI-QDA projects in the styles of four exporters', () => {
  let env: Env;
  beforeEach(async () => {
    env = await servicesWithProject();
  });
  afterEach(() => env.done());

  const importFixture = async (name: string) => {
    const contentBase64 = base64(await qdpxFixture(name));
    const preview = await env.call<QdpxPreview>('qda-preview', { fileName: `${name}.qdpx`, contentBase64 });
    const result = await env.call<QdpxImportResult>('qda-import', { fileName: `${name}.qdpx`, contentBase64 });
    return { preview, result };
  };

  it('ATLAS.ti: upper-case GUIDs, CRLF text with emoji, nested codes, users without e-mail, a PDF skipped', async () => {
    const { preview, result } = await importFixture('atlas-ti');
    expect(preview.origin).toBe('ATLAS.ti 23.2.1 (macOS 13.5)');
    expect(preview.sources.map((s) => s.title)).toEqual(['SYN-0401 mother', 'SYN-0402 upset']);
    expect(result).toMatchObject({ transcripts: 2, annotations: 5, codebook: 'aai-default@2' });
    expect((await env.call<Coder[]>('coder-list')).map((c) => c.name)).toEqual([
      'Ada Synthetic',
      'ATLAS.ti',
      'Ben Synthetic',
    ]);
    expect(await highlights(env)).toEqual([
      ['Ada Synthetic', 'Idealisation: adjective without memory', "Loving. Very loving. Supportive, I'd say 😊"],
      ['Ada Synthetic', 'Insistence on lack of recall', "I don't remember. I just don't remember much from back then."],
      ['Ada Synthetic', 'Strength theme', 'it made me strong 💪'],
      ['Ben Synthetic', 'Insistence on lack of recall', "I don't remember. I just don't remember much from back then."],
      ['Ben Synthetic', 'Normalising distress', 'Nobody came. That was fine'],
    ]);
    const cb = (await env.call<StoredCodebook>('codebook-get-active')).codebook;
    const group = (label: string) =>
      cb.groups.find((g) => g.id === cb.codes.find((c) => c.label === label)!.group)!.label;
    expect(group('Idealisation: adjective without memory')).toBe('Consistency'); // the existing group, by label
    expect(group('Normalising distress')).toBe('Dismissing');
    expect(group('Strength theme')).toBe('Imported');
    expect(cb.codes.find((c) => c.label === 'Normalising distress')!.color).toBe('#46aa00');
    const whys = result.skipped.map((s) => `${s.what}: ${s.why}`);
    expect(whys).toContain('PDF source “Coding manual.pdf”: Attune codes text only (1 coding(s) not imported)');
    expect(whys).toContain('1 set(s): Attune has no sets of codes or sources');
    expect(whys).toContain('1 link(s): Attune has no links between items');
    const note = (
      await env.call<Annotation[]>('annotation-list', {
        transcriptId: (await env.call<TranscriptSummary[]>('transcript-list'))[0]!.id,
      })
    ).find((a) => a.note !== '');
    expect(note?.note).toBe('Adjectives with no memory behind them');
  });

  it('MAXQDA: the selection’s creator codes, variables become metadata, a note and a memo come across', async () => {
    const { result } = await importFixture('maxqda');
    expect(result).toMatchObject({ transcripts: 1, coders: 1, annotations: 2, memos: 1 });
    expect(await highlights(env)).toEqual([
      ['CHRIS', 'Lapse in monitoring reasoning', 'she is still, she is gone'],
      ['CHRIS', 'Unwarranted guilt', 'I felt it was my fault somehow'],
    ]);
    const [t] = await env.call<TranscriptSummary[]>('transcript-list');
    const full = await env.call<Transcript>('transcript-get', { id: t!.id });
    expect(full.metadata).toMatchObject({
      participantCode: 'SYN-0501',
      interviewDate: '2023-10-30',
      'Age at loss': '9',
    });
    const lapse = (await env.call<Annotation[]>('annotation-list', { transcriptId: t!.id }))[0]!;
    expect(lapse.note).toBe('Shift to present tense about the dead: a classic lapse.');
    const chris = (await env.call<Coder[]>('coder-list'))[0]!;
    expect((await env.call<{ text: string }>('memo-get', { transcriptId: t!.id, coderId: chris.id })).text).toBe(
      'Loss of grandmother at 9; check the unresolved scale.',
    );
    const cb = (await env.call<StoredCodebook>('codebook-get-active')).codebook;
    expect(cb.codes.find((c) => c.label === 'Unwarranted guilt')).toMatchObject({ color: '#ff9933' });
    expect(result.skipped.map((s) => s.what)).toContain('audio source “SYN-0501.mp3”');
  });

  it('NVivo: inline text in NFD mapped onto the NFC text, deep codes, and a selection splitting an accent listed', async () => {
    const { preview, result } = await importFixture('nvivo');
    expect(preview.selections).toEqual({ total: 4, imported: 3 });
    expect(result).toMatchObject({ transcripts: 1, coders: 2, annotations: 3 });
    expect(await highlights(env)).toEqual([
      ['dana.synthetic', 'Specific memory', 'he came to my school play… he sat at the back and left early'],
      ['Eli Synthetic', 'Father', 'Diśtant'],
      ['Eli Synthetic', 'Semantic/episodic contradiction', 'he was cold, but I think he was shy'],
    ]);
    const split = result.skipped.find((s) => s.what.startsWith('a selection'));
    expect(split?.why).toMatch(/cannot be placed on the normalised text: it begins or ends inside characters/);
    const cb = (await env.call<StoredCodebook>('codebook-get-active')).codebook;
    const father = cb.codes.find((c) => c.label === 'Father')!;
    expect(cb.groups.find((g) => g.id === father.group)!.label).toBe('Attachment figures');
    expect(result.skipped.map((s) => s.what)).toContain('picture source “Family drawing.png”');
  });

  it('QualCoder: braced GUIDs, a relative:// text path inside the archive, a selection without user given to the origin', async () => {
    const { result } = await importFixture('qualcoder');
    expect(result).toMatchObject({ transcripts: 1, annotations: 2, codes: 2 });
    expect(await highlights(env)).toEqual([
      ['default', 'Fear', 'the dog next door 🐕, maybe'],
      ['QualCoder 3.5', 'Derogation', 'My mum laughed it off.'],
    ]);
  });

  it('inline text with CR LF line ends: positions count the CRs, as the exporter counted them', async () => {
    const text = 'I: How was it?\r\nR: Fine 😀, fine.\r\nI: Really?\r\nR: Well, no.';
    const cp = [...text];
    const at = (s: string) => {
      const start = [...text.slice(0, text.indexOf(s))].length;
      return { start, end: start + [...s].length };
    };
    const sel = (s: string, n: number) =>
      `<PlainTextSelection guid="00000000-0000-4000-8000-00000000000${n}" startPosition="${at(s).start}" endPosition="${at(s).end}">\r\n<Coding guid="00000000-0000-4000-8000-00000000010${n}"><CodeRef targetGUID="00000000-0000-4000-8000-000000000200"/></Coding>\r\n</PlainTextSelection>`;
    expect(cp.slice(at('Well, no').start, at('Well, no').end).join('')).toBe('Well, no');
    const qde = `<?xml version="1.0" encoding="UTF-8"?>\r\n<Project xmlns="urn:QDA-XML:project:1.0" name="inline" origin="Exporter > 2">\r\n<CodeBook><Codes><Code guid="00000000-0000-4000-8000-000000000200" name="Humour" isCodable="true"/></Codes></CodeBook>\r\n<Sources>\r\n<TextSource guid="00000000-0000-4000-8000-000000000300" name="inline">\r\n<PlainTextContent>${text.replace(/&/g, '&amp;')}</PlainTextContent>\r\n${sel('fine.', 1)}\r\n${sel('Well, no', 2)}\r\n</TextSource>\r\n</Sources>\r\n</Project>\r\n`;
    const zip = new JSZip();
    zip.file('project.qde', qde);
    const contentBase64 = base64(await zip.generateAsync({ type: 'uint8array' }));
    const r = await env.call<QdpxImportResult>('qda-import', { fileName: 'inline.qdpx', contentBase64 });
    expect(r).toMatchObject({ transcripts: 1, annotations: 2, skipped: [] });
    expect((await highlights(env)).map((h) => h[2])).toEqual(['fine.', 'Well, no']);
  });
});
