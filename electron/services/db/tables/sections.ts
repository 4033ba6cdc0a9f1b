import type { SectionInfo, StoredSection } from '../../../../shared/api/transcript.ts';
import type { Db } from '../database.ts';

interface SectionRow {
  id: string;
  transcript_id: string;
  start_offset: number;
  end_offset: number;
  number: number | null;
  title: string;
}

export const rowToSection = (r: SectionRow): StoredSection => ({
  id: r.id,
  start: r.start_offset,
  end: r.end_offset,
  number: r.number,
  title: r.title,
});

const COLUMNS = 'id, transcript_id, start_offset, end_offset, number, title';

export function listSections(db: Db, a: { transcriptId: string }): StoredSection[] {
  return db
    .all<SectionRow>(`SELECT ${COLUMNS} FROM sections WHERE transcript_id = @transcriptId ORDER BY start_offset`, a)
    .map(rowToSection);
}

export function getSection(db: Db, a: { id: string }): (StoredSection & { transcriptId: string }) | undefined {
  const r = db.get<SectionRow>(`SELECT ${COLUMNS} FROM sections WHERE id = @id`, a);
  return r && { ...rowToSection(r), transcriptId: r.transcript_id };
}

export function insertSection(db: Db, s: SectionInfo & { id: string; transcriptId: string }): void {
  db.run(
    `INSERT INTO sections (id, transcript_id, start_offset, end_offset, number, title)
     VALUES (@id, @transcriptId, @start, @end, @number, @title)`,
    s,
  );
}

export function updateSection(db: Db, s: StoredSection): void {
  db.run(
    'UPDATE sections SET start_offset = @start, end_offset = @end, number = @number, title = @title WHERE id = @id',
    s,
  );
}

/** The number of sections deleted (0 or 1). */
export function deleteSection(db: Db, a: { id: string }): number {
  return db.run('DELETE FROM sections WHERE id = @id', a).changes;
}
