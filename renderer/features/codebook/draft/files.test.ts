import { describe, expect, it } from 'vitest';
import { exportFileName, validationLines } from './files.ts';

describe('codebook draft edits: files', () => {
  it('names exports <id>-v<version>.json and splits validation messages into lines', () => {
    expect(exportFileName({ id: 'aai-default', version: 3 })).toBe('aai-default-v3.json');
    expect(validationLines('the codebook is not valid: codes.0.color: a colour is #rrggbb; groups: Too small')).toEqual(
      ['codes.0.color: a colour is #rrggbb', 'groups: Too small'],
    );
    expect(validationLines('x.json is not valid JSON (Unexpected token)')).toEqual([
      'x.json is not valid JSON (Unexpected token)',
    ]);
  });
});
