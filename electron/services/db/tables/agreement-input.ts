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

/** The stored length (schema 6), measured only for a row written without it. `t`: the transcripts table's alias. */
export const CHARACTERS_SQL = (t: string) => `coalesce(${t}.characters, ${UTF16_LENGTH_SQL(`${t}.text`)})`;

/** Transcripts in the order of the transcript list (title, then import time), with their text lengths. */
export function listTranscriptLengths(db: Db, a: { ids: Ids }): AgreementTranscript[] {
  return db.all<AgreementTranscript>(
    `SELECT id, title, ${CHARACTERS_SQL('transcripts')} AS length FROM transcripts ${only(a.ids, 'id')}
     ORDER BY title COLLATE NOCASE, imported_at`,
    bind(a.ids),
  );
}

const byCode = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * One transcript's highlights (code and span) in text order (start, end, then coder and code: the same
 * order every time). Read as one JSON array, not row by row: at consortium size (576,000 highlights)
 * row objects took four times as long, and SQL's own sort cost as much again as sorting here.
 */
export function listAgreementAnnotationsOf(db: Db, a: { transcriptId: string }): AgreementAnnotation[] {
  const json = db.get<{ j: string }>(
    `SELECT json_group_array(json_array(coder_id, code_id, start_offset, end_offset)) AS j
     FROM annotations WHERE transcript_id = @transcriptId`,
    a,
  )?.j;
  const rows = JSON.parse(json ?? '[]') as Array<[string, string, number, number]>;
  const out = rows.map(([coderId, codeId, start, end]): AgreementAnnotation => ({
    transcriptId: a.transcriptId,
    coderId,
    codeId,
    start,
    end,
  }));
  return out.sort(
    (x, y) => x.start - y.start || x.end - y.end || byCode(x.coderId, y.coderId) || byCode(x.codeId, y.codeId),
  );
}

/** One transcript's ratings by coder, then scale and target (a coder's score sheet order); one JSON array. */
export function listAgreementRatingsOf(db: Db, a: { transcriptId: string }): AgreementRating[] {
  const json = db.get<{ j: string }>(
    `SELECT json_group_array(json_array(coder_id, scale_id, target, value, not_rateable)) AS j
     FROM ratings WHERE transcript_id = @transcriptId`,
    a,
  )?.j;
  const rows = JSON.parse(json ?? '[]') as Array<[string, string, string, number | null, number]>;
  const out = rows.map(([coderId, scaleId, target, value, notRateable]): AgreementRating => ({
    transcriptId: a.transcriptId,
    coderId,
    scaleId,
    target,
    value,
    notRateable: notRateable === 1,
  }));
  return out.sort((x, y) => byCode(x.coderId, y.coderId) || byCode(x.scaleId, y.scaleId) || byCode(x.target, y.target));
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
