import { describe, expect, it } from 'vitest';
import { codebookSchema } from '../../../shared/codebook/codebook-schema.ts';
import { defaultCodebook } from '../../../shared/codebook/default-codebook.ts';
import {
  addCode,
  addGroup,
  addScale,
  addScaleGroup,
  addSubtype,
  moveScale,
  rangeText,
  regroupScale,
  removalProblem,
  removeScale,
  removeSubtype,
  renameScaleGroup,
  scaleGroups,
  subtypeKey,
  updatePrimary,
  updateScale,
  updateSubtype,
  draftProblems,
  exportFileName,
  finalizeNewIds,
  hotkeyProblem,
  idFromLabel,
  moveCode,
  moveCodeTo,
  regroupCode,
  reservedKeys,
  updateCode,
  updateGroup,
  validationLines,
} from './codebook-draft.ts';

const order = (cb: ReturnType<typeof defaultCodebook>, group: string) =>
  cb.codes.filter((c) => c.group === group).map((c) => c.id);

describe('codebook draft edits', () => {
  it('refuses hotkeys that clash with another active code, reserved keys and non-printable keys, explaining why', () => {
    const cb = defaultCodebook();
    expect(hotkeyProblem(cb.codes, 'humour', 'Q')).toBe(
      'Key Q is already used by “Semantic/episodic contradiction”. Give that code another key first.',
    );
    expect(hotkeyProblem(cb.codes, 'humour', ' ')).toBe(
      'Space is reserved: it moves through the transcript and presses buttons.',
    );
    expect(hotkeyProblem(cb.codes, 'humour', 'ab')).toBe('A hotkey is a single key.');
    expect(hotkeyProblem(cb.codes, 'humour', '\u0007')).toBe('Choose a letter, digit or symbol.');
    expect(hotkeyProblem(cb.codes, 'humour', 'b')).toBeNull();
    expect(hotkeyProblem(cb.codes, 'humour', 'k')).toBeNull(); // its own key
    expect(hotkeyProblem(cb.codes, 'humour', '')).toBeNull();
    // An archived code's key is free again (the schema agrees).
    const archived = updateCode(cb, 'semantic_episodic.contradiction', { archived: true });
    expect(hotkeyProblem(archived.codes, 'humour', 'q')).toBeNull();
  });

  it('also reserves single keys bound to app commands (not code hotkeys)', () => {
    const reserved = reservedKeys([
      { id: 'highlight.next', title: 'Next highlight', keys: ['Alt+↓', ']'] },
      { id: 'code.apply.humour', title: 'Tag with Humour', keys: ['k'] },
      { id: 'edit.undo', title: 'Undo', keys: ['Mod+Z'] },
    ]);
    const cb = defaultCodebook();
    expect(hotkeyProblem(cb.codes, 'humour', ']', reserved)).toBe('] is reserved: it is the key for “Next highlight”.');
    expect(hotkeyProblem(cb.codes, 'humour', 'k', reserved)).toBeNull();
    expect(hotkeyProblem(cb.codes, 'humour', ' ', reserved)).toBe(
      'Space is reserved: it moves through the transcript and presses buttons.',
    );
  });

  it('lists what blocks saving', () => {
    let cb = updateCode(defaultCodebook(), 'humour', { hotkey: 'q', label: '' });
    expect(draftProblems(cb).map((p) => p.message)).toEqual([
      'Code humour needs a label.',
      'humour: Key Q is already used by “Semantic/episodic contradiction”. Give that code another key first.',
    ]);
    cb = updateCode(cb, 'humour', { hotkey: 'b', label: 'Humour' });
    expect(draftProblems(cb)).toEqual([]);
  });

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

  it('names exports <id>-v<version>.json and splits validation messages into lines', () => {
    expect(exportFileName({ id: 'aai-default', version: 3 })).toBe('aai-default-v3.json');
    expect(validationLines('the codebook is not valid: codes.0.color: a colour is #rrggbb; groups: Too small')).toEqual(
      ['codes.0.color: a colour is #rrggbb', 'groups: Too small'],
    );
    expect(validationLines('x.json is not valid JSON (Unexpected token)')).toEqual([
      'x.json is not valid JSON (Unexpected token)',
    ]);
  });

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

  it('removes a scale or subtype only while nothing can refer to it; otherwise says to archive (or rename) instead', () => {
    expect(removalProblem('scale', 'Loving', false, 12)).toBeNull(); // new in this draft
    expect(removalProblem('scale', 'Loving', true, 0)).toBeNull(); // saved, but no coding uses the codebook yet
    expect(removalProblem('scale', 'Loving', true, 1)).toBe(
      '“Loving” cannot be removed: 1 coding uses this codebook, so ratings may refer to it. Archive it instead: it stays in the codebook for the ratings made with it.',
    );
    expect(removalProblem('subtype', 'F3a', true, 3)).toBe(
      '“F3a” cannot be removed: 3 codings use this codebook, so classifications may refer to it. Rename it instead.',
    );
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
