import { describe, expect, it } from 'vitest';
import { codingKey, type KeyFacts } from './coding-keys.ts';

const hotkeys = new Map([['h', 'warmth']]);
const press = (key: string, facts: Partial<KeyFacts> = {}) =>
  codingKey(
    {
      key,
      ctrlKey: false,
      metaKey: false,
      altKey: false,
      shiftKey: false,
      defaultPrevented: false,
      inTextField: false,
      inEditable: false,
      dialogOpen: false,
      hasTranscript: true,
      ...facts,
    },
    hotkeys,
  );

describe("codingKey (the coding view's window-wide shortcuts)", () => {
  it('opens the palette and the project search, but not over a dialog', () => {
    expect(press('k', { ctrlKey: true })).toEqual({ kind: 'palette' });
    expect(press('P', { metaKey: true, shiftKey: true })).toEqual({ kind: 'palette' });
    expect(press('p', { ctrlKey: true })).toBeNull();
    expect(press('F', { ctrlKey: true, shiftKey: true })).toEqual({ kind: 'search' });
    expect(press('k', { ctrlKey: true, dialogOpen: true })).toBeNull();
  });

  it('steps and moves the open highlight with Alt+arrows, except in a text field', () => {
    expect(press('ArrowDown', { altKey: true })).toEqual({ kind: 'step', direction: 1 });
    expect(press('ArrowUp', { altKey: true })).toEqual({ kind: 'step', direction: -1 });
    expect(press('ArrowLeft', { altKey: true })).toEqual({ kind: 'move', edge: 'start', delta: -1 });
    expect(press('ArrowRight', { altKey: true, shiftKey: true })).toEqual({ kind: 'move', edge: 'end', delta: 1 });
    expect(press('ArrowDown', { altKey: true, inTextField: true })).toBeNull();
    expect(press('ArrowDown', { altKey: true, hasTranscript: false })).toBeNull();
  });

  it('deletes the open highlight with Delete, from the transcript too, but never from a text field or a dialog', () => {
    expect(press('Delete')).toEqual({ kind: 'delete' });
    expect(press('Delete', { inEditable: true, defaultPrevented: true })).toEqual({ kind: 'delete' });
    expect(press('Delete', { inTextField: true, inEditable: true })).toBeNull();
    expect(press('Delete', { dialogOpen: true })).toBeNull();
    expect(press('Delete', { ctrlKey: true })).toBeNull();
    expect(press('Delete', { hasTranscript: false })).toBeNull();
    expect(press('Backspace')).toBeNull();
  });

  it('shows the shortcut sheet with ? outside text fields', () => {
    expect(press('?')).toEqual({ kind: 'shortcuts' });
    expect(press('?', { inEditable: true })).toEqual({ kind: 'shortcuts' });
    expect(press('?', { inTextField: true })).toBeNull();
  });

  it('opens the find bar with Ctrl/⌘+F unless something handled the key, even over a dialog', () => {
    expect(press('f', { ctrlKey: true })).toEqual({ kind: 'find' });
    expect(press('f', { ctrlKey: true, defaultPrevented: true })).toBeNull();
    expect(press('f', { ctrlKey: true, hasTranscript: false })).toBeNull();
    expect(press('F', { ctrlKey: true, shiftKey: true, dialogOpen: true })).toEqual({ kind: 'find' });
  });

  it('closes, steps and tags with plain keys outside editable elements and dialogs', () => {
    expect(press('Escape')).toEqual({ kind: 'close' });
    expect(press(']')).toEqual({ kind: 'step', direction: 1 });
    expect(press('[')).toEqual({ kind: 'step', direction: -1 });
    expect(press('H')).toEqual({ kind: 'tag', codeId: 'warmth' });
    expect(press('x')).toBeNull();
    for (const facts of [{ inEditable: true }, { dialogOpen: true }, { defaultPrevented: true }, { altKey: true }])
      expect(press('h', facts), JSON.stringify(facts)).toBeNull();
    expect(press('Escape', { inEditable: true })).toBeNull();
    expect(press(']', { hasTranscript: false })).toBeNull();
  });
});
