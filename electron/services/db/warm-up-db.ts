// A scratch database in memory holding the invented warm-up project's records (shared/reliability/warm-up.ts),
// so the agreement reader's worker can warm up its reading code (the queries' JSON, its parsing and sorting)
// as well as its computing, without touching a project. Only the columns the agreement reads exist.
import type { AgreementAnnotation, AgreementRating } from '../../../shared/reliability/types.ts';
import { Db } from './database.ts';

export function openWarmUpDb(records: {
  annotations: readonly AgreementAnnotation[];
  ratings: readonly AgreementRating[];
}): Db {
  const db = Db.open(':memory:', { mustExist: false });
  db.exec(`
    CREATE TABLE annotations (
      transcript_id TEXT NOT NULL, coder_id TEXT NOT NULL, code_id TEXT NOT NULL,
      start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX annotations_by_transcript ON annotations (transcript_id, coder_id, start_offset, end_offset, code_id);
    CREATE TABLE ratings (
      transcript_id TEXT NOT NULL, coder_id TEXT NOT NULL, scale_id TEXT NOT NULL, target TEXT NOT NULL,
      value REAL, not_rateable INTEGER NOT NULL
    ) STRICT;
  `);
  db.transaction(() => {
    for (const a of records.annotations)
      db.run(
        `INSERT INTO annotations (transcript_id, coder_id, code_id, start_offset, end_offset)
         VALUES (@transcriptId, @coderId, @codeId, @start, @end)`,
        a,
      );
    for (const r of records.ratings)
      db.run(
        `INSERT INTO ratings (transcript_id, coder_id, scale_id, target, value, not_rateable)
         VALUES (@transcriptId, @coderId, @scaleId, @target, @value, @notRateable)`,
        { ...r, notRateable: r.notRateable ? 1 : 0 },
      );
  });
  return db;
}
