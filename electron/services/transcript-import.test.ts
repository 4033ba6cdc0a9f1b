import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURE_DIR, type FixtureEntry } from '../../scripts/make-fixtures.ts';
import type {
  ImportPreview,
  ImportResult,
  StoredSection,
  Transcript,
  TranscriptStructure,
  TranscriptSummary,
} from '../../shared/api/transcript.ts';
import { normalizeTranscriptText } from '../../shared/transcript/normalize.ts';
import { servicesWithProject } from '../../tests/support/services.ts';
import { textHash } from './project-store.ts';

const manifest = JSON.parse(readFileSync(join(FIXTURE_DIR, 'manifest.json'), 'utf8')) as FixtureEntry[];
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const fixture = (f: string) => b64(readFileSync(join(FIXTURE_DIR, f)));

const PSEUDO = [
  'SYNTHETIC – NOT REAL DATA',
  'Participant: SYN-0101',
  'Date: 2026-04-01',
  'Interviewer: INT-B',
  'Group: control',
  '',
  'I: 1. Tell me about your family.',
  "R: Margaret was my mother. Margaret's kitchen was warm. (I: mm-hm) margaret, MARGARET, not Margareta.",
  'I: 2. And your father?',
  'R: Tom worked away. {{laughs}} (pause 6 sec)',
].join('\r\n');

describe('transcript file import through the dispatcher (real SQLite)', () => {
  let h: Awaited<ReturnType<typeof servicesWithProject>>;
  beforeEach(async () => {
    h = await servicesWithProject();
  });
  afterEach(() => h.done());

  const list = () => h.call<TranscriptSummary[]>('transcript-list');

  it('previews a .docx without storing anything, then imports exactly what the preview showed', async () => {
    const replacements = [{ find: 'Mary-Ann', replace: '[AUNT]' }];
    const preview = await h.call<ImportPreview>('transcript-preview', {
      fileName: 'C:\\lab\\syn-0018-mini.docx',
      contentBase64: fixture('syn-0018-mini.docx'),
      options: { replacements },
    });
    expect(preview).toMatchObject({
      fileName: 'syn-0018-mini.docx',
      format: 'docx',
      encoding: null,
      title: 'syn-0018-mini',
      duplicateOf: null,
    });
    expect(preview.turns.count).toBe(29);
    expect(preview.turns.bySpeaker.map((s) => [s.speaker, s.role])).toEqual([
      ['I', 'interviewer'],
      ['R', 'respondent'],
    ]);
    expect(preview.turns.first[0]).toMatchObject({
      speaker: 'I',
      role: 'interviewer',
      excerpt: expect.stringMatching(/^1\. To start, could you orient me/),
    });
    expect(preview.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(preview.replacements).toEqual([
      {
        line: expect.any(Number),
        original: 'Mary-Ann',
        replacement: '[AUNT]',
        context: expect.stringContaining('Ask Mary-Ann.'),
      },
    ]);
    expect(preview.header).toMatchObject({
      participantCode: 'SYN-0018',
      interviewDate: '2026-03-02',
      interviewer: 'INT-A',
      fields: { Format: 'docx' },
    });
    expect(preview.marks.count).toBeGreaterThan(0);
    expect(preview.marks.byKind['transcriber-note']).toBeGreaterThan(0);
    expect(await list()).toEqual([]);

    const result = await h.call<ImportResult>('transcript-import-file', {
      fileName: 'syn-0018-mini.docx',
      contentBase64: fixture('syn-0018-mini.docx'),
      options: { replacements },
    });
    expect(result).toMatchObject({
      title: 'syn-0018-mini',
      sourceName: 'syn-0018-mini.docx',
      turns: 29,
      sections: 6,
      words: preview.words,
      hash: preview.hash,
    });
    const stored = await h.call<Transcript>('transcript-get', { id: result.id });
    expect(stored.text).toContain('Ask [AUNT].');
    expect(stored.text).not.toContain('Mary-Ann');
    expect(stored.hash).toBe(textHash(stored.text));
    expect(stored.metadata).toEqual({
      participantCode: 'SYN-0018',
      interviewDate: '2026-03-02',
      interviewer: 'INT-A',
      Format: 'docx',
    });

    const structure = await h.call<TranscriptStructure>('transcript-get-structure', { id: result.id });
    expect(structure.turns).toHaveLength(29);
    expect(structure.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(structure.sections.map(({ start, end, number, title }) => ({ start, end, number, title }))).toEqual(
      preview.sections,
    );
    expect(structure.marks.every((m) => stored.text.slice(m.start, m.end) === m.text)).toBe(true);
  });

  it.each(manifest.filter((e) => e.expect))(
    'imports $file with the turns and sections the generator wrote',
    async (entry) => {
      const r = await h.call<ImportResult>('transcript-import-file', {
        fileName: entry.file,
        contentBase64: fixture(entry.file),
      });
      expect(r.turns).toBe(entry.expect!.turns);
      expect(r.sections).toBe(entry.expect!.questions.length);
      const t = await h.call<Transcript>('transcript-get', { id: r.id });
      expect(t.text).not.toContain('\r');
      expect(t.text).toBe(t.text.normalize('NFC'));
      expect(t.text).toBe(normalizeTranscriptText(t.text));
      expect(t.metadata['participantCode']).toBe(entry.expect!.participantCode);
      for (const s of entry.expect!.contains) expect(t.text).toContain(s);
    },
  );

  it.each(manifest.filter((e) => e.error))(
    'refuses $file with a message naming it, and writes nothing',
    async (entry) => {
      for (const method of ['transcript-preview', 'transcript-import-file']) {
        const bytes = readFileSync(join(FIXTURE_DIR, entry.file));
        const e = await h.fail(method, { fileName: entry.file, contentBase64: b64(bytes) });
        expect(e.type).toBe('validation');
        expect(e.message).toMatch(new RegExp(`^${entry.file.split('/').pop()!.replace('.', '\\.')}: `));
        expect(e.message).toContain(entry.error!);
      }
      expect(await list()).toEqual([]);
    },
  );

  it('stores the same text once: a UTF-16 CRLF copy of a UTF-8 file is a duplicate, in the preview and on import', async () => {
    const text = readFileSync(join(FIXTURE_DIR, 'syn-0009-non-ascii.txt'), 'utf8');
    const first = await h.call<ImportResult>('transcript-import-file', { fileName: 'a.txt', contentBase64: b64(text) });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf16le')]);
    const preview = await h.call<ImportPreview>('transcript-preview', { fileName: 'b.txt', contentBase64: b64(utf16) });
    expect(preview.encoding).toBe('utf-16le');
    expect(preview.duplicateOf).toEqual({ id: first.id, title: 'a' });
    const e = await h.fail('transcript-import-file', { fileName: 'b.txt', contentBase64: b64(utf16) });
    expect(e).toEqual({
      type: 'conflict',
      method: 'transcript-import-file',
      message: 'b.txt: duplicate: this text is already in the project as "a", so it was not imported again.',
    });
    expect(await list()).toHaveLength(1);
  });

  it('pseudonymises whole words, any case, before storing; the names are nowhere in the project file', async () => {
    const replacements = [
      { find: 'Margaret', replace: '[MOTHER]' },
      { find: 'Tom', replace: '[FATHER]' },
    ];
    const p = await h.call<ImportPreview>('transcript-preview', {
      fileName: 'p.txt',
      contentBase64: b64(PSEUDO),
      options: { replacements },
    });
    expect(p.replacements.map((r) => `${r.line}:${r.original}→${r.replacement}`)).toEqual([
      '8:Margaret→[MOTHER]',
      '8:Margaret→[MOTHER]',
      '8:margaret→[MOTHER]',
      '8:MARGARET→[MOTHER]',
      '10:Tom→[FATHER]',
    ]);
    expect(p.turns.first[1]!.excerpt).toMatch(/^\[MOTHER\] was my mother\. \[MOTHER\]'s kitchen/);
    const r = await h.call<ImportResult>('transcript-import-file', {
      fileName: 'p.txt',
      contentBase64: b64(PSEUDO),
      options: { replacements },
    });
    const t = await h.call<Transcript>('transcript-get', { id: r.id });
    expect(t.text).toContain(
      "R: [MOTHER] was my mother. [MOTHER]'s kitchen was warm. (I: mm-hm) [MOTHER], [MOTHER], not Margareta.",
    );
    expect(t.text).toContain('R: [FATHER] worked away.');
    h.services.close(); // folds the WAL into the file
    const raw = readdirSync(h.dir.path)
      .filter((f) => f.startsWith('p.attune'))
      .map((f) => readFileSync(join(h.dir.path, f)).toString('latin1'))
      .join('');
    expect(raw).toContain('[MOTHER] was my mother');
    expect(raw).not.toMatch(/Margaret(?!a)|MARGARET|margaret|\bTom\b/);
  });

  it('pseudonymises the file name too: title, source name and typed metadata never keep a listed name', async () => {
    const replacements = [
      { find: 'Margaret', replace: '[MOTHER]' },
      { find: 'Jones', replace: '[SURNAME]' },
    ];
    const fileName = 'C:\\lab\\Margaret_Jones-AAI.txt';
    const p = await h.call<ImportPreview>('transcript-preview', {
      fileName,
      contentBase64: b64(PSEUDO),
      options: { replacements },
    });
    expect(p.title).toBe('[MOTHER] [SURNAME]-AAI');
    const r = await h.call<ImportResult>('transcript-import-file', {
      fileName,
      contentBase64: b64(PSEUDO),
      options: { replacements },
    });
    const t = await h.call<Transcript>('transcript-get', { id: r.id });
    expect(t.title).toBe('[MOTHER] [SURNAME]-AAI');
    expect(t.sourceName).toBe('[MOTHER] [SURNAME]-AAI.txt');
    // A title and metadata typed in the preview go through the same list.
    const typed = await h.call<ImportResult>('transcript-import-file', {
      fileName: 'neutral.txt',
      contentBase64: b64(PSEUDO.replace('worked away', 'worked far away')),
      options: {
        replacements,
        title: 'Interview with Margaret',
        metadata: { participantCode: 'P-7', interviewer: 'Ann Jones', fields: { note: 'sister of margaret' } },
      },
    });
    const t2 = await h.call<Transcript>('transcript-get', { id: typed.id });
    expect(t2.title).toBe('Interview with [MOTHER]');
    expect(JSON.stringify(t2.metadata)).not.toMatch(/margaret|jones/i);
    expect(JSON.stringify(t2.metadata)).toContain('Ann [SURNAME]');
    h.services.close();
    const raw = readdirSync(h.dir.path)
      .filter((f) => f.startsWith('p.attune'))
      .map((f) => readFileSync(join(h.dir.path, f)).toString('latin1'))
      .join('');
    expect(raw).not.toMatch(/Margaret(?!a)|margaret|Jones/);
  });

  it("reads turns with the lab's labels (option or project setting), stores them, and finds the same turns again", async () => {
    const qa =
      'Study: X\n\nQ: 1. Tell me about your family.\nA: We were four.\nQ: 2. And your mother?\nA: Kind.\nMargaret: (from the hall) Tea!';
    const plain = await h.call<ImportPreview>('transcript-preview', { fileName: 'qa.txt', contentBase64: b64(qa) });
    expect(plain.turns.count).toBe(0);
    expect(plain.warnings.join(' ')).toContain('No speaker turns were found');
    const options = {
      speakerPatterns: [
        { label: 'Q', role: 'interviewer' },
        { label: 'A', role: 'respondent' },
      ],
      extraLabels: ['Margaret'],
      replacements: [{ find: 'Margaret', replace: '[MOTHER]' }],
    };
    const r = await h.call<ImportResult>('transcript-import-file', {
      fileName: 'qa.txt',
      contentBase64: b64(qa),
      options,
    });
    expect(r).toMatchObject({ turns: 5, sections: 2 });
    const s = await h.call<TranscriptStructure>('transcript-get-structure', { id: r.id });
    expect(s.turns.map((t) => t.speaker)).toEqual(['Q', 'A', 'Q', 'A', '[MOTHER]']);
    expect(s.turns[4]!.role).toBe('other');
    expect(s.extraLabels).toEqual(['[MOTHER]']);

    const lead = await h.call<{ id: string }>('coder-create', { name: 'Lead', role: 'lead' });
    await h.call('session-set-coder', { coderId: lead.id });
    await h.call('settings-update', { importSpeakerPatterns: options.speakerPatterns });
    const viaSetting = await h.call<ImportPreview>('transcript-preview', {
      fileName: 'qa2.txt',
      contentBase64: b64(qa.replace('four', 'five')),
    });
    expect(viaSetting.turns.count).toBe(4);
    expect(viaSetting.speakerPatterns).toEqual(options.speakerPatterns);
  });

  it('stores header or given metadata; hidden fields never reach a coder, and only a lead may change metadata', async () => {
    const lead = await h.call<{ id: string }>('coder-create', { name: 'Lead', role: 'lead' });
    await h.call('session-set-coder', { coderId: lead.id });
    await h.call('settings-update', { hiddenMetadataFields: ['Group'] });
    const p = await h.call<ImportPreview>('transcript-preview', { fileName: 'p.txt', contentBase64: b64(PSEUDO) });
    expect(p.header).toEqual({
      participantCode: 'SYN-0101',
      interviewDate: '2026-04-01',
      interviewer: 'INT-B',
      fields: { Group: 'control' },
    });
    expect(p.warnings.join(' ')).toMatch(/"Group" name a field hidden from coders/);
    const r = await h.call<ImportResult>('transcript-import-file', {
      fileName: 'p.txt',
      contentBase64: b64(PSEUDO),
      options: {
        metadata: {
          participantCode: 'SYN-0101',
          interviewDate: '2026-04',
          interviewer: '',
          fields: { Group: 'control', Wave: '2' },
        },
      },
    });
    const coder = await h.call<{ id: string }>('coder-create', { name: 'Ada' });
    expect((await h.call<Transcript>('transcript-get', { id: r.id })).metadata).toEqual({
      participantCode: 'SYN-0101',
      interviewDate: '2026-04',
      Group: 'control',
      Wave: '2',
    });
    await h.call('session-set-coder', { coderId: coder.id });
    expect((await h.call<Transcript>('transcript-get', { id: r.id })).metadata).toEqual({
      participantCode: 'SYN-0101',
      interviewDate: '2026-04',
      Wave: '2',
    });
    expect(await h.fail('transcript-update-metadata', { id: r.id, metadata: { participantCode: 'X' } })).toMatchObject({
      type: 'refused',
    });

    await h.call('session-set-coder', { coderId: lead.id });
    expect(
      await h.call('transcript-update-metadata', {
        id: r.id,
        metadata: { participantCode: 'SYN-0102', fields: { Group: 'treatment' } },
      }),
    ).toEqual({
      participantCode: 'SYN-0102',
      Group: 'treatment',
    });
    expect(
      (await h.fail('transcript-update-metadata', { id: r.id, metadata: { interviewDate: '02/03/2026' } })).message,
    ).toContain('YYYY');
  });

  it('lets a lead edit sections within the text and without overlaps', async () => {
    const r = await h.call<ImportResult>('transcript-import-file', { fileName: 'p.txt', contentBase64: b64(PSEUDO) });
    const t = await h.call<Transcript>('transcript-get', { id: r.id });
    const [q1, q2] = (await h.call<TranscriptStructure>('transcript-get-structure', { id: r.id })).sections as [
      StoredSection,
      StoredSection,
    ];
    expect([q1.number, q2.number]).toEqual([1, 2]);
    expect(q2.end).toBe(t.text.length);

    expect(
      (await h.fail('section-create', { transcriptId: r.id, start: 0, end: q1.start + 1, title: 'Header' })).message,
    ).toMatch(/overlaps question 1/);
    expect((await h.fail('section-update', { id: q1.id, end: t.text.length + 1 })).message).toMatch(
      /runs past the end of the transcript/,
    );
    expect((await h.fail('section-update', { id: q1.id, end: q1.start })).message).toMatch(/must end after it starts/);
    const header = await h.call<StoredSection>('section-create', {
      transcriptId: r.id,
      start: 0,
      end: q1.start - 1,
      title: 'Header',
    });
    expect(await h.call<StoredSection>('section-update', { id: q2.id, number: 3, title: 'Father' })).toMatchObject({
      number: 3,
      title: 'Father',
      start: q2.start,
    });
    await h.call('section-delete', { id: q1.id });
    expect(
      (await h.call<TranscriptStructure>('transcript-get-structure', { id: r.id })).sections.map((s) => s.title),
    ).toEqual(['Header', 'Father']);
    expect(await h.fail('section-delete', { id: q1.id })).toMatchObject({ type: 'not-found' });

    const { Ada } = await h.addCoders([
      ['Lee', 'lead'],
      ['Ada', 'coder'],
    ]);
    await h.call('session-set-coder', { coderId: Ada });
    expect(await h.fail('section-delete', { id: header.id })).toMatchObject({
      type: 'refused',
      message: 'changing question sections needs a lead or trainer as the acting coder',
    });
  });

  it("writes nothing when any part of a file's import fails (one transaction per file)", async () => {
    const db = h.services.current()!.db;
    db.exec("CREATE TEMP TRIGGER fail_sections BEFORE INSERT ON sections BEGIN SELECT RAISE(ABORT, 'disk full'); END;");
    const e = await h.fail('transcript-import-file', { fileName: 'p.txt', contentBase64: b64(PSEUDO) });
    expect(e.message).toContain('disk full');
    expect(await list()).toEqual([]);
    expect(db.get<{ n: number }>('SELECT count(*) AS n FROM sections')?.n).toBe(0);
    db.exec('DROP TRIGGER fail_sections');
    expect(
      (await h.call<ImportResult>('transcript-import-file', { fileName: 'p.txt', contentBase64: b64(PSEUDO) }))
        .sections,
    ).toBe(2);
  });

  it('validates arguments at the boundary', async () => {
    expect(
      (
        await h.fail('transcript-import-file', {
          fileName: 'x.txt',
          contentBase64: b64('I: hi'),
          options: { speakerPatterns: [{ label: 'I:', role: 'interviewer' }] },
        })
      ).message,
    ).toContain('without its colon');
    expect(
      (
        await h.fail('transcript-preview', {
          fileName: 'x.txt',
          contentBase64: b64('I: hi'),
          options: { replacements: [{ find: ' ', replace: 'x' }] },
        })
      ).type,
    ).toBe('validation');
    expect((await h.fail('transcript-get-structure', { id: 'nope' })).type).toBe('not-found');
  });
});
