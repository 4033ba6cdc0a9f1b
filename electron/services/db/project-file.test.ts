import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-dir.ts';
import { ProjectStore } from '../project-store.ts';
import { ATTUNE_APPLICATION_ID } from './project-file.ts';
import { LATEST_SCHEMA_VERSION } from './migrations/index.ts';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('project file', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('creates a WAL-mode SQLite file with foreign keys on, STRICT tables and the latest user_version', () => {
    const store = ProjectStore.create(dir.file('p.attune'));
    expect(store.db.pragma('journal_mode')).toBe('wal');
    expect(store.db.pragma('foreign_keys')).toBe(1);
    expect(store.db.pragma('user_version')).toBe(LATEST_SCHEMA_VERSION);
    expect(store.db.pragma('application_id')).toBe(ATTUNE_APPLICATION_ID);
    const tables = store.db.all<{ name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table'",
    );
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'annotations',
        'audit_log',
        'classifications',
        'codebooks',
        'coders',
        'codes',
        'coding_returns',
        'coding_status',
        'events',
        'memos',
        'meta',
        'rating_links',
        'ratings',
        'sections',
        'study_assignments',
        'study_plan',
        'training_enrolments',
        'training_set_items',
        'training_sets',
        'transcript_keys',
        'transcripts',
      ].sort(),
    );
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);
    store.close();
  });

  it('seeds the default AAI codebook as the active codebook', () => {
    const store = ProjectStore.create(dir.file('p.attune'));
    const cb = store.activeCodebook();
    expect(cb.key).toBe('aai-default@1');
    expect(cb.codebook.codes.map((c) => c.id)).toContain('unres.reasoning_lapse');
    expect(cb.codebook.scales.find((s) => s.id === 'unres.loss')?.aggregate).toBe('max');
    store.close();
  });

  it('refuses to create over an existing file', () => {
    writeFileSync(dir.file('p.attune'), 'keep me');
    expect(() => ProjectStore.create(dir.file('p.attune'))).toThrow(/already exists/);
    expect(readFileSync(dir.file('p.attune'), 'utf8')).toBe('keep me');
  });

  it('refuses a file from a newer version with a clear message and leaves it byte-for-byte unchanged', () => {
    const path = dir.file('future.attune');
    ProjectStore.create(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 3}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = sha(path);
    expect(() => ProjectStore.open(path)).toThrow(
      `future.attune was saved by a newer version of Attune (project format ${LATEST_SCHEMA_VERSION + 3}; this version reads up to ${LATEST_SCHEMA_VERSION}). Update Attune to open it; the file was not changed.`,
    );
    expect(sha(path)).toBe(before);
  });

  it('takes a copy of an older file before migrating it', () => {
    // An Attune file at format 0 (marked as ours, no tables yet) needs every migration.
    const path = dir.file('old.attune');
    const raw = new Database(path);
    raw.pragma(`application_id = ${ATTUNE_APPLICATION_ID}`);
    raw.exec('CREATE TABLE legacy (x INTEGER) STRICT; INSERT INTO legacy VALUES (42);');
    raw.close();
    const store = ProjectStore.open(path);
    expect(store.backupPath).not.toBeNull();
    expect(existsSync(store.backupPath!)).toBe(true);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    const backup = new Database(store.backupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(0);
    expect(backup.prepare('SELECT x FROM legacy').get()).toEqual({ x: 42 });
    backup.close();
    store.close();
  });

  it('refuses files that are not Attune projects', () => {
    writeFileSync(dir.file('text.attune'), 'I: hello\nR: hi\n');
    // One answer for every kind of "not a project", so opening cannot be used to probe which files exist.
    const same = ': it is not an Attune project (there is no such file, it cannot be read, or it is not a project)';
    expect(() => ProjectStore.open(dir.file('text.attune'))).toThrow(`Cannot open text.attune${same}`);
    const other = new Database(dir.file('other.attune'));
    other.exec('CREATE TABLE t (x)');
    other.close();
    expect(() => ProjectStore.open(dir.file('other.attune'))).toThrow(`Cannot open other.attune${same}`);
    expect(() => ProjectStore.open(dir.file('missing.attune'))).toThrow(`Cannot open missing.attune${same}`);
    mkdirSync(dir.file('folder.attune'));
    expect(() => ProjectStore.open(dir.file('folder.attune'))).toThrow(`Cannot open folder.attune${same}`);
  });

  it('never creates a project through a symbolic link, even one pointing nowhere', () => {
    symlinkSync(dir.file('elsewhere/target.attune'), dir.file('link.attune'));
    mkdirSync(dir.file('elsewhere'));
    expect(() => ProjectStore.create(dir.file('link.attune'))).toThrow('link.attune already exists');
    expect(existsSync(dir.file('elsewhere/target.attune'))).toBe(false);
  });

  it('refuses a damaged file instead of working on it', () => {
    const path = dir.file('damaged.attune');
    const store = ProjectStore.create(path);
    for (let i = 0; i < 200; i++)
      store.insertTranscript({ title: `T ${i}`, text: `${i} ${'x'.repeat(200)}`, words: 2, sourceName: null });
    store.close();
    const bytes = readFileSync(path);
    // Scribble over the middle pages (the header stays valid so it still looks like SQLite).
    for (let i = 8192; i < Math.min(bytes.length, 40_000); i++) bytes[i] = 0xa5;
    writeFileSync(path, bytes);
    expect(() => ProjectStore.open(path)).toThrow(/damaged|malformed|not a database/);
  });
});
