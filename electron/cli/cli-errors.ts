/** A user error on the command line: printed as one line, exit status 2, never a stack trace. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Why a file could not be read, in words rather than an errno code. */
export function readFailure(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return (err.message ?? String(e)).split('\n')[0] ?? 'unreadable';
  }
}
