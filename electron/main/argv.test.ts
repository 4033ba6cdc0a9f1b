import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPathFromArgv, withProjectExtension } from './argv.ts';

const cwd = path.resolve('/home/coder/studies');

describe('projectPathFromArgv', () => {
  it('finds a project file in a packaged launch and resolves it against the launch directory', () => {
    expect(projectPathFromArgv(['/opt/Attune/attune', 'pilot.attune'], cwd)).toBe(path.join(cwd, 'pilot.attune'));
    expect(projectPathFromArgv(['/opt/Attune/attune', '/data/x/Main Study.ATTUNE'], cwd)).toBe(
      path.resolve('/data/x/Main Study.ATTUNE'),
    );
  });

  it('skips the development app path and the switches Chromium adds', () => {
    const argv = [
      '/repo/node_modules/electron/dist/electron',
      '.',
      '--allow-file-access-from-files',
      'a.attune',
      '--enable-logging',
    ];
    expect(projectPathFromArgv(argv, cwd)).toBe(path.join(cwd, 'a.attune'));
  });

  it('ignores switches that merely end in .attune, and the executable itself', () => {
    expect(projectPathFromArgv(['/x/weird.attune', '--open=/tmp/a.attune'], cwd)).toBeNull();
  });

  it('takes the last project file when several are given', () => {
    expect(projectPathFromArgv(['exe', 'a.attune', 'b.attune'], cwd)).toBe(path.join(cwd, 'b.attune'));
  });

  it('returns null when no project file is named', () => {
    expect(projectPathFromArgv(['exe', '.', 'notes.txt'], cwd)).toBeNull();
    expect(projectPathFromArgv([], cwd)).toBeNull();
  });
});

describe('withProjectExtension', () => {
  it('appends .attune only when missing', () => {
    expect(withProjectExtension('/a/study')).toBe('/a/study.attune');
    expect(withProjectExtension('/a/study.attune')).toBe('/a/study.attune');
    expect(withProjectExtension('/a/study.Attune')).toBe('/a/study.Attune');
  });
});
