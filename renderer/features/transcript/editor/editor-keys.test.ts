import { describe, expect, it } from 'vitest';
import { editorKey } from './editor-keys.ts';

const hotkeys = new Map([
  ['h', 'warmth'],
  ['1', 'idealization'],
]);
const key = (k: string, mods: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) =>
  editorKey({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods }, hotkeys);

describe('editorKey (what a key does in the transcript text)', () => {
  it('closes with Escape, modified or not, and opens with a plain Enter', () => {
    expect(key('Escape')).toEqual({ kind: 'escape' });
    expect(key('Escape', { ctrlKey: true })).toEqual({ kind: 'escape' });
    expect(key('Enter')).toEqual({ kind: 'open' });
    expect(key('Enter', { ctrlKey: true })).toEqual({ kind: 'shortcut', pass: false });
  });

  it('lets navigation keys move the selection, with or without modifiers', () => {
    for (const k of ['ArrowLeft', 'ArrowDown', 'Home', 'PageDown', 'Tab', 'Shift'])
      expect(key(k), k).toEqual({ kind: 'navigate' });
    expect(key('ArrowRight', { ctrlKey: true })).toEqual({ kind: 'navigate' });
  });

  it('passes the coding view its Ctrl/⌘ shortcuts and stops every other one, and every Alt one', () => {
    for (const k of ['c', 'a', 'f', 'k', 'P', 'z', 'y'])
      expect(key(k, { ctrlKey: true }), k).toEqual({ kind: 'shortcut', pass: true });
    expect(key('z', { metaKey: true })).toEqual({ kind: 'shortcut', pass: true });
    expect(key('v', { ctrlKey: true })).toEqual({ kind: 'shortcut', pass: false });
    expect(key('x', { metaKey: true })).toEqual({ kind: 'shortcut', pass: false });
    expect(key('c', { altKey: true })).toEqual({ kind: 'shortcut', pass: false });
    expect(key('h', { altKey: true })).toEqual({ kind: 'shortcut', pass: false });
  });

  it('steps through highlights with ] and [', () => {
    expect(key(']')).toEqual({ kind: 'step', direction: 1 });
    expect(key('[')).toEqual({ kind: 'step', direction: -1 });
  });

  it("tags with a code's key in either case, and blocks every key that would type", () => {
    expect(key('h')).toEqual({ kind: 'code', codeId: 'warmth' });
    expect(key('H')).toEqual({ kind: 'code', codeId: 'warmth' });
    expect(key('1')).toEqual({ kind: 'code', codeId: 'idealization' });
    for (const k of ['x', ' ', 'Backspace', 'Delete', 'F5']) expect(key(k), k).toEqual({ kind: 'blocked' });
  });
});
