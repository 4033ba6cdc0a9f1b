import { describe, expect, it } from 'vitest';
import { defaultCodebook } from '../../../../shared/codebook/default-codebook.ts';
import { hotkeyProblem, reservedKeys } from './hotkeys.ts';
import { updateCode } from './codes.ts';

describe('codebook draft edits: hotkeys', () => {
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
});
