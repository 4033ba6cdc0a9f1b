import { copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { ProjectStore } from '../project-store.ts';
import { needsIntegrityCheck } from './project-file.ts';

// The rule for SQLite's whole-file quick_check at open (project-file.ts): every open that may write; an
// open for reading only when the file was not closed cleanly or is being upgraded.
describe('when opening checks the whole file', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  const filled = (name: string, n = 50): ProjectStore => {
    const store = ProjectStore.create(dir.file(name));
    for (let i = 0; i < n; i++)
      store.insertTranscript({
        title: `T ${i}`,
        text: `${i} ${'word '.repeat(60).trim()}`,
        words: 61,
        sourceName: null,
      });
    return store;
  };

  it('checks for writing always; for reading only after an unclean close or before an upgrade', () => {
    expect(needsIntegrityCheck({ forReading: false, unclean: false, upgrade: false })).toBe(true);
    expect(needsIntegrityCheck({ forReading: true, unclean: false, upgrade: false })).toBe(false);
    expect(needsIntegrityCheck({ forReading: true, unclean: true, upgrade: false })).toBe(true);
    expect(needsIntegrityCheck({ forReading: true, unclean: false, upgrade: true })).toBe(true);
  });

  it('a cleanly closed file opens for reading without the check, read-only, and reads the same', () => {
    filled('clean.attune').close();
    const path = dir.file('clean.attune');
    const before = readFileSync(path);
    const reading = ProjectStore.open(path, { forReading: true });
    expect(reading.integrityChecked).toBe(false);
    expect(reading.db.readonly).toBe(true);
    expect(reading.counts().transcripts).toBe(50);
    expect(() => reading.updateSettings({ blindMode: true })).toThrow();
    reading.close();
    expect(readFileSync(path).equals(before)).toBe(true);
    const writing = ProjectStore.open(path);
    expect(writing.integrityChecked).toBe(true);
    expect(writing.db.readonly).toBe(false);
    writing.close();
  });

  it('a file left by a crash (its -wal still full) is checked even when opened for reading', () => {
    const live = filled('live.attune');
    // Copy the file and its write-ahead log while the writer still holds them: what a crash leaves.
    const wal = `${dir.file('live.attune')}-wal`;
    expect(statSync(wal).size).toBeGreaterThan(0);
    copyFileSync(dir.file('live.attune'), dir.file('crashed.attune'));
    copyFileSync(wal, `${dir.file('crashed.attune')}-wal`);
    live.close();
    const reading = ProjectStore.open(dir.file('crashed.attune'), { forReading: true });
    expect(reading.integrityChecked).toBe(true);
    expect(reading.counts().transcripts).toBe(50);
    reading.close();
  });

  it('damage in a file opened for reading is reported as damage when it is read, and nothing is written', () => {
    filled('damaged.attune', 200).close();
    const path = dir.file('damaged.attune');
    const bytes = readFileSync(path);
    for (let i = 8192; i < Math.min(bytes.length, 40_000); i++) bytes[i] = 0xa5;
    writeFileSync(path, bytes);
    let message = '';
    try {
      const store = ProjectStore.open(path, { forReading: true });
      try {
        store.listTranscripts();
      } finally {
        store.close();
      }
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/damaged|malformed/);
    expect(readFileSync(path).equals(bytes)).toBe(true);
    expect(existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0).toBe(false);
  });
});
