import { describe, expect, it } from 'vitest';
import { decide, nameProblem, statusText, withExtension } from './picker-logic.ts';

describe('the file picker rules', () => {
  it('adds the extension of the first kind only when the name has none of the kinds', () => {
    expect(withExtension('Pilot study', ['attune'])).toBe('Pilot study.attune');
    expect(withExtension('pilot.ATTUNE', ['attune'])).toBe('pilot.ATTUNE');
    expect(withExtension('ada', ['attune-coding', 'age'])).toBe('ada.attune-coding');
    expect(withExtension('ada.attune-coding.age', ['attune-coding', 'age'])).toBe('ada.attune-coding.age');
  });

  it('refuses a name with a path separator, a NUL, or "." and ".."', () => {
    expect(nameProblem('studies/pilot.attune')).toMatch(/cannot contain \/ or \\/);
    expect(nameProblem('..\\pilot.attune')).toMatch(/cannot contain \/ or \\/);
    expect(nameProblem('pi\0lot')).toBe('A file name cannot contain a NUL character.');
    expect(nameProblem(' .. ')).toBe('A file name cannot be "." or "..".');
    expect(nameProblem('Pilot study (2).attune')).toBeNull();
  });

  it('picks a free name; for an existing one, a new file is refused and a saved one asks first', () => {
    const free = { path: '/h/a.attune', folder: '/h', name: 'a.attune', exists: false };
    const taken = { ...free, exists: true };
    expect(decide('new', free)).toBe('pick');
    expect(decide('save', free)).toBe('pick');
    expect(decide('save', taken)).toBe('ask');
    expect(decide('new', taken)).toBe('a.attune already exists here: open it instead, or choose another name.');
  });

  it('says how many items a folder holds and which keys move', () => {
    expect(statusText('open', true, 0, 0, ['attune'])).toBe('Reading the folder…');
    expect(statusText('open', false, 0, 0, ['attune', 'age'])).toBe('No folders or .attune, .age files here.');
    expect(statusText('folder', false, 0, 0, ['attune'])).toBe('An empty folder (no folders or .attune files).');
    expect(statusText('new', false, 3, 2, ['attune'])).toBe(
      '3 items (2 more not listed). Enter opens, Backspace goes up.',
    );
  });
});
