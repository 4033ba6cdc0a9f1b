import { describe, expect, it } from 'vitest';
import { MAX_LIST_FILE_BYTES } from '../../../../shared/transcript/replacement-list.ts';
import { loadReplacementList } from './replacement-list-file.ts';

const file = (text: string, name = 'names.csv') => new File([text], name, { type: 'text/csv' });

describe('loadReplacementList', () => {
  it('adds the names after the rows there, dropping unnamed rows and names already listed', async () => {
    const rows = [
      { find: 'Rose', replace: '[MOTHER]' },
      { find: '', replace: '' },
    ];
    const out = await loadReplacementList(file('name,replacement\nRose,[MOTHER]\nWill,[BROTHER]\n'), rows);
    expect(out.rows).toEqual([
      { find: 'Rose', replace: '[MOTHER]' },
      { find: 'Will', replace: '[BROTHER]' },
    ]);
    expect(out.load).toEqual({ kind: 'loaded', message: 'Loaded 1 name from names.csv (1 already listed).' });
  });

  it('refuses a file with a bad row as a whole, naming the row', async () => {
    const out = await loadReplacementList(file('Rose,[MOTHER]\n,[X]\n'), []);
    expect(out.rows).toBeNull();
    expect(out.load).toMatchObject({ kind: 'failed', file: 'names.csv', problems: [{ row: 2 }] });
  });

  it('refuses a file too large to be a list without reading it', async () => {
    const out = await loadReplacementList(file('x'.repeat(MAX_LIST_FILE_BYTES + 1), 'big.csv'), []);
    expect(out).toEqual({
      rows: null,
      load: {
        kind: 'failed',
        file: 'big.csv',
        problems: [{ row: 1, message: 'the file is too large for a replacement list (2.0 MB)' }],
      },
    });
  });
});
