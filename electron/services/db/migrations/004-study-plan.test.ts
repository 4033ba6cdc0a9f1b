import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-dir.ts';
import { ProjectStore } from '../../project-store.ts';
import * as study from '../tables/study.ts';

describe('migration 004: the study plan and returned codings', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.remove());

  it('keeps one plan whose assignments go with their transcript, and allows one primary per transcript', () => {
    const store = ProjectStore.create(dir.file('p.attune'));
    const lead = store.createCoder('Lead', 'lead');
    const ada = store.createCoder('Ada', 'coder');
    const t = store.insertTranscript({ title: 'T1', text: 'I: hello\nR: hi', words: 2, sourceName: 't.txt' });
    const plan = { seed: 7, overlap: 0.25, stratify: null, createdAt: '2026-12-07T00:00:00.000Z', createdBy: lead.id };
    store.db.transaction(() =>
      study.replaceStudyPlan(store.db, {
        plan,
        assignments: [
          { transcriptId: t.id, coderId: ada.id, position: 0 },
          { transcriptId: t.id, coderId: lead.id, position: 1 },
        ],
      }),
    );
    expect(study.getStudyPlan(store.db)).toEqual(plan);
    expect(study.listAssignmentsOfCoder(store.db, { coderId: ada.id })).toEqual([
      { transcriptId: t.id, coderId: ada.id, position: 0 },
    ]);
    expect(() =>
      store.db.run('INSERT INTO study_assignments (transcript_id, coder_id, position) VALUES (?, ?, 0)', [t.id, 'x']),
    ).toThrow();
    study.upsertReturn(store.db, { transcriptId: t.id, coderId: ada.id, returnedAt: 'then', fileSha256: 'ab' });
    study.upsertReturn(store.db, { transcriptId: t.id, coderId: ada.id, returnedAt: 'now', fileSha256: 'cd' });
    expect(study.listReturns(store.db)).toEqual([
      { transcriptId: t.id, coderId: ada.id, returnedAt: 'now', fileSha256: 'cd' },
    ]);
    store.close();
  });
});
