import path from 'node:path';

export const PROJECT_EXTENSION = '.attune';

/**
 * The .attune path given on a command line, resolved against the launching directory.
 * Chromium and Electron add their own switches (and the app path in development), so we
 * take the last non-switch argument that names a project file.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (arg.toLowerCase().endsWith(PROJECT_EXTENSION)) return path.resolve(cwd, arg);
  }
  return null;
}

/** Save dialogs on Linux do not always append the filter's extension. */
export function withProjectExtension(file: string): string {
  return file.toLowerCase().endsWith(PROJECT_EXTENSION) ? file : `${file}${PROJECT_EXTENSION}`;
}
