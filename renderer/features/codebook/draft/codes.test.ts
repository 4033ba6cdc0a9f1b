import { describe, expect, it } from 'vitest';
import { codebookSchema } from '../../../../shared/codebook/codebook-schema.ts';
import { defaultCodebook } from '../../../../shared/codebook/default-codebook.ts';
import { addCode, addGroup, moveCode, moveCodeTo, regroupCode, updateCode, updateGroup } from './codes.ts';
import { finalizeNewIds, idFromLabel } from './ids.ts';

const order = (cb: ReturnType<typeof defaultCodebook>, group: string) =>
  cb.codes.filter((c) => c.group === group).map((c) => c.id);

describe('codebook draft edits: codes and groups', () => {
  it('adds codes at the end of their group with a unique id and an unused colour, and groups', () => {
    const cb = defaultCodebook();
    const { codebook, id } = addCode(cb, 'tone', 'Humour');
    expect(id).toBe('humour_2');
    expect(order(codebook, 'tone').at(-1)).toBe('humour_2');
    expect(cb.codes.map((c) => c.color)).not.toContain(codebook.codes.find((c) => c.id === id)?.color);
    const g = addGroup(codebook, 'Reflective functioning');
    expect(g.id).toBe('reflective_functioning');
    expect(codebookSchema.safeParse(g.codebook).success).toBe(true);
    expect(idFromLabel('Über-Idealisierung!', [])).toBe('uber_idealisierung');
    // On save, new codes take their id from their final label; saved codes keep theirs.
    const renamed = updateCode(codebook, id, { label: 'Irony' });
    const final = finalizeNewIds(updateCode(renamed, 'humour', { label: 'Renamed humour' }), cb);
    expect(
      final.codes
        .filter((c) => c.group === 'tone')
        .slice(-2)
        .map((c) => [c.id, c.label]),
    ).toEqual([
      ['humour', 'Renamed humour'],
      ['irony', 'Irony'],
    ]);
    // So do new groups, and the codes in them follow.
    const ng = addGroup(cb);
    const withCode = addCode(updateGroup(ng.codebook, ng.id, { label: 'Mentalising' }), ng.id, 'Mind-minded');
    const finalGroup = finalizeNewIds(withCode.codebook, cb);
    expect(finalGroup.groups.at(-1)).toMatchObject({ id: 'mentalising', label: 'Mentalising' });
    expect(finalGroup.codes.find((c) => c.label === 'Mind-minded')).toMatchObject({
      id: 'mind_minded',
      group: 'mentalising',
    });
    expect(codebookSchema.safeParse(finalGroup).success).toBe(true);
  });

  it('reorders within a group by keyboard steps and by drag, and regroups', () => {
    const cb = defaultCodebook();
    const up = moveCode(cb, 'anger.present_tense_address', -1);
    expect(order(up, 'tone').slice(0, 2)).toEqual(['anger.present_tense_address', 'anger.involving']);
    expect(moveCode(up, 'anger.present_tense_address', -1)).toBe(up); // already first
    const dragged = moveCodeTo(cb, 'humour', { beforeCodeId: 'derogation' });
    expect(order(dragged, 'tone').slice(0, 3)).toEqual(['anger.involving', 'anger.present_tense_address', 'humour']);
    const across = moveCodeTo(cb, 'humour', { beforeCodeId: 'quality.contradiction' });
    expect(across.codes[0]).toMatchObject({ id: 'humour', group: 'coherence' });
    const regrouped = regroupCode(cb, 'humour', 'unresolved');
    expect(order(regrouped, 'unresolved').at(-1)).toBe('humour');
    expect(regrouped.codes).toHaveLength(cb.codes.length);
  });
});
