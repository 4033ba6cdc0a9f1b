import type { SearchHit } from '../../../shared/api/project.ts';

interface SearchState {
  error: string | null;
  /** The trimmed query. */
  q: string;
  /** The hits on show (possibly for an older query), or null before any answer. */
  hits: readonly SearchHit[] | null;
  /** Whether the hits answer the typed query. */
  fresh: boolean;
}

/** The project search's status line: an error, a prompt, "Searching…", or how many hits in how many transcripts. */
export function searchStatus({ error, q, hits, fresh }: SearchState): string {
  if (error !== null) return error;
  if (hits === null) return q ? 'Searching…' : 'Type to search every transcript in the project.';
  if (hits.length === 0) return fresh ? 'No matches' : 'Searching…';
  const transcripts = new Set(hits.map((h) => h.transcriptId)).size;
  return `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} in ${transcripts} ${transcripts === 1 ? 'transcript' : 'transcripts'}`;
}
