import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodebookVersion } from '../../../shared/api/codebook.ts';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import { base64, QDPX_FIXTURES } from '../../../tests/support/qdpx-fixture.ts';
import { servicesWithProject } from '../../../tests/support/services.ts';

type Env = Awaited<ReturnType<typeof servicesWithProject>>;

const MAXQDA = readFileSync(join(QDPX_FIXTURES, 'maxqda', 'project.qde'), 'utf8');
const MAXQDA_TEXT = readFileSync(join(QDPX_FIXTURES, 'maxqda', 'sources', '7c1a2b3c-4d5e-4f60-8172-93a4b5c6d7e8.txt'));

/** The MAXQDA fixture with its project.qde changed by `edit` (and its source), zipped. */
async function variant(edit: (qde: string) => string, opts: { qdeName?: string } = {}): Promise<string> {
  const zip = new JSZip();
  zip.file(opts.qdeName ?? 'project.qde', edit(MAXQDA));
  zip.file('sources/7c1a2b3c-4d5e-4f60-8172-93a4b5c6d7e8.txt', MAXQDA_TEXT);
  return base64(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

describe('a bad .qdpx gets one sentence naming the problem, and nothing is written', () => {
  let env: Env;
  beforeEach(async () => {
    env = await servicesWithProject();
  });
  afterEach(() => env.done());

  const refused = async (contentBase64: string, fileName = 'bad.qdpx') => {
    const before = await env.call<ProjectSummary>('project-get-current');
    const versions = await env.call<CodebookVersion[]>('codebook-list');
    const preview = await env.fail('qda-preview', { fileName, contentBase64 });
    const error = await env.fail('qda-import', { fileName, contentBase64 });
    expect(preview.message).toBe(error.message);
    expect(error.type).toBe('validation');
    expect(error.message.split(/\.\s/)).toHaveLength(1); // one sentence
    expect((await env.call<ProjectSummary>('project-get-current')).counts).toEqual(before.counts);
    expect(await env.call<CodebookVersion[]>('codebook-list')).toEqual(versions);
    return error.message;
  };

  it('refuses a file that is not a zip', async () => {
    expect(await refused(base64(new TextEncoder().encode('<Project/>')), 'x.qdpx')).toBe(
      'x.qdpx is not a zip archive, so it is not a REFI-QDA project (a .qdpx is a zip holding project.qde).',
    );
  });

  it('refuses a zip without project.qde', async () => {
    const zip = new JSZip();
    zip.file('readme.txt', 'hello');
    expect(await refused(base64(await zip.generateAsync({ type: 'uint8array' })))).toBe(
      'bad.qdpx holds no project.qde, so it is not a REFI-QDA project.',
    );
  });

  it('refuses XML that fails the schema, naming the element and what is wrong', async () => {
    expect(
      await refused(await variant((q) => q.replace(' isCodable="true" color="#c83232">', ' color="#c83232">'))),
    ).toBe(
      'bad.qdpx (project.qde) does not follow the REFI-QDA schema: <Project>/CodeBook[1]/Codes[1]/Code[1] lacks the required attribute "isCodable".',
    );
    expect(await refused(await variant((q) => q.replace('startPosition="', 'startPosition="x')))).toMatch(
      /PlainTextSelection\[1\] has startPosition="x\d+", which is not a whole number\.$/,
    );
    expect(await refused(await variant((q) => q.replace('<Users>', '<Sources/><Users>')))).toMatch(
      /<Project>\/Sources\[1\] needs at least 1 of <TextSource>/,
    );
    expect(await refused(await variant((q) => q.replace('urn:QDA-XML:project:1.0', 'urn:example')))).toMatch(
      /the root element <Project> \(namespace urn:example\) should be <Project> in the namespace urn:QDA-XML:project:1\.0/,
    );
  });

  it('refuses a DTD or an entity before parsing: no entity is ever expanded', async () => {
    const dtd = (q: string) =>
      q.replace('<Project', '<!DOCTYPE Project [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>\n<Project');
    expect(await refused(await variant(dtd))).toBe(
      'bad.qdpx (project.qde) declares a document type (DTD) or entities, which REFI-QDA files never need, so it was refused unread.',
    );
    const external = (q: string) => q.replace('<Project', '<!DOCTYPE Project SYSTEM "file:///etc/passwd">\n<Project');
    expect(await refused(await variant(external))).toMatch(/declares a document type/);
    const undeclared = (q: string) => q.replace('Document memo', 'Document &xxe; memo');
    expect(await refused(await variant(undeclared))).toMatch(/is not well-formed XML/);
  });

  it('refuses a selection outside its source', async () => {
    expect(await refused(await variant((q) => q.replace(/endPosition="\d+"/, 'endPosition="5000"')))).toMatch(
      /^bad\.qdpx: a selection in source “SYN-0501 grandmother” runs from \d+ to 5000, outside its 247 characters\.$/,
    );
  });

  it('refuses a CodeRef to no code', async () => {
    const q = (x: string) =>
      x.replace(
        '<CodeRef targetGUID="{1a2b3c4d-0003-4000-8000-000000000003}"/>',
        '<CodeRef targetGUID="99999999-0003-4000-8000-000000000003"/>',
      );
    expect(await refused(await variant(q))).toBe(
      "bad.qdpx: a coding in source “SYN-0501 grandmother” refers to code 99999999-0003-4000-8000-000000000003, which the file's codebook does not hold.",
    );
  });

  it('refuses a zip that unpacks beyond the size limit, before inflating it', async () => {
    const zip = new JSZip();
    zip.file('project.qde', MAXQDA);
    zip.file('sources/huge.txt', new Uint8Array(101 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(await refused(base64(bytes))).toMatch(
      /^bad\.qdpx unpacks to more than 100\.0 MB \(\d+\.\d MB\), over the import limit, so it was not opened\.$/,
    );
  });

  it('refuses a damaged zip', async () => {
    const bytes = Buffer.from(await variant((q) => q), 'base64');
    bytes.fill(0, 40, 120);
    expect(await refused(bytes.toString('base64'))).toBe('bad.qdpx is a damaged zip archive and cannot be read.');
  });
});

describe('what a .qdpx cannot bring in is listed, not guessed', () => {
  let env: Env;
  beforeEach(async () => {
    env = await servicesWithProject();
  });
  afterEach(() => env.done());

  it('lists a source whose text file is missing or outside the archive, and imports the rest', async () => {
    const q = (x: string) =>
      x.replace(
        '<AudioSource',
        '<TextSource guid="9a2b3c4d-0001-4000-8000-000000000001" name="elsewhere" plainTextPath="absolute:///C:/data/x.txt"/>\n    <TextSource guid="9a2b3c4d-0002-4000-8000-000000000002" name="missing" plainTextPath="internal://nope.txt"/>\n    <AudioSource',
      );
    const r = await env.call<{ transcripts: number; skipped: { what: string; why: string }[] }>('qda-import', {
      fileName: 'x.qdpx',
      contentBase64: await variant(q),
    });
    expect(r.transcripts).toBe(1);
    expect(r.skipped).toContainEqual({
      what: 'source “elsewhere”',
      why: 'its text is outside the file (absolute:///C:/data/x.txt)',
    });
    expect(r.skipped).toContainEqual({
      what: 'source “missing”',
      why: 'its text file internal://nope.txt is not in the archive',
    });
  });
});

// The rules every other way in follows (coder names, stored text) hold for REFI-QDA users and notes too.
describe('a .qdpx meets the same name and text rules as any import', () => {
  let env: Env;
  beforeEach(async () => {
    env = await servicesWithProject();
  });
  afterEach(() => env.done());

  it('refuses a user named like an existing coder (Cyrillic С for Latin C), naming both; nothing is written', async () => {
    await env.call('coder-create', { name: 'Chris' });
    const before = await env.call<ProjectSummary>('project-get-current');
    const file = await variant((q) => q.replace('name="CHRIS"', 'name="\u0421hris"'));
    const e = await env.fail('qda-import', { fileName: 'lab.qdpx', contentBase64: file });
    expect(e.type).toBe('validation');
    expect(e.message).toContain('"\u0421hris" looks the same as this project\'s coder "Chris"');
    expect((await env.call<ProjectSummary>('project-get-current')).counts).toEqual(before.counts);
  });

  it('refuses a user name with invisible characters, and stores a full-width name in NFKC', async () => {
    const hidden = await variant((q) => q.replace('name="CHRIS"', 'name="CH\u200BRIS"'));
    expect((await env.fail('qda-import', { fileName: 'lab.qdpx', contentBase64: hidden })).message).toContain(
      'lab.qdpx: the user "CH\u200BRIS"',
    );
    const wide = await variant((q) => q.replace('name="CHRIS"', 'name="\uFF23\uFF28\uFF32\uFF29\uFF33"'));
    await env.call('qda-import', { fileName: 'lab.qdpx', contentBase64: wide });
    expect((await env.call<{ name: string }[]>('coder-list')).map((c) => c.name)).toContain('CHRIS');
  });

  it('stores notes and memos without NUL or bidi controls (text rules of every import)', async () => {
    const file = await variant((q) =>
      q
        .replace('a classic lapse.', 'a classic\u202E lapse.')
        .replace('check the unresolved', 'check\u2066 the unresolved'),
    );
    await env.call('qda-import', { fileName: 'lab.qdpx', contentBase64: file });
    const [t] = await env.call<{ id: string }[]>('transcript-list');
    const [chris] = await env.call<{ id: string }[]>('coder-list');
    const list = await env.call<{ note: string }[]>('annotation-list', { transcriptId: t!.id, coderId: chris!.id });
    const notes = list.map((a) => a.note).join(' ');
    expect(notes).toContain('a classic lapse.');
    expect(notes).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const memo = await env.call<{ text: string } | null>('memo-get', { transcriptId: t!.id, coderId: chris!.id });
    expect(memo?.text).toContain('check the unresolved');
  });
});
