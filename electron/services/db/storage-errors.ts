import { ServiceError } from '../service-error.ts';

/**
 * What the disk or SQLite said, as a sentence a coder can act on and a type the UI can show. SQLite and
 * Node report storage trouble by code (`SQLITE_READONLY_DIRECTORY`, `SQLITE_FULL`, `EROFS` …); without
 * this, a read-only folder read as "the file may be damaged" and a full disk as an internal error.
 * Returns null for anything that is not about storage.
 */
export function storageError(e: unknown, fileName: string): ServiceError | null {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  const message = e instanceof Error ? e.message : '';
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
    return new ServiceError(
      'read-only',
      `${fileName} cannot be written (the file, its folder or its disk is read-only), so nothing was saved. Copy the project to a folder you can write to, or ask for write access.`,
    );
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || /ENOSPC|disk is full/i.test(message))
    return new ServiceError(
      'disk-full',
      `The disk holding ${fileName} is full, so nothing was saved. Free some space, then try again: what was saved before is safe.`,
    );
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new ServiceError(
      'busy',
      `Another program is writing to ${fileName} (perhaps Attune in another window, or a sync tool), so nothing was saved. Try again in a moment.`,
    );
  // A reading open does not check the whole file first (project-file.ts): damage shows when it is read.
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return new ServiceError(
      'refused',
      `${fileName} is damaged (${message}), so it was not read further and nothing was changed; restore it from a backup`,
    );
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new ServiceError(
      'io',
      `${fileName} cannot be opened by SQLite (${message}); check the folder's permissions.`,
    );
  return null;
}
