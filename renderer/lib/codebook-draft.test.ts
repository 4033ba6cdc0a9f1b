import { describe, expect, it } from 'vitest';
import { codebookSchema } from '../../shared/codebook/codebook-schema.ts';
import { defaultCodebook } from '../../shared/codebook/default-codebook.ts';
import {
  addCode,
  addGroup,
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
  validationLines,
} from './codebook-draft.ts';

const order = (cb: ReturnType<typeof defaultCodebook>, group: string) => cb.codes.filter((c) => c.group === group).map((c) => c.id);

describe('codebook draft edits', () => {
  it('refuses hotkeys that clash with another active code, reserved keys and non-printable keys, explaining why', () => {
    const cb = defaultCodebook();
    expect(hotkeyProblem(cb.codes, 'humour', 'Q')).toBe('Key Q is already used by “Semantic/episodic contradiction”. Give that code another key first.');
    expect(hotkeyProblem(cb.codes, 'humour', ' ')).toBe('Space is reserved: it moves through the transcript and presses buttons.');
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
    expect(hotkeyProblem(cb.codes, 'humour', ' ', reserved)).toBe('Space is reserved: it moves through the transcript and presses buttons.');
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
    const saved = new Set(cb.codes.map((c) => c.id));
    const final = finalizeNewIds(updateCode(renamed, 'humour', { label: 'Renamed humour' }), saved);
    expect(final.codes.filter((c) => c.group === 'tone').slice(-2).map((c) => [c.id, c.label])).toEqual([
      ['humour', 'Renamed humour'],
      ['irony', 'Irony'],
    ]);
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
    expect(validationLines('the codebook is not valid: codes.0.color: a colour is #rrggbb; groups: Too small')).toEqual([
      'codes.0.color: a colour is #rrggbb',
      'groups: Too small',
    ]);
    expect(validationLines('x.json is not valid JSON (Unexpected token)')).toEqual(['x.json is not valid JSON (Unexpected token)']);
  });
});
