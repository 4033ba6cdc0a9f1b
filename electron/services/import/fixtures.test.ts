import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildFixtures,
  buildPrototypes,
  FIXTURE_DIR,
  PROTOTYPE_DIR,
  type FixtureEntry,
  type PrototypeEntry,
} from '../../../scripts/make-fixtures.ts';
import { analyzeTranscript } from '../../../shared/transcript/analyze.ts';
import { countWords, normalizeTranscriptText } from '../../../shared/transcript/normalize.ts';
import { decodeTranscriptFile } from './decode.ts';

const manifest = JSON.parse(readFileSync(join(FIXTURE_DIR, 'manifest.json'), 'utf8')) as FixtureEntry[];
// The prototype transcripts (SYN-0201..) live beside the others; their manifest and sidecars in ../prototypes.
const prototypes = JSON.parse(readFileSync(join(PROTOTYPE_DIR, 'manifest.json'), 'utf8')) as PrototypeEntry[];
const good = [...manifest, ...prototypes].filter((e) => e.expect);
const bad = manifest.filter((e) => e.error);

function read(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));
}

describe('synthetic fixtures', () => {
  it('are reproduced byte for byte by scripts/make-fixtures.ts', async () => {
    const { files } = await buildFixtures();
    for (const [name, bytes] of files) expect(Buffer.from(read(name)).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('include the prototypes and their sidecars, also reproduced byte for byte', () => {
    const { transcripts, files } = buildPrototypes();
    expect([...transcripts.keys()].length).toBeGreaterThan(0);
    for (const [name, bytes] of transcripts)
      expect(Buffer.from(read(name)).equals(Buffer.from(bytes)), name).toBe(true);
    for (const [name, bytes] of files)
      expect(readFileSync(join(PROTOTYPE_DIR, name)).equals(Buffer.from(bytes)), name).toBe(true);
    // Kept out of manifest.json, so the older fixtures' manifest stays as it was.
    expect(manifest.map((e) => e.file)).not.toContain(prototypes[0]!.file);
  });

  it('are all marked synthetic with a SYN- id', async () => {
    for (const e of good) {
      const r = await decodeTranscriptFile(e.file, read(e.file));
      expect(r.ok, e.file).toBe(true);
      if (!r.ok) continue;
      expect(r.text, e.file).toContain('SYNTHETIC – NOT REAL DATA');
      expect(r.text, e.file).toMatch(/SYN-\d{4}/);
    }
  });

  it('cover every format, encoding and kind of bad file the issue names', () => {
    const formats = new Set(good.map((e) => e.format));
    expect([...formats].sort()).toEqual(['docx', 'odt', 'rtf', 'txt']);
    const encodings = new Set(good.map((e) => e.encoding).filter(Boolean));
    for (const enc of ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']) expect(encodings).toContain(enc);
    for (const f of ['bad/empty.txt', 'bad/binary.txt', 'bad/pdf-named.docx', 'bad/corrupt.docx'])
      expect(bad.map((e) => e.file)).toContain(f);
  });
});

describe.each(good)('$file: $description', (entry) => {
  const exp = entry.expect!;

  it('decodes, normalises and analyses to what the generator wrote', async () => {
    const r = await decodeTranscriptFile(entry.file, read(entry.file));
    if (!r.ok) throw new Error(r.error);
    expect(r.format).toBe(entry.format);
    if (entry.encoding) expect(r.encoding).toBe(entry.encoding);
    const text = normalizeTranscriptText(r.text);
    const a = analyzeTranscript(text);

    expect(a.turns).toHaveLength(exp.turns);
    expect(a.sections.map((s) => s.number)).toEqual(exp.questions);
    expect(a.header.metadata.participantCode).toBe(exp.participantCode);
    expect(a.turns[0]!.speaker).toBe(exp.labels[0]);
    expect(a.turns.find((t) => t.role === 'respondent')?.speaker).toBe(exp.labels[1]);
    if (exp.wordsMin !== undefined) expect(countWords(text)).toBeGreaterThanOrEqual(exp.wordsMin);
    if (exp.wordsMax !== undefined) expect(countWords(text)).toBeLessThanOrEqual(exp.wordsMax);
    for (const s of exp.contains) expect(text).toContain(s);
    for (const s of exp.notContains ?? []) expect(text).not.toContain(s);

    // Structural invariants the UI relies on.
    let prev = 0;
    for (const t of a.turns) {
      expect(t.start).toBeGreaterThanOrEqual(prev);
      expect(text.slice(t.labelStart, t.labelEnd).toLowerCase()).toMatch(/^[^\n]+:$/);
      prev = t.end;
    }
    for (const s of a.sections) expect(s.end).toBeGreaterThan(s.start);
    for (const m of a.marks) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('mini fixture details', () => {
  it('finds every kind of transcriber mark and keeps interjections inside turns', async () => {
    const r = await decodeTranscriptFile('syn-0001-mini.txt', read('syn-0001-mini.txt'));
    if (!r.ok) throw new Error(r.error);
    const text = normalizeTranscriptText(r.text);
    const a = analyzeTranscript(text);
    const kinds = new Set(a.marks.map((m) => m.kind));
    for (const k of ['transcriber-note', 'pause', 'inaudible', 'timestamp', 'interjection', 'sic'] as const)
      expect(kinds).toContain(k);
    const interjection = a.marks.find((m) => m.text === '(I: mm-hm)')!;
    const turn = a.turns.find((t) => t.start <= interjection.start && interjection.end <= t.end)!;
    expect(turn.role).toBe('respondent');
    expect(a.header.metadata.interviewer).toBe('INT-A');
    expect(a.header.metadata.fields).toEqual({ Transcriber: 'TR-1' });
    expect(a.sections[12]).toMatchObject({ number: 13 });
    expect(text.slice(a.sections[12]!.start, a.sections[12]!.end)).toContain('[inaudible 00:31:12]');
  });

  it('analyses the 40,000-word stress fixture into its 20 sections (speed: npm run bench)', async () => {
    const r = await decodeTranscriptFile('syn-0014-stress.txt', read('syn-0014-stress.txt'));
    if (!r.ok) throw new Error(r.error);
    const text = normalizeTranscriptText(r.text);
    const a = analyzeTranscript(text);
    expect(a.sections).toHaveLength(20);
  });
});

describe.each(bad)('bad file $file', (entry) => {
  it(`is refused with a clear message (${entry.description})`, async () => {
    const r = await decodeTranscriptFile(entry.file, read(entry.file));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const base = entry.file.split('/').pop()!;
    expect(r.error.startsWith(`${base}: `)).toBe(true);
    expect(r.error).toContain(entry.error!);
  });
});
