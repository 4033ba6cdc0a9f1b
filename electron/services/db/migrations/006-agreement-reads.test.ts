import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-dir.ts';
import { ProjectStore } from '../../project-store.ts';
import * as bulk from '../tables/agreement-input.ts';
import * as transcripts from '../tables/transcripts.ts';
import { LATEST_SCHEMA_VERSION } from './index.ts';

// An emoji is two UTF-16 code units but one character to SQL's length(): offsets count UTF-16 units.
const EMOJI_TEXT = 'I: How was it?\nR: Fine 😀 really.';
const PLAIN_TEXT = 'I: And your father?\nR: Distant.';

describe('migration 006: stored transcript lengths, and highlights read from their index', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('fills the length of every existing transcript when a format-5 file is opened, an emoji counting two', () => {
    const path = dir.file('v5.attune');
    const store = ProjectStore.create(path);
    const a = store.insertTranscript({ title: 'Emoji', text: EMOJI_TEXT, words: 7, sourceName: null });
    const b = store.insertTranscript({ title: 'Plain', text: PLAIN_TEXT, words: 5, sourceName: null });
    store.close();
    const raw = new Database(path);
    raw.exec('ALTER TABLE transcripts DROP COLUMN characters');
    raw.pragma('user_version = 5');
    raw.close();

    const reopened = ProjectStore.open(path);
    expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const stored = reopened.db.all<{ id: string; characters: number }>('SELECT id, characters FROM transcripts');
    expect(new Map(stored.map((r) => [r.id, r.characters]))).toEqual(
      new Map([
        [a.id, EMOJI_TEXT.length],
        [b.id, PLAIN_TEXT.length],
      ]),
    );
    expect(EMOJI_TEXT.length).toBe([...EMOJI_TEXT].length + 1);
    const plan = reopened.db.all<{ detail: string }>(
      "EXPLAIN QUERY PLAN SELECT coder_id, code_id, start_offset, end_offset FROM annotations WHERE transcript_id = 'x'",
    );
    expect(plan.map((p) => p.detail).join()).toMatch(/COVERING INDEX annotations_by_transcript/);
    reopened.close();
  });

  it('is written at import, and a row written without it (a package copy) is measured from its text', () => {
    const store = ProjectStore.create(dir.file('p.attune'));
    const t = store.insertTranscript({ title: 'Emoji', text: EMOJI_TEXT, words: 7, sourceName: null });
    expect(store.db.get<{ c: number }>('SELECT characters AS c FROM transcripts')?.c).toBe(EMOJI_TEXT.length);
    store.db.run('UPDATE transcripts SET characters = NULL');
    expect(bulk.listTranscriptLengths(store.db, { ids: null })).toEqual([
      { id: t.id, title: 'Emoji', length: EMOJI_TEXT.length },
    ]);
    expect(transcripts.listTranscriptSummaries(store.db, { visibleCoders: null })[0]?.characters).toBe(
      EMOJI_TEXT.length,
    );
    expect(() => store.db.run('UPDATE transcripts SET characters = -1')).toThrow(/CHECK/);
    store.close();
  });
});
