import type { TranscriptSummary } from '../../../../shared/api/transcript.ts';
import type { Db } from '../database.ts';
import { CHARACTERS_SQL } from './agreement-input.ts';

interface SummaryRow {
  id: string;
  title: string;
  hash: string;
  words: number;
  characters: number;
  source_name: string | null;
  imported_at: string;
  annotations: number;
}

export const rowToTranscriptSummary = (r: SummaryRow): TranscriptSummary => ({
  id: r.id,
  title: r.title,
  hash: r.hash,
  words: r.words,
  characters: r.characters,
  sourceName: r.source_name,
  importedAt: r.imported_at,
  annotations: r.annotations,
});

/**
 * `characters` is the text's UTF-16 length (offsets count UTF-16 units), stored at import (CHARACTERS_SQL).
 * Annotation counts include only the coders the caller may see (blind coding hides even counts). */
const summarySql = (
  coderFilter: boolean,
) => `SELECT t.id, t.title, t.hash, t.words, ${CHARACTERS_SQL('t')} AS characters, t.source_name, t.imported_at,
  (SELECT count(*) FROM annotations a WHERE a.transcript_id = t.id${coderFilter ? ' AND a.coder_id IN (SELECT value FROM json_each(@coders))' : ''}) AS annotations
  FROM transcripts t`;
const SUMMARY_SQL = summarySql(false);
const SUMMARY_ORDER = 'ORDER BY t.title COLLATE NOCASE, t.imported_at';

/** Every transcript, by title; `visibleCoders` limits whose annotations are counted (null: everyone's). */
export function listTranscriptSummaries(db: Db, a: { visibleCoders: string[] | null }): TranscriptSummary[] {
  const rows = a.visibleCoders
    ? db.all<SummaryRow>(`${summarySql(true)} ${SUMMARY_ORDER}`, { coders: JSON.stringify(a.visibleCoders) })
    : db.all<SummaryRow>(`${SUMMARY_SQL} ${SUMMARY_ORDER}`);
  return rows.map(rowToTranscriptSummary);
}

export function getTranscriptSummary(db: Db, a: { id: string }): TranscriptSummary | undefined {
  const row = db.get<SummaryRow>(`${SUMMARY_SQL} WHERE t.id = @id`, a);
  return row && rowToTranscriptSummary(row);
}

export function findTranscriptSummaryByHash(db: Db, a: { hash: string }): TranscriptSummary | undefined {
  const row = db.get<SummaryRow>(`${SUMMARY_SQL} WHERE t.hash = @hash`, a);
  return row && rowToTranscriptSummary(row);
}

export function transcriptExists(db: Db, a: { id: string }): boolean {
  return db.get('SELECT 1 FROM transcripts WHERE id = @id', a) !== undefined;
}

export function getTranscriptText(db: Db, a: { id: string }): string | undefined {
  return db.get<{ text: string }>('SELECT text FROM transcripts WHERE id = @id', a)?.text;
}

export function getTranscriptTextAndMetadata(
  db: Db,
  a: { id: string },
): { text: string; metadata: Record<string, string> } | undefined {
  const r = db.get<{ text: string; metadata: string }>('SELECT text, metadata FROM transcripts WHERE id = @id', a);
  return r && { text: r.text, metadata: JSON.parse(r.metadata) as Record<string, string> };
}

/** The header metadata alone (exports read it for every transcript; the text is not needed). */
export function getTranscriptMetadata(db: Db, a: { id: string }): Record<string, string> | undefined {
  const r = db.get<{ metadata: string }>('SELECT metadata FROM transcripts WHERE id = @id', a);
  return r && (JSON.parse(r.metadata) as Record<string, string>);
}

/** How the text was read at import (a JSON object; its shape belongs to the importer). */
export function getTranscriptStructure(db: Db, a: { id: string }): Record<string, unknown> | undefined {
  const r = db.get<{ structure: string }>('SELECT structure FROM transcripts WHERE id = @id', a);
  return r && (JSON.parse(r.structure) as Record<string, unknown>);
}

export function insertTranscript(
  db: Db,
  t: {
    id: string;
    title: string;
    text: string;
    hash: string;
    words: number;
    sourceName: string | null;
    metadata: Record<string, string>;
    importedAt: string;
  },
): void {
  db.run(
    `INSERT INTO transcripts (id, title, text, hash, words, source_name, metadata, imported_at, characters)
     VALUES (@id, @title, @text, @hash, @words, @sourceName, @metadata, @importedAt, @characters)`,
    { ...t, metadata: JSON.stringify(t.metadata), characters: t.text.length },
  );
}

export function setTranscriptStructure(db: Db, a: { id: string; structure: object }): void {
  db.run('UPDATE transcripts SET structure = @structure WHERE id = @id', {
    id: a.id,
    structure: JSON.stringify(a.structure),
  });
}

export function setTranscriptMetadata(db: Db, a: { id: string; metadata: Record<string, string> }): void {
  db.run('UPDATE transcripts SET metadata = @metadata WHERE id = @id', {
    id: a.id,
    metadata: JSON.stringify(a.metadata),
  });
}

/** Transcript ids in title order (the order of the status board). */
export function listTranscriptIds(db: Db): string[] {
  return db.all<{ id: string }>('SELECT id FROM transcripts ORDER BY title COLLATE NOCASE').map((r) => r.id);
}

export interface TranscriptText {
  id: string;
  title: string;
  text: string;
}

/** Texts to search: the given transcripts, or all (null), by title. */
export function listTranscriptTexts(db: Db, a: { ids: string[] | null }): TranscriptText[] {
  return a.ids
    ? db.all<TranscriptText>(
        'SELECT id, title, text FROM transcripts WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY title COLLATE NOCASE',
        { ids: JSON.stringify(a.ids) },
      )
    : db.all<TranscriptText>('SELECT id, title, text FROM transcripts ORDER BY title COLLATE NOCASE');
}
