import { describe, expect, it } from 'vitest';
import {
  browserArgs,
  browserCandidates,
  browserProfileDir,
  findBrowser,
  hasDisplay,
  splitStartArgs,
} from './launch-helpers.mjs';

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux, and nothing on macOS or Windows', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':99' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('darwin', {})).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});

describe('findBrowser', () => {
  it('prefers Chromium in /usr/bin on Linux', () => {
    const present = new Set(['/usr/bin/google-chrome', '/usr/bin/chromium']);
    expect(findBrowser('linux', { PATH: '/usr/bin' }, '/home/c', (p) => present.has(p))).toBe('/usr/bin/chromium');
  });

  it('searches PATH for the usual names', () => {
    expect(findBrowser('linux', { PATH: '/opt/x/bin' }, '/home/c', (p) => p === '/opt/x/bin/chromium-browser')).toBe(
      '/opt/x/bin/chromium-browser',
    );
  });

  it('knows the macOS and Windows install paths', () => {
    expect(browserCandidates('darwin', {}, '/Users/c')).toContain(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const win = browserCandidates(
      'win32',
      { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\c\\AppData\\Local' },
      'C:\\Users\\c',
    );
    expect(win).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(win).toContain('C:\\Users\\c\\AppData\\Local\\Chromium\\Application\\chrome.exe');
  });

  it('honours ATTUNE_BROWSER and returns null when nothing is installed', () => {
    expect(findBrowser('linux', { ATTUNE_BROWSER: '/opt/b' }, '/h', (p) => p === '/opt/b')).toBe('/opt/b');
    expect(findBrowser('linux', { PATH: '/usr/bin' }, '/h', () => false)).toBeNull();
  });
});

describe('browserProfileDir', () => {
  it('is a dedicated folder in the per-user cache', () => {
    expect(browserProfileDir('linux', {}, '/home/c', '/tmp')).toBe('/home/c/.cache/attune/browser-profile');
    expect(browserProfileDir('linux', { XDG_CACHE_HOME: '/xdg' }, '/home/c', '/tmp')).toBe(
      '/xdg/attune/browser-profile',
    );
    expect(browserProfileDir('darwin', {}, '/Users/c', '/tmp')).toBe('/Users/c/Library/Caches/Attune/browser-profile');
    expect(browserProfileDir('win32', { LOCALAPPDATA: 'C:\\L' }, 'C:\\Users\\c', 'C:\\T')).toBe(
      'C:\\L\\Attune\\browser-profile',
    );
  });
});

describe('browserArgs', () => {
  it('opens the URL as an app window in the dedicated profile with background networking off', () => {
    const args = browserArgs('http://127.0.0.1:5000/?token=abc', '/p');
    expect(args[0]).toBe('--app=http://127.0.0.1:5000/?token=abc');
    expect(args).toContain('--user-data-dir=/p');
    expect(args).toContain('--window-size=1440,900');
    expect(args).toContain('--disable-background-networking');
    expect(args).toContain('--disable-sync');
    expect(args).toContain('--disable-component-update');
  });

  it('opens it incognito, so the token in the URL never reaches History or Sessions on disk', () => {
    expect(browserArgs('http://127.0.0.1:5000/?token=abc', '/p')).toContain('--incognito');
  });
});

describe('splitStartArgs', () => {
  it('finds an optional project path among the forwarded arguments', () => {
    expect(splitStartArgs([])).toEqual({ project: null });
    expect(splitStartArgs(['my.attune'])).toEqual({ project: 'my.attune' });
    expect(splitStartArgs(['--port', '5000', 'study/Pilot.ATTUNE'])).toEqual({ project: 'study/Pilot.ATTUNE' });
  });
});
