import type { Classification } from '../../../../shared/api/classification.ts';
import type { Db } from '../database.ts';
import { keepProvenance, type ProvenanceRow } from './provenance.ts';

interface ClassificationRow {
  transcript_id: string;
  coder_id: string;
  codebook_key: string;
  primary_category: string;
  subtype: string | null;
  alternative: string | null;
  second_alternative: string | null;
  confidence: number | null;
  forced: number;
  note: string;
  updated_at: string;
}

/** A classification as stored; the derived labels come from its codebook's scheme, added by the caller. */
export type StoredClassification = Omit<Classification, 'derived'>;

export const rowToClassification = (r: ClassificationRow): StoredClassification => ({
  transcriptId: r.transcript_id,
  coderId: r.coder_id,
  codebookKey: r.codebook_key,
  primary: r.primary_category,
  subtype: r.subtype,
  alternative: r.alternative,
  secondAlternative: r.second_alternative,
  confidence: r.confidence,
  forced: r.forced === 1,
  note: r.note,
  updatedAt: r.updated_at,
});

const COLUMNS = `transcript_id, coder_id, codebook_key, primary_category, subtype, alternative, second_alternative,
  confidence, forced, note, updated_at`;
const OWNER = 'transcript_id = @transcriptId AND coder_id = @coderId';

export function getClassification(
  db: Db,
  a: { transcriptId: string; coderId: string },
): StoredClassification | undefined {
  const r = db.get<ClassificationRow>(`SELECT ${COLUMNS} FROM classifications WHERE ${OWNER}`, a);
  return r && rowToClassification(r);
}

/** Every coder's classification of the given transcripts. */
export function listClassifications(db: Db, a: { transcriptIds: string[] }): StoredClassification[] {
  return db
    .all<ClassificationRow>(
      `SELECT ${COLUMNS} FROM classifications WHERE transcript_id IN (SELECT value FROM json_each(@ids))`,
      { ids: JSON.stringify(a.transcriptIds) },
    )
    .map(rowToClassification);
}

/** Creates or rewrites one coder's classification (provenance follows the consensus rule in provenance.ts). */
export function upsertClassification(db: Db, c: StoredClassification & ProvenanceRow): void {
  db.run(
    `INSERT INTO classifications (transcript_id, coder_id, codebook_key, primary_category, subtype, alternative, second_alternative,
       confidence, forced, note, origin, rationale, updated_at)
     VALUES (@transcriptId, @coderId, @codebookKey, @primary, @subtype, @alternative, @secondAlternative,
       @confidence, @forced, @note, @origin, @rationale, @updatedAt)
     ON CONFLICT (transcript_id, coder_id) DO UPDATE SET codebook_key = excluded.codebook_key, primary_category = excluded.primary_category,
       subtype = excluded.subtype, alternative = excluded.alternative, second_alternative = excluded.second_alternative,
       confidence = excluded.confidence, forced = excluded.forced, note = excluded.note,
       ${keepProvenance('classifications')}, updated_at = excluded.updated_at`,
    { ...c, forced: c.forced ? 1 : 0 },
  );
}

export function deleteClassification(db: Db, a: { transcriptId: string; coderId: string }): void {
  db.run(`DELETE FROM classifications WHERE ${OWNER}`, a);
}

export function getClassificationProvenance(
  db: Db,
  a: { transcriptId: string; coderId: string },
): ProvenanceRow | undefined {
  return db.get<ProvenanceRow>(`SELECT origin, rationale FROM classifications WHERE ${OWNER}`, a);
}

/** Sets the rationale of one coder's classification; the number changed (0 or 1). */
export function setClassificationRationale(
  db: Db,
  a: { transcriptId: string; coderId: string; rationale: string },
): number {
  return db.run(`UPDATE classifications SET rationale = @rationale WHERE ${OWNER}`, a).changes;
}
