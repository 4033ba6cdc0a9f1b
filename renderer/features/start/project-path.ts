/** Same rule the API applies; checked here first so the message is immediate and plain. */
export function pathProblem(path: string): string | null {
  const p = path.trim();
  if (!p) return 'Enter the full path of a project file, e.g. /home/me/studies/pilot.attune.';
  if (!p.toLowerCase().endsWith('.attune')) return 'A project file name ends in .attune.';
  return null;
}

/** A path's file name and folder, for either separator (the folder is empty for a bare name). */
export function splitPath(path: string): { name: string; dir: string } {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return { name: path.slice(i + 1), dir: i > 0 ? path.slice(0, i) : '' };
}
