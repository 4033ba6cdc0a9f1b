import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeReplacementList,
  defaultMatchCase,
  formatReplacementList,
  parseReplacementList,
  type ListedReplacement,
} from './replacement-list.ts';

const entries = (text: string): ListedReplacement[] => {
  const r = parseReplacementList(text);
  if (!r.ok) throw new Error(`unexpected problems: ${JSON.stringify(r.problems)}`);
  return r.entries;
};
const problems = (text: string) => {
  const r = parseReplacementList(text);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
};

describe('replacement list files', () => {
  it('reads name,replacement[,case-sensitive] rows, skipping a header row, blank lines and a BOM', () => {
    expect(
      entries(
        '\uFEFFname,replacement,case-sensitive\r\nMargaret,[MOTHER]\r\n\r\nRose , [AUNT] ,true\nwill,[UNCLE],no\n',
      ),
    ).toEqual([
      { find: 'Margaret', replace: '[MOTHER]' },
      { find: 'Rose', replace: '[AUNT]', caseSensitive: true },
      { find: 'will', replace: '[UNCLE]', caseSensitive: false },
    ]);
  });

  it('reads quoted cells with delimiters and doubled quotes', () => {
    expect(entries('"Smith, John",[FATHER]\n"Jo ""JJ"" Lee",[FRIEND_1],yes')).toEqual([
      { find: 'Smith, John', replace: '[FATHER]' },
      { find: 'Jo "JJ" Lee', replace: '[FRIEND_1]', caseSensitive: true },
    ]);
  });

  it('takes ; or tab as the delimiter when the first row uses it (spreadsheet exports)', () => {
    expect(entries('Name;Replacement\nMüller, Hans;[FATHER];1')).toEqual([
      { find: 'Müller, Hans', replace: '[FATHER]', caseSensitive: true },
    ]);
    expect(entries('Zoë\t[FRIEND_1]\nŁukasz\t[BROTHER]')).toEqual([
      { find: 'Zoë', replace: '[FRIEND_1]' },
      { find: 'Łukasz', replace: '[BROTHER]' },
    ]);
  });

  it('reports every bad row with its row (file line) and returns no entries', () => {
    const text = [
      'name,replacement,case-sensitive', // 1
      'Margaret,[MOTHER]', // 2
      'Rose', // 3
      '', // 4
      'Tom,[FATHER],maybe', // 5
      ',[X]', // 6
      'Smith, John,[FATHER]', // 7
      'Bill=[UNCLE]', // 8
      'margaret,[AUNT]', // 9
      'Tom,[FATHER]', // 10: fine, line 5 was rejected
    ].join('\n');
    expect(problems(text)).toEqual([
      { row: 3, message: '“Rose” has no replacement; add one after “,” (Rose,[TOKEN])' },
      { row: 5, message: 'the case-sensitive cell says “maybe”; write true or false, or leave it empty' },
      { row: 6, message: 'the first cell (the name to replace) is empty' },
      { row: 7, message: 'the case-sensitive cell says “[FATHER]”; write true or false, or leave it empty' },
      { row: 8, message: 'separate the name and its replacement with “,”, not “=” (Bill,[TOKEN])' },
      { row: 9, message: '“margaret” is already on row 2 with a different replacement' },
    ]);
  });

  it('names the line of an unclosed quote, text after a quote, too many cells and over-long cells', () => {
    expect(problems('Ann,[A]\n"Bob,[B]\nCarl,[C]')).toEqual([
      { row: 2, message: 'a quoted cell is not closed (a " is missing)' },
    ]);
    expect(problems('Ann,[A]\n"Bob"x,[B]')).toEqual([
      { row: 2, message: 'text after a closing quote; put the whole cell in quotes' },
    ]);
    expect(problems('Ann,[A],true,note')[0]).toEqual({
      row: 1,
      message:
        '4 cells where name,replacement,case-sensitive was expected; put a name that contains “,” in double quotes',
    });
    expect(problems(`Ann,${'x'.repeat(201)}`)[0]?.row).toBe(1);
    expect(problems('"Ann\nMarie",[A]')).toEqual([
      { row: 1, message: '“Ann\nMarie”: a name or replacement cannot contain a line break' },
    ]);
    expect(problems('Ann,[A]\0')).toEqual([{ row: 1, message: 'this is not a text file' }]);
  });

  it('merges a repeated name with the same replacement; a different case setting is an error', () => {
    expect(entries('Ann,[A]\nann,[A]')).toEqual([{ find: 'Ann', replace: '[A]' }]);
    expect(problems('Ann,[A],true\nAnn,[A],false')).toEqual([
      { row: 2, message: '“Ann” is already on row 1 with a different case setting' },
    ]);
  });

  it('keeps trailing empty cells and an empty replacement (the name is then removed)', () => {
    expect(entries('Ann,[A],,\nBob,')).toEqual([
      { find: 'Ann', replace: '[A]' },
      { find: 'Bob', replace: '' },
    ]);
  });

  it('decodes UTF-8, UTF-16 with a BOM and Windows-1252 bytes', () => {
    expect(decodeReplacementList(new TextEncoder().encode('Zoë,[F]'), TextDecoder)).toBe('Zoë,[F]');
    expect(decodeReplacementList(Uint8Array.from([0xff, 0xfe, 0x5a, 0, 0xeb, 0, 0x09, 0, 0x41, 0]), TextDecoder)).toBe(
      'Zë\tA',
    );
    expect(decodeReplacementList(Uint8Array.from([0xfe, 0xff, 0, 0x5a, 0, 0xeb]), TextDecoder)).toBe('Zë');
    expect(decodeReplacementList(Uint8Array.from([0x5a, 0x6f, 0xeb, 0x2c, 0x80, 0x92, 0x9f]), TextDecoder)).toBe(
      'Zoë,€’Ÿ',
    );
  });

  it('round-trips any list through formatReplacementList', () => {
    const cell = fc
      .oneof(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.tuple(fc.constantFrom("'", "''", '=', '+', '-', '@'), fc.string({ maxLength: 10 })).map(([a, b]) => a + b),
      )
      .filter((s) => !/[\r\n\0]/.test(s) && s.trim() === s && s.trim() !== '');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ find: cell, replace: cell, caseSensitive: fc.boolean() }), {
          selector: (r) =>
            r.find
              .normalize('NFC')
              .replace(/[ \t]+/g, ' ')
              .toLowerCase(),
          maxLength: 20,
        }),
        (list) => {
          expect(entries(formatReplacementList(list))).toEqual(list);
        },
      ),
    );
  });

  it('saves names a spreadsheet would run as formulas with a leading quote mark, and reads them back as typed', () => {
    const list = [
      { find: '=HYPERLINK("x")', replace: '[A]', caseSensitive: false },
      { find: "'@Ann", replace: '+[B]', caseSensitive: true },
    ];
    const file = formatReplacementList(list);
    expect(file).toContain(`"'=HYPERLINK(""x"")",[A],false`);
    expect(file).toContain(`''@Ann,'+[B],true`);
    expect(entries(file)).toEqual(list);
  });

  it('defaults to match case for a capitalised name only', () => {
    expect(defaultMatchCase('Rose')).toBe(true);
    expect(defaultMatchCase(' Mary-Ann ')).toBe(true);
    expect(defaultMatchCase('Łukasz')).toBe(true);
    expect(defaultMatchCase('rose')).toBe(false);
    expect(defaultMatchCase('ROSE')).toBe(false);
    expect(defaultMatchCase("d'Arcy")).toBe(false);
    expect(defaultMatchCase('')).toBe(false);
  });
});
