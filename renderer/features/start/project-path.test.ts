import { describe, expect, it } from 'vitest';
import { pathProblem, splitPath } from './project-path.ts';

describe('pathProblem', () => {
  it('asks for a path, then for the .attune ending, whatever its case', () => {
    expect(pathProblem('  ')).toBe('Enter the full path of a project file, e.g. /home/me/studies/pilot.attune.');
    expect(pathProblem('/home/me/pilot.db')).toBe('A project file name ends in .attune.');
    expect(pathProblem(' /home/me/pilot.ATTUNE ')).toBeNull();
  });
});

describe('splitPath', () => {
  it('splits at the last separator, slash or backslash', () => {
    expect(splitPath('/home/me/pilot.attune')).toEqual({ name: 'pilot.attune', dir: '/home/me' });
    expect(splitPath('C:\\studies\\pilot.attune')).toEqual({ name: 'pilot.attune', dir: 'C:\\studies' });
  });

  it('has no folder for a bare name or a file at the root', () => {
    expect(splitPath('pilot.attune')).toEqual({ name: 'pilot.attune', dir: '' });
    expect(splitPath('/pilot.attune')).toEqual({ name: 'pilot.attune', dir: '' });
  });
});
