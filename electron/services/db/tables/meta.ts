import type { ProjectCounts } from '../../../../shared/api/project.ts';
import type { Db } from '../database.ts';

/** The project's identity, written once when the file is created. */
export function insertProjectIdentity(db: Db, a: { projectId: string; createdAt: string }): void {
  db.run("INSERT INTO meta (key, value) VALUES ('project_id', @projectId), ('created_at', @createdAt)", a);
}

export function getMeta(db: Db, a: { key: string }): string | undefined {
  return db.get<{ value: string }>('SELECT value FROM meta WHERE key = @key', a)?.value;
}

export function putMeta(db: Db, a: { key: string; value: string }): void {
  db.run(
    'INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    a,
  );
}

/** Whole-project counts for the project summary. */
export function countProject(db: Db): ProjectCounts | undefined {
  return db.get<ProjectCounts>(
    `SELECT (SELECT count(*) FROM transcripts) AS transcripts, (SELECT count(*) FROM coders) AS coders,
            (SELECT count(*) FROM annotations) AS annotations`,
  );
}
