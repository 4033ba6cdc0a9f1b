// Bulk reads for agreement, exports and reports: one query per kind of record over all chosen transcripts
// (never one per transcript and coder), only the columns the statistics use, no transcript text.
import type {
  AgreementAnnotation,
  AgreementClassification,
  AgreementRating,
  AgreementStatus,
  AgreementTranscript,
} from '../../../../shared/reliability/types.ts';
import type { Db } from '../database.ts';

/** null: every transcript; else a JSON array of ids for json_each. */
type Ids = string[] | null;

const only = (ids: Ids, column = 'transcript_id') =>
  ids ? `WHERE ${column} IN (SELECT value FROM json_each(@ids))` : '';
const bind = (ids: Ids) => (ids ? { ids: JSON.stringify(ids) } : {});

/**
 * A text's length in UTF-16 code units (what offsets count) without handing the text to JavaScript: SQL
 * `length()` counts code points, which is the same unless the text holds a character beyond the Basic
 * Multilingual Plane (an emoji); only those rare texts are measured by `utf16_length`.
 */
export const UTF16_LENGTH_SQL = (column: string) =>
  `CASE WHEN ${column} GLOB '*[𐀀-\u{10FFFF}]*' THEN utf16_length(${column}) ELSE length(${column}) END`;

/** Transcripts in the order of the transcript list (title, then import time), with their text lengths. */
export function listTranscriptLengths(db: Db, a: { ids: Ids }): AgreementTranscript[] {
  return db.all<AgreementTranscript>(
    `SELECT id, title, ${UTF16_LENGTH_SQL('text')} AS length FROM transcripts ${only(a.ids, 'id')}
     ORDER BY title COLLATE NOCASE, imported_at`,
    bind(a.ids),
  );
}

/** Every highlight's code and span, grouped by transcript and in text order. */
export function listAgreementAnnotations(db: Db, a: { ids: Ids }): AgreementAnnotation[] {
  return db.all<AgreementAnnotation>(
    `SELECT transcript_id AS transcriptId, coder_id AS coderId, code_id AS codeId, start_offset AS start, end_offset AS "end"
     FROM annotations ${only(a.ids)} ORDER BY transcript_id, start_offset, end_offset`,
    bind(a.ids),
  );
}

/** Every rating, by transcript and coder, then scale and target (a coder's score sheet order). */
export function listAgreementRatings(db: Db, a: { ids: Ids }): AgreementRating[] {
  return db
    .all<Omit<AgreementRating, 'notRateable'> & { notRateable: number }>(
      `SELECT transcript_id AS transcriptId, coder_id AS coderId, scale_id AS scaleId, target, value,
         not_rateable AS notRateable
       FROM ratings ${only(a.ids)} ORDER BY transcript_id, coder_id, scale_id, target`,
      bind(a.ids),
    )
    .map((r) => ({ ...r, notRateable: r.notRateable === 1 }));
}

export function listAgreementClassifications(db: Db, a: { ids: Ids }): AgreementClassification[] {
  return db.all<AgreementClassification>(
    `SELECT transcript_id AS transcriptId, coder_id AS coderId, primary_category AS "primary", subtype, alternative
     FROM classifications ${only(a.ids)}`,
    bind(a.ids),
  );
}

/** Stored statuses only: a coder with no row has not started. */
export function listAgreementStatuses(db: Db, a: { ids: Ids }): AgreementStatus[] {
  return db.all<AgreementStatus>(
    `SELECT transcript_id AS transcriptId, coder_id AS coderId, status, submitted_at AS submittedAt
     FROM coding_status ${only(a.ids)}`,
    bind(a.ids),
  );
}
