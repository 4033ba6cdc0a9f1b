import type { Rating } from '../../../../shared/api/rating.ts';
import type { Db } from '../database.ts';
import { keepProvenance, type ProvenanceRow } from './provenance.ts';

interface RatingRow {
  transcript_id: string;
  coder_id: string;
  scale_id: string;
  target: string;
  value: number | null;
  not_rateable: number;
  note: string;
  updated_at: string;
}

export const rowToRating = (r: RatingRow, links: string[]): Rating => ({
  transcriptId: r.transcript_id,
  coderId: r.coder_id,
  scaleId: r.scale_id,
  target: r.target,
  value: r.value,
  notRateable: r.not_rateable === 1,
  note: r.note,
  links,
  updatedAt: r.updated_at,
});

/** A rating is one coder's score of one scale for one target on one transcript. */
export interface RatingKey {
  transcriptId: string;
  coderId: string;
  scaleId: string;
  target: string;
}

export type RatingWrite = RatingKey &
  ProvenanceRow & {
    codebookKey: string;
    value: number | null;
    notRateable: boolean;
    note: string;
    updatedAt: string;
  };

const KEY = 'transcript_id = @transcriptId AND coder_id = @coderId AND scale_id = @scaleId AND target = @target';
const OWNER = 'transcript_id = @transcriptId AND coder_id = @coderId';

/** One coder's ratings of a transcript, each with the highlights linked to it. */
export function listRatings(db: Db, a: { transcriptId: string; coderId: string }): Rating[] {
  const links = new Map<string, string[]>();
  for (const l of db.all<{ scale_id: string; target: string; annotation_id: string }>(
    `SELECT scale_id, target, annotation_id FROM rating_links WHERE ${OWNER}`,
    a,
  )) {
    const k = `${l.scale_id}|${l.target}`;
    links.set(k, [...(links.get(k) ?? []), l.annotation_id]);
  }
  return db
    .all<RatingRow>(
      `SELECT transcript_id, coder_id, scale_id, target, value, not_rateable, note, updated_at
       FROM ratings WHERE ${OWNER} ORDER BY scale_id, target`,
      a,
    )
    .map((r) => rowToRating(r, links.get(`${r.scale_id}|${r.target}`) ?? []));
}

/** The note of an existing rating, or undefined when the rating does not exist. */
export function getRatingNote(db: Db, a: RatingKey): string | undefined {
  return db.get<{ note: string }>(`SELECT note FROM ratings WHERE ${KEY}`, a)?.note;
}

const INSERT = `INSERT INTO ratings (transcript_id, coder_id, codebook_key, scale_id, target, value, not_rateable, note, origin, rationale, updated_at)
  VALUES (@transcriptId, @coderId, @codebookKey, @scaleId, @target, @value, @notRateable, @note, @origin, @rationale, @updatedAt)`;

const bindRating = (r: RatingWrite) => ({ ...r, notRateable: r.notRateable ? 1 : 0 });

/** A new rating; one that already exists is an error. */
export function insertRating(db: Db, r: RatingWrite): void {
  db.run(INSERT, bindRating(r));
}

/** Creates or rewrites a rating (provenance follows the consensus rule in provenance.ts). */
export function upsertRating(db: Db, r: RatingWrite): void {
  db.run(
    `${INSERT}
     ON CONFLICT (transcript_id, coder_id, scale_id, target) DO UPDATE SET
       codebook_key = excluded.codebook_key, value = excluded.value, not_rateable = excluded.not_rateable, note = excluded.note,
       ${keepProvenance('ratings')}, updated_at = excluded.updated_at`,
    bindRating(r),
  );
}

export function deleteRating(db: Db, a: RatingKey): void {
  db.run(`DELETE FROM ratings WHERE ${KEY}`, a);
}

/** Removes one coder's ratings of one target (e.g. "event:<id>") on a transcript, whatever the scale. */
export function deleteTargetRatings(db: Db, a: { transcriptId: string; coderId: string; target: string }): void {
  db.run(`DELETE FROM ratings WHERE ${OWNER} AND target = @target`, a);
}

/** Removes one coder's ratings on one transcript (their links go with them). */
export function deleteCoderRatings(db: Db, a: { transcriptId: string; coderId: string }): void {
  db.run(`DELETE FROM ratings WHERE ${OWNER}`, a);
}

/** Links a highlight to a rating; `ignoreDuplicate` makes linking twice a no-op instead of an error. */
export function insertRatingLink(
  db: Db,
  l: RatingKey & { annotationId: string },
  opts: { ignoreDuplicate: boolean },
): void {
  db.run(
    `INSERT ${opts.ignoreDuplicate ? 'OR IGNORE ' : ''}INTO rating_links (transcript_id, coder_id, scale_id, target, annotation_id)
     VALUES (@transcriptId, @coderId, @scaleId, @target, @annotationId)`,
    l,
  );
}

export function deleteRatingLink(db: Db, l: RatingKey & { annotationId: string }): void {
  db.run(`DELETE FROM rating_links WHERE ${KEY} AND annotation_id = @annotationId`, l);
}

export function listRatingProvenance(
  db: Db,
  a: { transcriptId: string; coderId: string },
): (ProvenanceRow & { scaleId: string; target: string })[] {
  return db
    .all<ProvenanceRow & { scale_id: string; target: string }>(
      `SELECT scale_id, target, origin, rationale FROM ratings WHERE ${OWNER}`,
      a,
    )
    .map((r) => ({ scaleId: r.scale_id, target: r.target, origin: r.origin, rationale: r.rationale }));
}

/** Sets a rating's rationale; the number changed (0 or 1). */
export function setRatingRationale(db: Db, a: RatingKey & { rationale: string }): number {
  return db.run(`UPDATE ratings SET rationale = @rationale WHERE ${KEY}`, a).changes;
}
