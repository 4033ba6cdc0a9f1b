import { describe, expect, it } from 'vitest';
import { codebookSchema } from '../../../../shared/codebook/codebook-schema.ts';
import { defaultCodebook } from '../../../../shared/codebook/default-codebook.ts';
import { finalizeNewIds } from './ids.ts';
import {
  addScale,
  addScaleGroup,
  moveScale,
  rangeText,
  regroupScale,
  removeScale,
  renameScaleGroup,
  scaleGroups,
  updateScale,
} from './scales.ts';

describe('codebook draft edits: scales', () => {
  it('lists scales by group in codebook order and adds scales like their group’s last one, or to a new group', () => {
    const cb = defaultCodebook();
    expect(scaleGroups(cb).map((g) => g.name)).toEqual([
      'Probable experience',
      'State of mind toward parents',
      'Overall state of mind',
      'Coherence',
      'Unresolved',
    ]);
    const { codebook, id } = addScale(cb, 'Probable experience', 'Pressure to achieve');
    expect(id).toBe('pressure_to_achieve');
    const added = codebook.scales.find((s) => s.id === id);
    expect(added).toMatchObject({
      group: 'Probable experience',
      targets: ['mother', 'father', 'other'],
      min: 1,
      max: 9,
      step: 0.5,
      archived: false,
    });
    expect(scaleGroups(codebook)[0]?.scales.at(-1)?.id).toBe(id);
    const g = addScaleGroup(codebook, 'Reflective functioning');
    expect(g.group).toBe('Reflective functioning');
    expect(g.codebook.scales.find((s) => s.id === g.id)).toMatchObject({
      group: 'Reflective functioning',
      targets: ['transcript'],
      min: 1,
      max: 9,
      step: 0.5,
    });
    expect(addScaleGroup(g.codebook, 'Reflective functioning').group).toBe('Reflective functioning 2');
    expect(codebookSchema.safeParse(g.codebook).success).toBe(true);
    // On save a new scale takes its id from its final label; saved scales keep theirs.
    const savedScales = new Set(cb.scales.map((s) => s.id));
    const final = finalizeNewIds(updateScale(g.codebook, g.id, { label: 'RF overall' }), cb);
    expect(final.scales.at(-1)).toMatchObject({ id: 'rf_overall', label: 'RF overall' });
    expect(final.scales.filter((s) => savedScales.has(s.id))).toEqual(cb.scales);
  });

  it('renames a scale group by its scales (typing through another group’s name merges nothing), regroups and reorders scales', () => {
    const cb = defaultCodebook();
    const coherence = scaleGroups(cb)
      .find((g) => g.name === 'Coherence')!
      .scales.map((s) => s.id);
    const through = renameScaleGroup(cb, coherence, 'Unresolved'); // an intermediate value while typing
    const typed = renameScaleGroup(through, coherence, 'Coherence (global)');
    expect(
      scaleGroups(typed)
        .find((g) => g.name === 'Unresolved')
        ?.scales.map((s) => s.id),
    ).toEqual(['unres.loss', 'unres.trauma']);
    expect(
      scaleGroups(typed)
        .find((g) => g.name === 'Coherence (global)')
        ?.scales.map((s) => s.id),
    ).toEqual(coherence);
    const moved = regroupScale(cb, 'coh.transcript', 'Overall state of mind');
    expect(
      scaleGroups(moved)
        .find((g) => g.name === 'Overall state of mind')
        ?.scales.at(-1)?.id,
    ).toBe('coh.transcript');
    const up = moveScale(cb, 'coh.mind', -1);
    expect(
      scaleGroups(up)
        .find((g) => g.name === 'Coherence')
        ?.scales.map((s) => s.id),
    ).toEqual(['coh.mind', 'coh.transcript']);
    expect(moveScale(up, 'coh.mind', -1)).toBe(up);
    expect(removeScale(cb, 'coh.mind').scales).toHaveLength(cb.scales.length - 1);
    expect(rangeText({ min: 1, max: 9, step: 0.5 })).toBe('1–9 by 0.5');
    expect(rangeText({ min: 1, max: 5, step: 1 })).toBe('1–5');
  });
});
