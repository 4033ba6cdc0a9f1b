import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../shared/codebook/default-codebook.ts';
import { addSubtype, removeSubtype, subtypeKey, updatePrimary, updateSubtype } from './classification.ts';
import { draftProblems } from './validation.ts';

describe('codebook draft edits: classification', () => {
  it('edits categories and subtypes; the schema refuses clashing ids and a level that needs an alternative its category no longer requires', () => {
    const cb = defaultCodebook();
    const relabelled = updateSubtype(updatePrimary(cb, 'E', { description: 'Preoccupied with attachment.' }), 'E', 1, {
      label: 'E2: angry, conflicted',
    });
    const e = relabelled.classification!.primary.find((p) => p.id === 'E')!;
    expect(e.description).toBe('Preoccupied with attachment.');
    expect(e.subtypes[1]).toEqual({ id: 'E2', label: 'E2: angry, conflicted', description: '' });
    expect(draftProblems(relabelled)).toEqual([]);

    const added = addSubtype(cb, 'Ds');
    expect(added.index).toBe(5);
    expect(added.codebook.classification!.primary.find((p) => p.id === 'Ds')!.subtypes[5]).toEqual({
      id: 'Ds5',
      label: 'Ds5: new subtype',
      description: '',
    });
    expect(
      addSubtype(cb, 'U')
        .codebook.classification!.primary.find((p) => p.id === 'U')!
        .subtypes.map((s) => s.id),
    ).toEqual(['U1']);
    expect(removeSubtype(added.codebook, 'Ds', 5)).toEqual(cb);

    const clash = updateSubtype(added.codebook, 'Ds', 5, { id: 'E2' });
    expect(draftProblems(clash).map((p) => [p.categoryKey, p.message])).toEqual([
      [subtypeKey('E', 1), 'Id "E2" is used twice: by “Ds5: new subtype” and by “E2: angry/conflicted”'],
    ]);
    const badId = updateSubtype(added.codebook, 'Ds', 5, { id: 'Ds 5' });
    expect(draftProblems(badId).map((p) => p.message)).toEqual([
      'Subtype Ds 5 (id): ids use letters, digits, dot, dash and underscore',
    ]);

    const uOrganised = updatePrimary(cb, 'U', { requiresAlternative: false });
    expect(draftProblems(uOrganised).map((p) => p.message)).toEqual([
      'Level “3-way (F/Ds/E; U and CC under their alternative)” counts U under its alternative, so U must require an alternative',
    ]);
    let allNeedAlt = cb;
    for (const p of cb.classification!.primary)
      allNeedAlt = updatePrimary(allNeedAlt, p.id, { requiresAlternative: true });
    expect(draftProblems(allNeedAlt).map((p) => p.message)).toContain(
      'At least one category must not require an alternative: the alternative is chosen among those',
    );
  });
});
