import type { Annotation } from '../../../../shared/api/annotation.ts';
import type { Db } from '../database.ts';
import type { ProvenanceRow } from './provenance.ts';

interface AnnotationRow {
  id: string;
  transcript_id: string;
  coder_id: string;
  codebook_key: string;
  code_id: string;
  start_offset: number;
  end_offset: number;
  note: string;
  severity: number | null;
  event_id: string | null;
  created_at: string;
  updated_at: string;
}

export const rowToAnnotation = (r: AnnotationRow): Annotation => ({
  id: r.id,
  transcriptId: r.transcript_id,
  coderId: r.coder_id,
  codebookKey: r.codebook_key,
  codeId: r.code_id,
  start: r.start_offset,
  end: r.end_offset,
  note: r.note,
  severity: r.severity,
  eventId: r.event_id,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMNS =
  'id, transcript_id, coder_id, codebook_key, code_id, start_offset, end_offset, note, severity, event_id, created_at, updated_at';

/** A transcript's annotations in text order: one coder's, or everyone's when `coderId` is absent. */
export function listAnnotations(db: Db, a: { transcriptId: string; coderId?: string | undefined }): Annotation[] {
  const rows = a.coderId
    ? db.all<AnnotationRow>(
        `SELECT ${COLUMNS} FROM annotations WHERE transcript_id = @transcriptId AND coder_id = @coderId
         ORDER BY start_offset, end_offset`,
        a,
      )
    : db.all<AnnotationRow>(
        `SELECT ${COLUMNS} FROM annotations WHERE transcript_id = @transcriptId ORDER BY start_offset, end_offset`,
        { transcriptId: a.transcriptId },
      );
  return rows.map(rowToAnnotation);
}

export function getAnnotation(db: Db, a: { id: string }): Annotation | undefined {
  const r = db.get<AnnotationRow>(`SELECT ${COLUMNS} FROM annotations WHERE id = @id`, a);
  return r && rowToAnnotation(r);
}

/** The coder an annotation id belongs to, or undefined when there is no such annotation. */
export function annotationOwner(db: Db, a: { id: string }): string | undefined {
  return db.get<{ coder_id: string }>('SELECT coder_id FROM annotations WHERE id = @id', a)?.coder_id;
}

export function insertAnnotation(db: Db, a: Annotation & ProvenanceRow): void {
  db.run(
    `INSERT INTO annotations (id, transcript_id, coder_id, codebook_key, code_id, start_offset, end_offset, note, severity, event_id,
       origin, rationale, created_at, updated_at)
     VALUES (@id, @transcriptId, @coderId, @codebookKey, @codeId, @start, @end, @note, @severity, @eventId,
       @origin, @rationale, @createdAt, @updatedAt)`,
    a,
  );
}

/** Rewrites the editable fields; an accepted consensus item whose code or span changes becomes "edited". */
export function updateAnnotation(
  db: Db,
  a: Pick<Annotation, 'id' | 'note' | 'codeId' | 'start' | 'end' | 'severity' | 'eventId' | 'updatedAt'>,
): void {
  db.run(
    `UPDATE annotations SET note = @note, code_id = @codeId, start_offset = @start, end_offset = @end, severity = @severity,
       event_id = @eventId, updated_at = @updatedAt,
       origin = CASE WHEN origin IS NOT NULL AND (code_id IS NOT @codeId OR start_offset IS NOT @start OR end_offset IS NOT @end)
                     THEN json_set(origin, '$.how', 'edited') ELSE origin END
     WHERE id = @id`,
    a,
  );
}

/** The number of annotations deleted (0 or 1). */
export function deleteAnnotation(db: Db, a: { id: string }): number {
  return db.run('DELETE FROM annotations WHERE id = @id', a).changes;
}

/** Removes one coder's annotations on one transcript. */
export function deleteCoderAnnotations(db: Db, a: { transcriptId: string; coderId: string }): void {
  db.run('DELETE FROM annotations WHERE transcript_id = @transcriptId AND coder_id = @coderId', a);
}

export function listAnnotationProvenance(
  db: Db,
  a: { transcriptId: string; coderId: string },
): (ProvenanceRow & { id: string })[] {
  return db.all<ProvenanceRow & { id: string }>(
    'SELECT id, origin, rationale FROM annotations WHERE transcript_id = @transcriptId AND coder_id = @coderId',
    a,
  );
}

/** The coder's annotation accepted from `item` (a highlight id), found by its origin. */
export function findAnnotationByOrigin(
  db: Db,
  a: { coderId: string; item: string },
): { id: string; transcriptId: string; eventId: string | null } | undefined {
  const r = db.get<{ id: string; transcript_id: string; event_id: string | null }>(
    "SELECT id, transcript_id, event_id FROM annotations WHERE coder_id = @coderId AND json_extract(origin, '$.item') = @item",
    a,
  );
  return r && { id: r.id, transcriptId: r.transcript_id, eventId: r.event_id };
}

/**
 * The coder's annotations on a transcript, not linked to an event, that were accepted from highlights
 * linked to `sourceEventId`.
 */
export function listAcceptedFromEventHighlights(
  db: Db,
  a: { coderId: string; transcriptId: string; sourceEventId: string },
): string[] {
  return db
    .all<{ id: string }>(
      `SELECT c.id FROM annotations c JOIN annotations s ON s.id = json_extract(c.origin, '$.item')
        WHERE c.coder_id = @coderId AND c.transcript_id = @transcriptId AND c.event_id IS NULL AND s.event_id = @sourceEventId`,
      a,
    )
    .map((r) => r.id);
}

/** Sets the rationale of one coder's annotation on a transcript; the number changed (0 or 1). */
export function setAnnotationRationale(
  db: Db,
  a: { id: string; coderId: string; transcriptId: string; rationale: string },
): number {
  return db.run(
    'UPDATE annotations SET rationale = @rationale WHERE id = @id AND coder_id = @coderId AND transcript_id = @transcriptId',
    a,
  ).changes;
}
