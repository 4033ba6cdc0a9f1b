/**
 * Schema 2: consensus provenance on loss/trauma events, as annotations, ratings and classifications
 * already have. A consensus event accepted from a coder's event records that event in `origin`
 * ({"how":"accepted","coderId":…,"item":"event:<id>"}), so accepting it again updates the same
 * consensus event, even one without ratings (its ratings' origins could not find it then).
 * The unique index makes a duplicate impossible, not just unlikely.
 */
export const migration002 = {
  version: 2,
  name: 'event-origin',
  sql: `
ALTER TABLE events ADD COLUMN origin TEXT;                        -- consensus: JSON naming the event it was accepted from
ALTER TABLE events ADD COLUMN rationale TEXT NOT NULL DEFAULT ''; -- consensus: why
CREATE UNIQUE INDEX events_by_origin ON events (coder_id, json_extract(origin, '$.item')) WHERE origin IS NOT NULL;
`,
};
