import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StoredCodebook } from '../../../shared/api/codebook.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { QdaFile, QdcImportResult, QdpxImportResult } from '../../../shared/api/qda.ts';
import type { TranscriptSummary } from '../../../shared/api/transcript.ts';
import { base64 } from '../../../tests/support/qdpx-fixture.ts';
import { servicesWithProject } from '../../../tests/support/services.ts';
import { xmllint } from '../../../tests/support/xmllint.ts';

type Env = Awaited<ReturnType<typeof servicesWithProject>>;

const text = (f: QdaFile) => Buffer.from(f.contentBase64, 'base64').toString('utf8');
const qdc = (xml: string) => base64(new TextEncoder().encode(xml));

// The standard's own codebook example (Annex A.1), braced GUIDs and all.
const SPEC_EXAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" xmlns:qda="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:codebook:1.0 http://schema.qdasoftware.org/versions/Codebook/v1.0/Codebook.xsd">
<Codes>
<Code guid="{5215cc69-b628-4e02-afb9-9beeaee55808}" name="Topics" isCodable="false">
<Code guid="{d7aa29da-519b-4946-9b90-253b6db8fd0a}" name="Economy" isCodable="true" color="#ffff00">
<Description>Anything about jobs or taxes or business</Description>
</Code>
</Code>
<Code guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Values" isCodable="false">
</Code>
<Code guid="{7c108712-b650-4892-ac0b-fc9a10190c3b}" name="humour" isCodable="true" color="#ff0000">
</Code>
</Codes>
</CodeBook>`;

describe('REFI-QDA codebooks (.qdc)', () => {
  let env: Env;
  beforeEach(async () => {
    env = await servicesWithProject();
  });
  afterEach(() => env.done());

  it('exports the active codebook as a .qdc that passes xmllint --schema, groups as parent codes', async () => {
    const file = await env.call<QdaFile>('qda-export-codebook');
    expect(file.fileName).toBe('aai-default-v1.qdc');
    const xml = text(file);
    const r = xmllint(xml, 'Codebook.xsd');
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
    expect(xml).toMatch(/<Code guid="[0-9a-f-]{36}" name="Consistency" isCodable="false">/);
    expect(xml).toMatch(/<Code guid="[0-9a-f-]{36}" name="Humour" isCodable="true" color="#[0-9A-F]{6}"/);
    expect(file.counts.codes).toBe(26);
  });

  it('imports the standard’s example: a matching code stays, new ones join a new version under their parent', async () => {
    const r = await env.call<QdcImportResult>('qda-import-codebook', {
      fileName: 'example.qdc',
      contentBase64: qdc(SPEC_EXAMPLE),
    });
    expect(r).toEqual({
      codebook: 'aai-default@2',
      matched: 1,
      added: ['Economy'],
      skipped: [{ what: 'code “Values”', why: 'it cannot be applied (isCodable="false") and has no sub-codes' }],
    });
    const cb = (await env.call<StoredCodebook>('codebook-get-active')).codebook;
    const economy = cb.codes.find((c) => c.label === 'Economy')!;
    expect(economy).toMatchObject({ color: '#ffff00', description: 'Anything about jobs or taxes or business' });
    expect(cb.groups.find((g) => g.id === economy.group)!.label).toBe('Topics');
    expect(cb.codes.filter((c) => c.label.toLowerCase() === 'humour')).toHaveLength(1);
    // Importing it again adds nothing: every code now matches.
    const again = await env.call<QdcImportResult>('qda-import-codebook', {
      fileName: 'example.qdc',
      contentBase64: qdc(SPEC_EXAMPLE),
    });
    expect(again).toMatchObject({ codebook: 'aai-default@2', matched: 2, added: [] });
  });

  it('refuses a codebook in the project namespace or failing the schema, and writes nothing', async () => {
    const wrongNs = SPEC_EXAMPLE.replace('xmlns="urn:QDA-XML:codebook:1.0"', 'xmlns="urn:QDA-XML:project:1.0"');
    const e1 = await env.fail('qda-import-codebook', { fileName: 'x.qdc', contentBase64: qdc(wrongNs) });
    expect(e1.message).toMatch(/^x\.qdc does not follow the REFI-QDA schema: the root element <CodeBook>/);
    const badColour = SPEC_EXAMPLE.replace('#ffff00', 'yellow');
    const e2 = await env.fail('qda-import-codebook', { fileName: 'x.qdc', contentBase64: qdc(badColour) });
    expect(e2.message).toBe(
      'x.qdc does not follow the REFI-QDA schema: <CodeBook>/Codes[1]/Code[1]/Code[1] has color="yellow", which is not a colour like #RRGGBB.',
    );
    expect((await env.call<StoredCodebook>('codebook-get-active')).key).toBe('aai-default@1');
  });

  it('a lab’s own codebook travels: exported with the project, it comes back in an empty project as the same codes', async () => {
    const cb = (await env.call<StoredCodebook>('codebook-get-active')).codebook;
    const own = {
      ...cb,
      groups: [{ id: 'themes', label: 'Themes', description: '' }],
      codes: [
        {
          id: 'warmth',
          label: 'Warmth',
          group: 'themes',
          color: '#aa3300',
          hotkey: 'w',
          description: 'felt warmth',
          archived: false,
          eventLinked: false,
        },
      ],
    };
    await env.call('codebook-save', { codebook: own });
    const ada = await env.call<Coder>('coder-create', { name: 'Ada' });
    const t = await env.call<TranscriptSummary>('transcript-import-text', {
      fileName: 'a.txt',
      text: 'I: hello\nR: she was warm',
    });
    await env.call('annotation-create', { transcriptId: t.id, coderId: ada.id, codeId: 'warmth', start: 12, end: 24 });
    const file = await env.call<QdaFile>('qda-export', {});
    const other = await servicesWithProject('other.attune');
    try {
      const r = await other.call<QdpxImportResult>('qda-import', {
        fileName: 'x.qdpx',
        contentBase64: file.contentBase64,
      });
      expect(r).toMatchObject({ codes: 1, codesAdded: 1, annotations: 1, codebook: 'aai-default@2' });
      const got = (await other.call<StoredCodebook>('codebook-get-active')).codebook;
      const warmth = got.codes.find((c) => c.label === 'Warmth')!;
      expect(warmth).toMatchObject({ id: 'warmth', color: '#aa3300', description: 'felt warmth' });
      expect(got.groups.find((g) => g.id === warmth.group)!.label).toBe('Themes');
    } finally {
      other.done();
    }
  });
});
