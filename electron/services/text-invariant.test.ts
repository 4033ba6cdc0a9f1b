import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_DIR } from '../../scripts/make-fixtures.ts';
import type { ImportPreview, Transcript, TranscriptSummary } from '../../shared/api/transcript.ts';
import { replaceLoneSurrogates } from '../../shared/text/clean-text.ts';
import { servicesWithProject } from '../../tests/support/services.ts';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** Text with every hazard: a lone surrogate, NUL, CR, a bidi override and isolate, and an emoji pair. */
const HOSTILE = 'I: How was it?\r\nR: Fine\u0000 \ud800 really \u202Eevil\u2066 x\u2069 😀 end.';

/** The invariant every stored transcript keeps, whatever brought it in. */
function expectStoredInvariant(t: Transcript): void {
  expect(t.hash).toBe(sha(t.text));
  expect(t.characters).toBe(t.text.length);
  expect(replaceLoneSurrogates(t.text)).toBe(t.text);
  // eslint-disable-next-line no-control-regex
  expect(t.text).not.toMatch(/[\u0000\r\u202A-\u202E\u2066-\u2069]/);
  expect(t.text).toContain('\ufffd');
  expect(t.text).toContain('😀');
}

async function zipWith(fixture: string, entry: string, edit: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(join(FIXTURE_DIR, fixture)));
  zip.file(entry, edit(await zip.file(entry)!.async('string')));
  return b64(await zip.generateAsync({ type: 'uint8array' }));
}

describe('stored text = what its hash and length say, on every import path', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  beforeEach(async () => {
    h = await servicesWithProject();
  });
  afterEach(() => h.done());

  const stored = async (id: string) => {
    const t = await h.call<Transcript>('transcript-get', { id });
    expectStoredInvariant(t);
    // Read back from the file by a fresh connection too: nothing changes on the way through SQLite.
    return t;
  };

  it('transcript-import-text', async () => {
    const t = await h.call<TranscriptSummary>('transcript-import-text', { fileName: 'x.txt', text: HOSTILE });
    const full = await stored(t.id);
    expect(full.text).toBe('I: How was it?\nR: Fine \ufffd really evil x 😀 end.');
  });

  it('a .txt, an .rtf with \\u-10240?, an .odt with &#xD800; and a .docx, with a preview warning', async () => {
    const rtf = `{\\rtf1\\ansi I: How was it?\\par R: Fine \\u-10240? really \\u8238?evil \\u8294?x\\u8297? \\u-10179?\\u-8704? end.\\par}`;
    const odt = await zipWith('syn-0019-mini.odt', 'content.xml', (x) =>
      x.replace(/<text:p([^>]*)>/, '<text:p$1>I: Fine &#xD800; really &#x202E;evil &#x2066;x&#x2069; 😀 ok. '),
    );
    const docx = await zipWith('syn-0018-mini.docx', 'word/document.xml', (x) =>
      x.replace(/<w:t([^>]*)>/, '<w:t$1>Fine &#xD800; really \u202Eevil \u2066x\u2069 😀 ok. '),
    );
    const files: [string, string][] = [
      // UTF-8 cannot hold a lone surrogate (the encoder writes U+FFFD) and a NUL makes a file binary.
      ['hostile.txt', b64(Buffer.from(`${HOSTILE.replace('\u0000', '')} (txt)`, 'utf8'))],
      ['hostile.rtf', b64(rtf)],
      ['hostile.odt', odt],
      ['hostile.docx', docx],
    ];
    for (const [fileName, contentBase64] of files) {
      const preview = await h.call<ImportPreview>('transcript-preview', { fileName, contentBase64 });
      if (fileName !== 'hostile.txt')
        expect(preview.warnings.join(' '), fileName).toMatch(/broken character.*replaced with � \(U\+FFFD\)/);
      expect(preview.warnings.join(' '), fileName).toMatch(/text-direction control.*removed/);
      const r = await h.call<{ id: string }>('transcript-import-file', { fileName, contentBase64 });
      const t = await stored(r.id);
      expect(t.text, fileName).toContain('Fine \ufffd really evil x');
    }
  });

  it('a cut-off .rtf imports up to the cut, with a warning in the preview', async () => {
    const full = '{\\rtf1\\ansi I: How was it?\\par R: Fine, I suppose, and then we moved.\\par}';
    const cut = full.slice(0, full.indexOf('and then'));
    const preview = await h.call<ImportPreview>('transcript-preview', { fileName: 'cut.rtf', contentBase64: b64(cut) });
    expect(preview.warnings.join(' ')).toContain('cut.rtf ends before the document does (it looks cut off');
    const whole = await h.call<ImportPreview>('transcript-preview', {
      fileName: 'whole.rtf',
      contentBase64: b64(full),
    });
    expect(whole.warnings.join(' ')).not.toContain('cut off');
  });

  it('a coding file carrying text must carry stored text; what Attune exports passes and keeps the invariant', async () => {
    const t = await h.call<TranscriptSummary>('transcript-import-text', { fileName: 'x.txt', text: HOSTILE });
    const ada = await h.call<{ id: string }>('coder-create', { name: 'Ada' });
    await h.call('memo-set', { transcriptId: t.id, coderId: ada.id, text: 'memo \ud800\u0000\u202E' });
    const file = await h.call<{ content: string }>('coding-export', { coderId: ada.id, includeText: true });
    const other = await servicesWithProject('other.attune');
    try {
      const report = await other.call<{ transcriptsAdded: number }>('coding-import', {
        fileName: 'a',
        content: file.content,
      });
      expect(report.transcriptsAdded).toBe(1);
      const [s] = await other.call<TranscriptSummary[]>('transcript-list');
      const full = await other.call<Transcript>('transcript-get', { id: s!.id });
      expectStoredInvariant(full);
      expect(full.hash).toBe(t.hash);
      const [coder] = await other.call<{ id: string }[]>('coder-list');
      const memo = await other.call<{ text: string }>('memo-get', { transcriptId: s!.id, coderId: coder!.id });
      expect(memo.text).toBe('memo \ufffd');
    } finally {
      other.done();
    }
  });

  it('notes and memos are stored as acknowledged: clean, and equal to what the call returned', async () => {
    const t = await h.call<TranscriptSummary>('transcript-import-text', { fileName: 'x.txt', text: HOSTILE });
    const ada = await h.call<{ id: string }>('coder-create', { name: 'Ada' });
    const saved = await h.call<{ text: string }>('memo-set', {
      transcriptId: t.id,
      coderId: ada.id,
      text: 'a\ud800b\u0000\r\nc',
    });
    expect(saved.text).toBe('a\ufffdb\nc');
    expect((await h.call<{ text: string }>('memo-get', { transcriptId: t.id, coderId: ada.id })).text).toBe(saved.text);
    const a = await h.call<{ id: string; note: string }>('annotation-create', {
      transcriptId: t.id,
      coderId: ada.id,
      codeId: 'humour',
      start: 0,
      end: 2,
      note: 'n\udc00\u202Eote',
    });
    expect(a.note).toBe('n\ufffdote');
    const [back] = await h.call<{ note: string }[]>('annotation-list', { transcriptId: t.id });
    expect(back!.note).toBe(a.note);
  });
});

describe('titles, section names and metadata values are stored clean too', () => {
  it('drops NUL and direction overrides from a section title and metadata values', async () => {
    const h = await servicesWithProject();
    try {
      const t = await h.call<TranscriptSummary>('transcript-import-text', {
        fileName: 'x.txt',
        title: 'SYN\u0000-01\u202E',
        text: 'I: 1. Tell me.\nR: Fine.',
      });
      expect(t.title).toBe('SYN-01');
      const meta = await h.call<Record<string, string>>('transcript-update-metadata', {
        id: t.id,
        metadata: { participantCode: 'P\u202E1', fields: { Site: 'A\u0000B' } },
      });
      expect(Object.values(meta).join(' ')).not.toMatch(/[\u0000\u202E]/); // eslint-disable-line no-control-regex
      const s = await h.call<{ title: string }>('section-create', {
        transcriptId: t.id,
        start: 0,
        end: 10,
        title: 'Intro\u2066duction\u0000',
      });
      expect(s.title).toBe('Introduction');
    } finally {
      h.done();
    }
  });
});
