export function hasDisplay(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): boolean;
export function browserCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, homedir: string): string[];
export function findBrowser(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  homedir: string,
  exists: (p: string) => boolean,
): string | null;
export function browserProfileDir(
  platform: NodeJS.Platform,
  env: NodeJS.ProcessEnv,
  homedir: string,
  tmpdir: string,
): string;
export function browserArgs(url: string, profileDir: string): string[];
export const BROWSER_PROFILE_PREFERENCES: Record<string, Record<string, unknown>>;
export function splitStartArgs(argv: readonly string[]): { project: string | null };
