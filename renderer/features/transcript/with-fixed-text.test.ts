import { createEditor, Editor, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import { detectTurns } from '../../../shared/transcript/turns.ts';
import { buildDocument } from './build-document.ts';
import { withFixedText } from './with-fixed-text.ts';

const TEXT = 'I: How was it?\nR: Fine, I think.';

function makeEditor() {
  const editor = withFixedText(createEditor());
  editor.children = buildDocument(TEXT, detectTurns(TEXT));
  return editor;
}

describe('withFixedText', () => {
  it('refuses every text change but lets the selection move', () => {
    const editor = makeEditor();
    const before = JSON.stringify(editor.children);
    Transforms.select(editor, { anchor: { path: [1, 1], offset: 1 }, focus: { path: [1, 1], offset: 5 } });
    expect(editor.selection?.focus.offset).toBe(5);
    Editor.insertText(editor, 'typed over');
    Editor.deleteFragment(editor);
    Editor.deleteBackward(editor);
    Editor.insertBreak(editor);
    Transforms.insertText(editor, 'x', { at: { path: [0, 1], offset: 0 } });
    Transforms.removeNodes(editor, { at: [0] });
    Transforms.setNodes(editor, { start: 99 }, { at: [0, 0] });
    Transforms.splitNodes(editor, { at: { path: [0, 1], offset: 2 } });
    expect(JSON.stringify(editor.children)).toBe(before);
    expect(Editor.string(editor, [])).toBe('I: How was it?R: Fine, I think.');
    Transforms.move(editor, { distance: 2, edge: 'focus' });
    expect(editor.selection?.focus.offset).toBe(7);
  });

  it("lets a block's decoration version change, and nothing else with it", () => {
    const editor = makeEditor();
    Transforms.setNodes(editor, { deco: 3 }, { at: [1] });
    expect((editor.children[1] as { deco?: number } | undefined)?.deco).toBe(3);
    Transforms.setNodes(editor, { deco: 4, start: 7 }, { at: [1] });
    expect((editor.children[1] as { deco?: number } | undefined)?.deco).toBe(3);
    expect(editor.children[1]?.start).not.toBe(7);
    expect(Editor.string(editor, [])).toBe('I: How was it?R: Fine, I think.');
  });
});
