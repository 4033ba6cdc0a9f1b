import type { Db } from '../database.ts';

const OWNER = 'transcript_id = @transcriptId AND coder_id = @coderId';

export function getMemo(
  db: Db,
  a: { transcriptId: string; coderId: string },
): { text: string; updatedAt: string } | undefined {
  const r = db.get<{ text: string; updated_at: string }>(`SELECT text, updated_at FROM memos WHERE ${OWNER}`, a);
  return r && { text: r.text, updatedAt: r.updated_at };
}

export function upsertMemo(
  db: Db,
  m: { transcriptId: string; coderId: string; text: string; updatedAt: string },
): void {
  db.run(
    `INSERT INTO memos (transcript_id, coder_id, text, updated_at) VALUES (@transcriptId, @coderId, @text, @updatedAt)
     ON CONFLICT (transcript_id, coder_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    m,
  );
}

export function deleteMemo(db: Db, a: { transcriptId: string; coderId: string }): void {
  db.run(`DELETE FROM memos WHERE ${OWNER}`, a);
}
