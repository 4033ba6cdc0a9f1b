import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-dir.ts';
import * as auditLog from '../tables/audit-log.ts';
import { ProjectStore } from '../../project-store.ts';
import { LATEST_SCHEMA_VERSION } from './index.ts';

/** A file as an Attune of format 2 wrote it: no audit log. */
function asFormat2(path: string): void {
  const raw = new Database(path);
  raw.exec(
    'DROP TABLE training_enrolments; DROP TABLE training_set_items; DROP TABLE training_sets; DROP TABLE coding_returns; DROP TABLE study_assignments; DROP TABLE study_plan; DROP TABLE audit_log; ALTER TABLE transcripts DROP COLUMN characters',
  );
  raw.pragma('user_version = 2');
  raw.close();
}

describe('migration 003: the audit log, and a lead for every project', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('upgrades a format-2 file without a lead: its first coder becomes lead, recorded with no actor; other roles stay', () => {
    const path = dir.file('v2.attune');
    const store = ProjectStore.create(path);
    store.createCoder('Consensus', 'consensus');
    const ada = store.createCoder('Ada', 'coder');
    const ben = store.createCoder('Ben', 'trainee');
    store.close();
    asFormat2(path);

    const reopened = ProjectStore.open(path);
    expect(reopened.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(reopened.listCoders().map((c) => [c.name, c.role])).toEqual([
      ['Ada', 'lead'],
      ['Ben', 'trainee'],
      ['Consensus', 'consensus'],
    ]);
    expect(auditLog.listAuditEntries(reopened.db, { action: null, limit: 10 })).toEqual([
      expect.objectContaining({
        action: 'role-changed',
        actorId: null,
        subjectId: ada.id,
        subjectName: 'Ada',
        detail: { from: 'coder', to: 'lead', reason: "a project's first coder is its lead" },
      }),
    ]);
    expect(ben.role).toBe('trainee');
    reopened.close();
  });

  it('leaves a format-2 file that has a lead as it was, with an empty log', () => {
    const path = dir.file('v2-lead.attune');
    const store = ProjectStore.create(path);
    store.createCoder('Ada', 'coder');
    store.createCoder('Lee', 'lead');
    store.close();
    asFormat2(path);
    const reopened = ProjectStore.open(path);
    expect(reopened.listCoders().map((c) => [c.name, c.role])).toEqual([
      ['Ada', 'coder'],
      ['Lee', 'lead'],
    ]);
    expect(auditLog.listAuditEntries(reopened.db, { action: null, limit: 10 })).toEqual([]);
    reopened.close();
  });
});
