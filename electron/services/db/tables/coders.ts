import type { Coder, CoderRole } from '../../../../shared/api/coder.ts';
import type { Db } from '../database.ts';

interface CoderRow {
  id: string;
  name: string;
  role: CoderRole;
  created_at: string;
}

export const rowToCoder = (r: CoderRow): Coder => ({ id: r.id, name: r.name, role: r.role, createdAt: r.created_at });

export function listCoders(db: Db): Coder[] {
  return db.all<CoderRow>('SELECT id, name, role, created_at FROM coders ORDER BY name COLLATE NOCASE').map(rowToCoder);
}

export function coderExists(db: Db, a: { id: string }): boolean {
  return db.get('SELECT 1 FROM coders WHERE id = @id', a) !== undefined;
}

export function insertCoder(db: Db, c: Coder): void {
  db.run('INSERT INTO coders (id, name, role, created_at) VALUES (@id, @name, @role, @createdAt)', c);
}

export function updateCoderRole(db: Db, a: { id: string; role: CoderRole }): void {
  db.run('UPDATE coders SET role = @role WHERE id = @id', a);
}
