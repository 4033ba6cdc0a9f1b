// Small, pure decisions for scripts/start.mjs, kept apart so they are unit-tested.
import path from 'node:path';

/** Whether a browser window can be shown at all (Linux needs an X11 or Wayland session). */
export function hasDisplay(platform, env) {
  if (platform === 'darwin' || platform === 'win32') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Chromium-family browsers that support --app, most specific first. */
export function browserCandidates(platform, env, homedir) {
  if (platform === 'darwin') {
    const apps = [
      'Chromium.app/Contents/MacOS/Chromium',
      'Google Chrome.app/Contents/MacOS/Google Chrome',
      'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      'Brave Browser.app/Contents/MacOS/Brave Browser',
    ];
    return [
      ...apps.map((a) => path.posix.join('/Applications', a)),
      ...apps.map((a) => path.posix.join(homedir, 'Applications', a)),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    const rel = [
      'Chromium\\Application\\chrome.exe',
      'Google\\Chrome\\Application\\chrome.exe',
      'Microsoft\\Edge\\Application\\msedge.exe',
      'BraveSoftware\\Brave-Browser\\Application\\brave.exe',
    ];
    return rel.flatMap((r) => roots.map((root) => path.win32.join(root, r)));
  }
  const names = [
    'chromium',
    'chromium-browser',
    'google-chrome',
    'google-chrome-stable',
    'microsoft-edge',
    'brave-browser',
  ];
  const dirs = ['/usr/bin', '/usr/local/bin', '/snap/bin', ...(env.PATH ?? '').split(':').filter(Boolean)];
  const seen = new Set();
  const out = [];
  for (const name of names) {
    for (const dir of dirs) {
      const p = path.posix.join(dir, name);
      if (!seen.has(p)) {
        seen.add(p);
        out.push(p);
      }
    }
  }
  return out;
}

/** ATTUNE_BROWSER wins; otherwise the first candidate that exists. */
export function findBrowser(platform, env, homedir, exists) {
  if (env.ATTUNE_BROWSER) return exists(env.ATTUNE_BROWSER) ? env.ATTUNE_BROWSER : null;
  return browserCandidates(platform, env, homedir).find((p) => exists(p)) ?? null;
}

/** Per-user cache folder for the dedicated browser profile (kept out of the user's own profile). */
export function browserProfileDir(platform, env, homedir, tmpdir) {
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Caches', 'Attune', 'browser-profile');
  if (platform === 'win32') return path.win32.join(env.LOCALAPPDATA ?? tmpdir, 'Attune', 'browser-profile');
  return path.posix.join(
    env.XDG_CACHE_HOME || (homedir ? path.posix.join(homedir, '.cache') : tmpdir),
    'attune',
    'browser-profile',
  );
}

/**
 * Flags for the app window: a dedicated profile, and every background service that would
 * phone home switched off (sync, component/extension updates, safe-browsing pings, metrics,
 * translation, crash upload), since transcripts must never leave the machine.
 */
export function browserArgs(url, profileDir) {
  return [
    `--app=${url}`,
    // Chromium's default app window is small; the coding workspace wants room for three columns.
    '--window-size=1440,900',
    `--user-data-dir=${profileDir}`,
    // The URL carries the per-launch token: an incognito window keeps it (and the transcripts on screen)
    // out of the profile's History, Sessions, Top Sites and caches, which replaceState alone cannot.
    '--incognito',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-sync',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-domain-reliability',
    '--disable-client-side-phishing-detection',
    '--disable-breakpad',
    '--no-pings',
    '--metrics-recording-only',
    '--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,InterestFeedContentSuggestions',
  ];
}

/** Preferences seeded into a new profile: spell-check would download dictionaries. */
export const BROWSER_PROFILE_PREFERENCES = {
  browser: { enable_spellchecking: false, check_default_browser: false },
  spellcheck: { dictionaries: [], use_spelling_service: false },
  translate: { enabled: false },
  safebrowsing: { enabled: false },
  search: { suggest_enabled: false },
  alternate_error_pages: { enabled: false },
};

/** The optional project path from `npm start -- [PROJECT.attune] [--port N]`. */
export function splitStartArgs(argv) {
  const project = argv.find((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.attune')) ?? null;
  return { project };
}
