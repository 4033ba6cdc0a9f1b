import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The same per-user folder Electron uses for app.getPath('userData') with productName "Attune",
 * so the browser UI and the desktop app share one recent-projects list.
 * ATTUNE_DATA_DIR overrides it (tests, portable installs).
 */
export function userDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.ATTUNE_DATA_DIR) return env.ATTUNE_DATA_DIR;
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Attune');
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Attune');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Attune');
}
