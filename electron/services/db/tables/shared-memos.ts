import type { Db } from '../database.ts';

// The project memo and code memos live in the meta table (key "memo:project" or "memo:code:<id>", value JSON
// {text, updatedAt, updatedBy}): project-wide documents that need no table of their own.

export interface StoredSharedMemo {
  key: string;
  value: string;
}

export function getSharedMemo(db: Db, a: { key: string }): string | undefined {
  return db.get<{ value: string }>('SELECT value FROM meta WHERE key = @key', a)?.value;
}

export function putSharedMemo(db: Db, a: { key: string; value: string }): void {
  db.run(
    'INSERT INTO meta (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    a,
  );
}

export function deleteSharedMemo(db: Db, a: { key: string }): void {
  db.run('DELETE FROM meta WHERE key = @key', a);
}

export function listSharedMemos(db: Db): StoredSharedMemo[] {
  return db.all<StoredSharedMemo>("SELECT key, value FROM meta WHERE key LIKE 'memo:%' ORDER BY key");
}
