import type { Db } from '../database.ts';

/** Trainer mode: whose coding is the answer key, per transcript. */
export function listKeys(db: Db): { transcriptId: string; coderId: string }[] {
  return db
    .all<{ transcript_id: string; coder_id: string }>('SELECT transcript_id, coder_id FROM transcript_keys')
    .map((r) => ({ transcriptId: r.transcript_id, coderId: r.coder_id }));
}

export function getKeyCoder(db: Db, a: { transcriptId: string }): string | undefined {
  return db.get<{ coder_id: string }>('SELECT coder_id FROM transcript_keys WHERE transcript_id = @transcriptId', a)
    ?.coder_id;
}

export function setKey(db: Db, a: { transcriptId: string; coderId: string }): void {
  db.run(
    `INSERT INTO transcript_keys (transcript_id, coder_id) VALUES (@transcriptId, @coderId)
     ON CONFLICT (transcript_id) DO UPDATE SET coder_id = excluded.coder_id`,
    a,
  );
}

export function deleteKey(db: Db, a: { transcriptId: string }): void {
  db.run('DELETE FROM transcript_keys WHERE transcript_id = @transcriptId', a);
}
