import type { Db } from '../database.ts';

export interface StudyPlanRow {
  seed: number;
  overlap: number;
  stratify: string | null;
  createdAt: string;
  createdBy: string | null;
}

export interface AssignmentRow {
  transcriptId: string;
  coderId: string;
  /** 0: the primary coder; 1: the second coder of a double-coded transcript. */
  position: number;
}

export interface ReturnRow {
  transcriptId: string;
  coderId: string;
  returnedAt: string;
  fileSha256: string;
}

export function getStudyPlan(db: Db): StudyPlanRow | undefined {
  const r = db.get<{
    seed: number;
    overlap: number;
    stratify: string | null;
    created_at: string;
    created_by: string | null;
  }>('SELECT seed, overlap, stratify, created_at, created_by FROM study_plan WHERE id = 1');
  return (
    r && { seed: r.seed, overlap: r.overlap, stratify: r.stratify, createdAt: r.created_at, createdBy: r.created_by }
  );
}

/** Replaces the plan and all its assignments (call inside a transaction). */
export function replaceStudyPlan(db: Db, a: { plan: StudyPlanRow; assignments: readonly AssignmentRow[] }): void {
  db.run('DELETE FROM study_assignments');
  db.run(
    `INSERT INTO study_plan (id, seed, overlap, stratify, created_at, created_by)
     VALUES (1, @seed, @overlap, @stratify, @createdAt, @createdBy)
     ON CONFLICT (id) DO UPDATE SET seed = excluded.seed, overlap = excluded.overlap, stratify = excluded.stratify,
       created_at = excluded.created_at, created_by = excluded.created_by`,
    a.plan,
  );
  for (const row of a.assignments)
    db.run(
      'INSERT INTO study_assignments (transcript_id, coder_id, position) VALUES (@transcriptId, @coderId, @position)',
      row,
    );
}

export function listAssignments(db: Db): AssignmentRow[] {
  return db
    .all<{ transcript_id: string; coder_id: string; position: number }>(
      'SELECT transcript_id, coder_id, position FROM study_assignments ORDER BY transcript_id, position',
    )
    .map((r) => ({ transcriptId: r.transcript_id, coderId: r.coder_id, position: r.position }));
}

export function listAssignmentsOfCoder(db: Db, a: { coderId: string }): AssignmentRow[] {
  return db
    .all<{ transcript_id: string; coder_id: string; position: number }>(
      'SELECT transcript_id, coder_id, position FROM study_assignments WHERE coder_id = @coderId ORDER BY transcript_id',
      a,
    )
    .map((r) => ({ transcriptId: r.transcript_id, coderId: r.coder_id, position: r.position }));
}

/** Records (or renews) a returned coding of one transcript by one coder. */
export function upsertReturn(db: Db, r: ReturnRow): void {
  db.run(
    `INSERT INTO coding_returns (transcript_id, coder_id, returned_at, file_sha256)
     VALUES (@transcriptId, @coderId, @returnedAt, @fileSha256)
     ON CONFLICT (transcript_id, coder_id) DO UPDATE SET returned_at = excluded.returned_at, file_sha256 = excluded.file_sha256`,
    r,
  );
}

export function listReturns(db: Db): ReturnRow[] {
  return db
    .all<{ transcript_id: string; coder_id: string; returned_at: string; file_sha256: string }>(
      'SELECT transcript_id, coder_id, returned_at, file_sha256 FROM coding_returns ORDER BY transcript_id, coder_id',
    )
    .map((r) => ({
      transcriptId: r.transcript_id,
      coderId: r.coder_id,
      returnedAt: r.returned_at,
      fileSha256: r.file_sha256,
    }));
}

/** Replaces one transcript's assignments (call inside a transaction). */
export function replaceTranscriptAssignments(db: Db, a: { transcriptId: string; coderIds: readonly string[] }): void {
  db.run('DELETE FROM study_assignments WHERE transcript_id = @transcriptId', a);
  a.coderIds.forEach((coderId, position) =>
    db.run(
      'INSERT INTO study_assignments (transcript_id, coder_id, position) VALUES (@transcriptId, @coderId, @position)',
      { transcriptId: a.transcriptId, coderId, position },
    ),
  );
}

/** Every (transcript, coder) with some coding: a highlight, rating, classification, event or memo. */
export function listCodingPresence(db: Db): { transcriptId: string; coderId: string }[] {
  return db
    .all<{ transcript_id: string; coder_id: string }>(
      `SELECT transcript_id, coder_id FROM annotations
       UNION SELECT transcript_id, coder_id FROM ratings
       UNION SELECT transcript_id, coder_id FROM classifications
       UNION SELECT transcript_id, coder_id FROM events
       UNION SELECT transcript_id, coder_id FROM memos WHERE text <> ''`,
    )
    .map((r) => ({ transcriptId: r.transcript_id, coderId: r.coder_id }));
}

/** Every coder's status on every transcript, as stored. */
export function listStatuses(db: Db): { transcriptId: string; coderId: string; status: string }[] {
  return db
    .all<{ transcript_id: string; coder_id: string; status: string }>(
      'SELECT transcript_id, coder_id, status FROM coding_status',
    )
    .map((r) => ({ transcriptId: r.transcript_id, coderId: r.coder_id, status: r.status }));
}

/** Each transcript's metadata (for stratifying a plan), without its text. */
export function listTranscriptMetadata(db: Db): { id: string; metadata: Record<string, string> }[] {
  return db
    .all<{ id: string; metadata: string }>('SELECT id, metadata FROM transcripts')
    .map((r) => ({ id: r.id, metadata: JSON.parse(r.metadata) as Record<string, string> }));
}
