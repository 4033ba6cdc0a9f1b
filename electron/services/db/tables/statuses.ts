import type { CodingStatus } from '../../../../shared/api/status.ts';
import type { Db } from '../database.ts';

const OWNER = 'transcript_id = @transcriptId AND coder_id = @coderId';

export interface StatusRow {
  status: CodingStatus;
  submittedAt: string | null;
  updatedAt: string;
}

export function getStatus(db: Db, a: { transcriptId: string; coderId: string }): StatusRow | undefined {
  const r = db.get<{ status: CodingStatus; submitted_at: string | null; updated_at: string }>(
    `SELECT status, submitted_at, updated_at FROM coding_status WHERE ${OWNER}`,
    a,
  );
  return r && { status: r.status, submittedAt: r.submitted_at, updatedAt: r.updated_at };
}

/** Sets the status; the first submission time is kept once recorded. */
export function upsertStatus(db: Db, s: StatusRow & { transcriptId: string; coderId: string }): void {
  db.run(
    `INSERT INTO coding_status (transcript_id, coder_id, status, submitted_at, updated_at)
     VALUES (@transcriptId, @coderId, @status, @submittedAt, @updatedAt)
     ON CONFLICT (transcript_id, coder_id) DO UPDATE SET status = excluded.status,
       submitted_at = coalesce(coding_status.submitted_at, excluded.submitted_at), updated_at = excluded.updated_at`,
    s,
  );
}

export function deleteStatus(db: Db, a: { transcriptId: string; coderId: string }): void {
  db.run(`DELETE FROM coding_status WHERE ${OWNER}`, a);
}
