import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-dir.ts';
import { recordAudit } from '../../audit.ts';
import { ProjectStore } from '../../project-store.ts';
import * as auditLog from '../tables/audit-log.ts';
import { LATEST_SCHEMA_VERSION } from './index.ts';

/** A file as an Attune of format 4 wrote it: the audit log refers to coders, no names, no training sets. */
function asFormat4(path: string): void {
  const raw = new Database(path);
  raw.exec(`
    DROP TABLE training_enrolments; DROP TABLE training_set_items; DROP TABLE training_sets;
    CREATE TABLE audit_log_v4 (
      id INTEGER PRIMARY KEY, at TEXT NOT NULL, action TEXT NOT NULL, actor_id TEXT REFERENCES coders (id),
      subject_id TEXT, detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
    ) STRICT;
    INSERT INTO audit_log_v4 SELECT id, at, action, actor_id, subject_id, detail FROM audit_log;
    DROP TABLE audit_log;
    ALTER TABLE audit_log_v4 RENAME TO audit_log;
    CREATE INDEX audit_log_by_action ON audit_log (action, at);
    ALTER TABLE transcripts DROP COLUMN characters;`);
  raw.pragma('user_version = 4');
  raw.close();
}

describe('migration 005: an append-only audit log that names deleted coders, and training sets', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('upgrades a format-4 log keeping every entry, now with the names, and refuses changes afterwards', () => {
    const path = dir.file('v4.attune');
    const store = ProjectStore.create(path);
    const lee = store.createCoder('Lee', 'lead');
    const ada = store.createCoder('Ada', 'coder');
    recordAudit(store.db, {
      action: 'role-changed',
      actorId: lee.id,
      subjectId: ada.id,
      detail: { from: 'coder', to: 'trainer' },
    });
    store.close();
    asFormat4(path);

    const reopened = ProjectStore.open(path);
    expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(auditLog.listAuditEntries(reopened.db, { action: null, limit: 10 })).toEqual([
      expect.objectContaining({
        action: 'role-changed',
        actorId: lee.id,
        actorName: 'Lee',
        subjectId: ada.id,
        subjectName: 'Ada',
        detail: { from: 'coder', to: 'trainer' },
      }),
    ]);
    expect(() => reopened.db.run("UPDATE audit_log SET detail = '{}'")).toThrow(/append-only/);
    expect(() => reopened.db.run('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(
      reopened.db.all("SELECT name FROM sqlite_schema WHERE name LIKE 'training_%' AND type = 'table'"),
    ).toHaveLength(3);
    // No foreign key to coders any more: the log outlives the coders it names.
    expect(reopened.db.all("SELECT * FROM pragma_foreign_key_list('audit_log')")).toEqual([]);
    reopened.close();
  });
});
