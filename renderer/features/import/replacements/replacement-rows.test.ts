import { describe, expect, it } from 'vitest';
import { addLoaded, matchCaseOf, repeatedNames, resolvedReplacements } from './replacement-rows.ts';

describe('import dialog replacement rows', () => {
  it('follow the capital-letter default until the user chooses', () => {
    expect(matchCaseOf({ find: 'Rose', replace: '[MOTHER]' })).toBe(true);
    expect(matchCaseOf({ find: 'rose', replace: '[MOTHER]' })).toBe(false);
    expect(matchCaseOf({ find: 'Rose', replace: '[MOTHER]', caseSensitive: false })).toBe(false);
    expect(matchCaseOf({ find: 'will', replace: '[UNCLE]', caseSensitive: true })).toBe(true);
  });

  it('are sent with the case setting written out and without unnamed rows', () => {
    expect(
      resolvedReplacements([
        { find: 'Rose', replace: '[MOTHER]' },
        { find: '  ', replace: '[X]' },
        { find: 'grace', replace: '[AUNT]' },
        { find: 'Mark', replace: '[BROTHER]', caseSensitive: false },
      ]),
    ).toEqual([
      { find: 'Rose', replace: '[MOTHER]', caseSensitive: true },
      { find: 'grace', replace: '[AUNT]', caseSensitive: false },
      { find: 'Mark', replace: '[BROTHER]', caseSensitive: false },
    ]);
  });

  it('flag a name that repeats an earlier row in any case or spacing', () => {
    const rows = [
      { find: 'Anna Maria', replace: '[A]' },
      { find: 'Tom', replace: '[B]' },
      { find: 'anna  maria', replace: '[C]' },
      { find: '', replace: '' },
      { find: '', replace: '' },
    ];
    expect([...repeatedNames(rows)]).toEqual([[2, 0]]);
  });

  it('add a loaded list after the named rows, without repeating identical entries', () => {
    const rows = [
      { find: 'Rose', replace: '[MOTHER]' },
      { find: '', replace: '' },
    ];
    const r = addLoaded(rows, [
      { find: 'Rose', replace: '[MOTHER]', caseSensitive: true },
      { find: 'Will', replace: '[FATHER]' },
      { find: 'Rose', replace: '[AUNT]' },
    ]);
    expect(r).toEqual({
      rows: [
        { find: 'Rose', replace: '[MOTHER]' },
        { find: 'Will', replace: '[FATHER]' },
        { find: 'Rose', replace: '[AUNT]' },
      ],
      added: 2,
    });
  });
});
