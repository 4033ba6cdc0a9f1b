import { describe, expect, it } from 'vitest';
import { codebookSchema } from '../../../../shared/codebook/codebook-schema.ts';
import { defaultCodebook } from '../../../../shared/codebook/default-codebook.ts';
import { updateCode } from './codes.ts';
import { updateScale } from './scales.ts';
import { draftProblems } from './validation.ts';

describe('codebook draft edits: validation', () => {
  it('lists what blocks saving', () => {
    let cb = updateCode(defaultCodebook(), 'humour', { hotkey: 'q', label: '' });
    expect(draftProblems(cb).map((p) => p.message)).toEqual([
      'Code humour needs a label.',
      'humour: Key Q is already used by “Semantic/episodic contradiction”. Give that code another key first.',
    ]);
    cb = updateCode(cb, 'humour', { hotkey: 'b', label: 'Humour' });
    expect(draftProblems(cb)).toEqual([]);
  });

  it('explains bad scale edits with the shared schema’s rules before anything is saved', () => {
    const cb = defaultCodebook();
    const msgs = (x: typeof cb) => draftProblems(x).map((p) => [p.section, p.scaleId, p.message]);
    expect(msgs(updateScale(cb, 'coh.mind', { min: 5, max: 5 }))).toEqual([
      ['scales', 'coh.mind', 'Scale “Coherence of mind”: the top of the range (5) must be above the bottom (5)'],
    ]);
    expect(msgs(updateScale(cb, 'coh.mind', { min: 1, max: 4, step: 2 }))).toEqual([
      ['scales', 'coh.mind', 'Scale “Coherence of mind”: steps of 2 from 1 do not land on 4'],
    ]);
    expect(msgs(updateScale(cb, 'coh.mind', { targets: [] }))).toEqual([
      ['scales', 'coh.mind', 'Coherence of mind: tick at least one “Rated for” target.'],
    ]);
    expect(msgs(updateScale(cb, 'coh.mind', { max: Number.NaN }))).toEqual([
      ['scales', 'coh.mind', 'Coherence of mind: the highest value must be a number.'],
    ]);
    expect(msgs(updateScale(cb, 'coh.mind', { label: ' ' }))).toEqual([
      ['scales', 'coh.mind', 'Scale coh.mind needs a label.'],
    ]);
    expect(msgs(updateScale(cb, 'coh.mind', { id: 'coh.transcript' }))).toEqual([
      ['scales', 'coh.transcript', 'Duplicate scale id "coh.transcript"'],
    ]);
    // The services refuse the same file on save or import.
    expect(codebookSchema.safeParse(updateScale(cb, 'coh.mind', { min: 9, max: 1 })).success).toBe(false);
    expect(codebookSchema.safeParse(updateScale(cb, 'coh.mind', { min: 1, max: 5, step: 1 })).success).toBe(true);
  });
});
