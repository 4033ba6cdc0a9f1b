import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-dir.ts';
import { CodingStore } from '../../coding-store.ts';
import { ProjectStore } from '../../project-store.ts';
import { LATEST_SCHEMA_VERSION } from './index.ts';

describe('migration 002: consensus provenance on events', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('upgrades a format-1 file: its events stay, with no origin and an empty rationale', () => {
    const path = dir.file('v1.attune');
    const store = ProjectStore.create(path);
    const coder = store.createCoder('Ada', 'coder');
    const t = store.insertTranscript({
      title: 'SYN-0011',
      text: 'I: Losses?\nR: My grandmother died when I was nine.',
      words: 9,
      sourceName: null,
    });
    const ev = new CodingStore(store).createEvent({
      transcriptId: t.id,
      coderId: coder.id,
      kind: 'loss',
      who: 'grandmother',
      speakerAge: '9',
      note: '',
    });
    store.close();
    // Make it the file an Attune of format 1 wrote: no origin/rationale on events.
    const raw = new Database(path);
    raw.exec(
      'DROP TABLE training_enrolments; DROP TABLE training_set_items; DROP TABLE training_sets; DROP TABLE coding_returns; DROP TABLE study_assignments; DROP TABLE study_plan; DROP TABLE audit_log; DROP INDEX events_by_origin; ALTER TABLE events DROP COLUMN origin; ALTER TABLE events DROP COLUMN rationale; ALTER TABLE transcripts DROP COLUMN characters;',
    );
    raw.pragma('user_version = 1');
    raw.close();

    const reopened = ProjectStore.open(path);
    expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(reopened.backupPath).not.toBeNull();
    expect(new CodingStore(reopened).listEvents(t.id, coder.id)).toEqual([ev]);
    expect(reopened.db.get('SELECT origin, rationale FROM events WHERE id = ?', [ev.id])).toEqual({
      origin: null,
      rationale: '',
    });
    // One consensus event per source event: the index refuses a second with the same origin.
    const origin = JSON.stringify({ how: 'accepted', coderId: coder.id, item: `event:${ev.id}` });
    const consensus = reopened.createCoder('Consensus', 'consensus');
    const coding = new CodingStore(reopened);
    const a = coding.createEvent({
      transcriptId: t.id,
      coderId: consensus.id,
      kind: 'loss',
      who: '',
      speakerAge: '',
      note: '',
    });
    const b = coding.createEvent({
      transcriptId: t.id,
      coderId: consensus.id,
      kind: 'loss',
      who: '',
      speakerAge: '',
      note: '',
    });
    reopened.db.run('UPDATE events SET origin = ? WHERE id = ?', [origin, a.id]);
    expect(() => reopened.db.run('UPDATE events SET origin = ? WHERE id = ?', [origin, b.id])).toThrow(/UNIQUE/);
    reopened.close();
  });
});
