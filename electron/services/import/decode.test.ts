import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../../../scripts/make-fixtures.ts';
import { decodeTranscriptFile, MAX_TEXT_BYTES, sniff } from './decode.ts';
import { decodeWindows1252 } from './cp1252.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const fixture = (f: string) => new Uint8Array(readFileSync(join(FIXTURE_DIR, f)));

async function ok(name: string, bytes: Uint8Array) {
  const r = await decodeTranscriptFile(name, bytes);
  if (!r.ok) throw new Error(`expected success, got: ${r.error}`);
  return r;
}

async function err(name: string, bytes: Uint8Array): Promise<string> {
  const r = await decodeTranscriptFile(name, bytes);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function makeDocx(bodyXml: string, extra: Record<string, string> = {}, rels = ''): Promise<Uint8Array> {
  const z = new JSZip();
  z.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  z.file(
    '_rels/.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  z.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
  );
  z.file('word/document.xml', `<?xml version="1.0"?><w:document ${W}><w:body>${bodyXml}</w:body></w:document>`);
  for (const [k, v] of Object.entries(extra)) z.file(k, v);
  return z.generateAsync({ type: 'uint8array' });
}

const p = (text: string, pPr = '') => `<w:p>${pPr}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

describe('decodeTranscriptFile: plain text', () => {
  it('decodes UTF-8 with and without a BOM, dropping the BOM', async () => {
    expect((await ok('a.txt', enc('\uFEFFI: Zoë'))).text).toBe('I: Zoë');
    const r = await ok('a.txt', enc('I: Zoë'));
    expect(r).toMatchObject({ text: 'I: Zoë', format: 'txt', encoding: 'utf-8', warnings: [] });
  });

  it('falls back to Windows-1252 (with real smart quotes, unlike Node 20 TextDecoder) and says so', async () => {
    const r = await ok(
      'a.txt',
      Uint8Array.from([0x49, 0x3a, 0x20, 0x93, 0x4a, 0x6f, 0x73, 0xe9, 0x94, 0x20, 0x96, 0x20, 0x80]),
    );
    expect(r.text).toBe('I: “José” – €');
    expect(r.encoding).toBe('windows-1252');
    expect(r.warnings.join(' ')).toContain('Windows-1252');
    expect(decodeWindows1252(Uint8Array.from([0x81, 0x9f, 0xff]))).toBe('\u0081Ÿÿ');
  });

  it('reads UTF-16 without a BOM when the byte pattern is unmistakable, with a warning', async () => {
    const s = 'I: Hello there, how are you?\nR: Fine, thanks.';
    const le = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) le[i * 2] = s.charCodeAt(i);
    const r = await ok('a.txt', le);
    expect(r.text).toBe(s);
    expect(r.encoding).toBe('utf-16le');
    expect(r.warnings[0]).toContain('UTF-16');
  });

  it('refuses damaged UTF-16', async () => {
    const e = await err('x.txt', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x41]));
    expect(e).toMatch(/^x\.txt: .*UTF-16/);
  });

  it('refuses text over 5 MB, naming the size, and accepts exactly 5 MB', async () => {
    const exact = new Uint8Array(MAX_TEXT_BYTES).fill(0x61);
    expect((await ok('big.txt', exact)).text.length).toBe(MAX_TEXT_BYTES);
    const over = new Uint8Array(MAX_TEXT_BYTES + 1).fill(0x61);
    const e = await err('big.txt', over);
    expect(e).toBe(
      'big.txt: the transcript is too large (5.0 MB of text; the limit is 5 MB). Split it into smaller files and import them separately.',
    );
  });

  it('refuses a plain-text file far over the limit before decoding it', async () => {
    const e = await err('huge.txt', new Uint8Array(2 * MAX_TEXT_BYTES + 100).fill(0x61));
    expect(e).toBe(
      'huge.txt: the transcript is too large (10.0 MB file; the limit is 5 MB of text). Split it into smaller files and import them separately.',
    );
  });

  it('counts the 5 MB on the decoded text, so UTF-16 files may be larger on disk', async () => {
    const s = 'a'.repeat(3 * 1024 * 1024);
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = 0x61;
    expect((await ok('wide.txt', bytes)).text.length).toBe(s.length);
  });

  it('reads a text file named .docx as text, with a warning', async () => {
    const r = await ok('notes.docx', enc('I: hello'));
    expect(r.format).toBe('txt');
    expect(r.warnings[0]).toBe('notes.docx is plain text although its name ends in .docx; it was read as plain text.');
  });

  it('takes the file name without its folder', async () => {
    expect(await err('C:\\Users\\lab\\empty.txt', new Uint8Array())).toBe('empty.txt: the file is empty.');
    expect(await err('/tmp/lab/empty.txt', new Uint8Array())).toBe('empty.txt: the file is empty.');
  });
});

describe('decodeTranscriptFile: wrong kinds of file', () => {
  it('names PDFs, audio, images and ZIP archives for what they are', async () => {
    const pdf = enc('%PDF-1.7\n...');
    expect(await err('t.txt', pdf)).toBe(
      't.txt: this is a PDF file, not a text file. Save it as .docx or .txt and import again.',
    );
    expect(await err('t.pdf', pdf)).toBe(
      't.pdf: PDF files cannot be imported. Save it as .docx or .txt and import again.',
    );
    expect(await err('t.docx', enc('ID3\u0004\u0000rest'))).toBe(
      't.docx: this is an audio or video file, not a Word document; only transcripts can be imported.',
    );
    expect(await err('t.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toContain('this is an image');
    const z = new JSZip();
    z.file('readme.md', 'hello');
    expect(await err('t.docx', await z.generateAsync({ type: 'uint8array' }))).toBe(
      't.docx: this is a ZIP archive, not a Word document. Save it as .docx or .txt and import again.',
    );
  });

  it('sniffs by content', () => {
    expect(sniff(enc('{\\rtf1 x}'))).toBe('rtf');
    expect(sniff(Uint8Array.from([0x50, 0x4b, 0x03, 0x04]))).toBe('zip');
    expect(sniff(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toBe('utf16be-bom');
    expect(sniff(enc('plain'))).toBe('unknown');
  });
});

describe('decodeTranscriptFile: docx', () => {
  it('reads the committed fixture as docx with one line per paragraph', async () => {
    const r = await ok('syn-0018-mini.docx', fixture('syn-0018-mini.docx'));
    expect(r.format).toBe('docx');
    expect(r.text).toContain('\nI:\t1. To start');
    expect(r.text).not.toMatch(/\n\n\n/);
  });

  it('reads a Word document named .txt as Word, with a warning', async () => {
    const r = await ok('interview.txt', fixture('syn-0018-mini.docx'));
    expect(r.format).toBe('docx');
    expect(r.warnings[0]).toContain('interview.txt is a Word document although its name ends in .txt');
  });

  it('keeps line breaks, drops footnotes, flattens tables and warns about automatic numbering', async () => {
    const numbering =
      `<?xml version="1.0"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
    const footnotes = `<?xml version="1.0"?><w:footnotes ${W}><w:footnote w:id="1"><w:p><w:r><w:t>NOTE BODY</w:t></w:r></w:p></w:footnote></w:footnotes>`;
    const numPr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>';
    const body =
      p('Participant: SYN-0099') +
      '<w:tbl><w:tr><w:tc>' +
      p('Cell A') +
      '</w:tc><w:tc>' +
      p('Cell B') +
      '</w:tc></w:tr></w:tbl>' +
      p('I: Could you describe your family?', numPr) +
      '<w:p><w:r><w:t xml:space="preserve">R: One</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>two</w:t></w:r>' +
      '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>';
    const bytes = await makeDocx(
      body,
      { 'word/numbering.xml': numbering, 'word/footnotes.xml': footnotes },
      `<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}/footnotes" Target="footnotes.xml"/>`,
    );
    const r = await ok('t.docx', bytes);
    expect(r.text).toBe('Participant: SYN-0099\nCell A\nCell B\nI: Could you describe your family?\nR: One\ntwo\n');
    expect(r.warnings.join(' ')).toContain('automatic numbering');
    expect(r.warnings.join(' ')).toContain('footnote');
  });

  it('reports a docx with broken XML as damaged', async () => {
    const z = new JSZip();
    z.file('[Content_Types].xml', '<Types/>');
    z.file('word/document.xml', '<w:document><w:body><w:p>');
    const e = await err('broken.docx', await z.generateAsync({ type: 'uint8array' }));
    expect(e).toMatch(/^broken\.docx: the file is damaged/);
  });
});

describe('decodeTranscriptFile: odt', () => {
  it('reads paragraphs, spaces, tabs and line breaks, and leaves out notes and comments', async () => {
    const r = await ok('syn-0019-mini.odt', fixture('syn-0019-mini.odt'));
    expect(r.format).toBe('odt');
    expect(r.text).toContain('both “family”, really.  Two spaces');
    expect(r.text).toContain('R: Mum.\nDefinitely Mum.\n');
    expect(r.text).not.toContain('FOOTNOTE');
    expect(r.text).not.toContain('COMMENT');
    expect(r.warnings[0]).toContain('left out');
  });

  it('reports an odt with broken content.xml as damaged', async () => {
    const z = new JSZip();
    z.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    z.file('content.xml', '<office:document-content><office:body>');
    expect(await err('broken.odt', await z.generateAsync({ type: 'uint8array' }))).toMatch(
      /^broken\.odt: the file is damaged .*OpenDocument/,
    );
  });

  it('names an OpenDocument spreadsheet', async () => {
    const z = new JSZip();
    z.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    expect(await err('sheet.odt', await z.generateAsync({ type: 'uint8array' }))).toContain(
      'this is a spreadsheet, not an OpenDocument text file',
    );
  });
});

describe('decodeTranscriptFile: rtf', () => {
  it('reads the committed fixture and leaves out metadata, tables and pictures', async () => {
    const r = await ok('syn-0020-mini.rtf', fixture('syn-0020-mini.rtf'));
    expect(r.format).toBe('rtf');
    expect(r.text).toContain('I:\t1. To start');
    expect(r.text).not.toContain('Calibri');
    expect(r.warnings).toEqual(['Pictures and embedded objects were left out.']);
  });
});
