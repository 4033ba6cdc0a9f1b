/** Consensus provenance as stored: `origin` is JSON naming where an item was accepted from, or null. */
export interface ProvenanceRow {
  origin: string | null;
  rationale: string;
}

/**
 * Upsert rule for consensus provenance: a write that brings its own origin (accepting an item) sets
 * origin and rationale; an ordinary edit keeps the rationale and marks an accepted item as edited.
 */
export const keepProvenance = (table: string) =>
  `origin = CASE WHEN excluded.origin IS NOT NULL THEN excluded.origin
                 WHEN ${table}.origin IS NULL THEN NULL
                 ELSE json_set(${table}.origin, '$.how', 'edited') END,
   rationale = CASE WHEN excluded.origin IS NOT NULL THEN excluded.rationale ELSE ${table}.rationale END`;
