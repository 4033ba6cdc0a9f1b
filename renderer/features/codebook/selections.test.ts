import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../shared/codebook/default-codebook.ts';
import { keepCategorySelection, keepCodeSelection, keepScaleSelection } from './selections.ts';

describe('codebook editor selections after a reload', () => {
  const cb = defaultCodebook();

  it('keeps a code or group the codebook still has, and drops one it lost', () => {
    expect(keepCodeSelection({ kind: 'code', id: 'humour' }, cb)).toEqual({ kind: 'code', id: 'humour' });
    expect(keepCodeSelection({ kind: 'group', id: 'tone' }, cb)).toEqual({ kind: 'group', id: 'tone' });
    expect(keepCodeSelection({ kind: 'code', id: 'new_code' }, cb)).toBeNull();
    expect(keepCodeSelection({ kind: 'group', id: 'humour' }, cb)).toBeNull(); // a code's id is no group
    expect(keepCodeSelection(null, cb)).toBeNull();
  });

  it('keeps a scale or scale group only while every scale it names is still there', () => {
    const group = { kind: 'group' as const, ids: ['coh.mind', 'coh.transcript'] };
    expect(keepScaleSelection(group, cb)).toBe(group);
    expect(keepScaleSelection({ kind: 'group', ids: ['coh.mind', 'new_scale'] }, cb)).toBeNull();
    expect(keepScaleSelection({ kind: 'scale', id: 'new_scale', ids: ['new_scale'] }, cb)).toBeNull();
  });

  it('keeps a category, or a subtype while its position still exists', () => {
    expect(keepCategorySelection({ primary: 'E', subtype: null }, cb)).toEqual({ primary: 'E', subtype: null });
    expect(keepCategorySelection({ primary: 'E', subtype: 1 }, cb)).toEqual({ primary: 'E', subtype: 1 });
    expect(keepCategorySelection({ primary: 'E', subtype: 99 }, cb)).toBeNull();
    expect(keepCategorySelection({ primary: 'X', subtype: null }, cb)).toBeNull();
    expect(keepCategorySelection({ primary: 'E', subtype: null }, { ...cb, classification: null })).toBeNull();
  });
});
