import { memo, useCallback, useEffect, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { createEditor, Range, Text, Transforms, type NodeEntry } from 'slate';
import { Editable, ReactEditor, Slate, withReact, type RenderLeafProps } from 'slate-react';
import type { SectionInfo } from '../../shared/api/transcript.ts';
import { detectTurns, type Turn } from '../../shared/transcript/turns.ts';
import { buildDocument } from './build-document.ts';
import { matchesIn, type TextMatch } from '../lib/find.ts';
import { segmentsForText, spansAt } from './decorate.ts';
import { markRangesIn, withSectionHeadings, type MarkSpan } from './structure-decor.ts';
import { offsetToPoint, rangeToOffsets } from './offsets.ts';
import { TranscriptElement } from './transcript-element.tsx';
import { TranscriptLeaf, type CodeLook } from './transcript-leaf.tsx';
import type { HighlightSpan, TranscriptRange } from './types.ts';
import { withFixedText } from './with-fixed-text.ts';

export interface TextSelection {
  start: number;
  end: number;
}

interface Props {
  text: string;
  title: string;
  highlights: readonly HighlightSpan[];
  activeIds: ReadonlySet<string>;
  lookOf: (codeId: string) => CodeLook;
  /** lower-cased hotkey -> code id */
  hotkeys: ReadonlyMap<string, string>;
  onSelectionChange: (selection: TextSelection | null) => void;
  /** A code key was pressed in the text, with the selection as it is at that moment. */
  onHotkey: (codeId: string, selection: TextSelection | null) => void;
  onOpenHighlights: (ids: string[]) => void;
  onEscape: () => void;
  /** Bumped by the parent after tagging: collapse the selection so the new highlight shows. */
  collapseSignal: number;
  /** Bumped by the parent to put keyboard focus back into the text. */
  focusSignal: number;
  /** Bumped by the parent to scroll to and select a passage. */
  reveal: { start: number; end: number; seq: number } | null;
  /** Find-in-transcript matches and the index of the current one (-1 for none). */
  find: { matches: readonly TextMatch[]; current: number };
  /** Turns found with the labels used at import, question sections and transcriber marks (transcript-structure). */
  structure?: { turns: readonly Turn[]; sections: readonly SectionInfo[]; marks: readonly MarkSpan[] } | null;
}

const NAVIGATION_KEYS = new Set([
  'ArrowLeft',
  'ArrowRight',
  'ArrowUp',
  'ArrowDown',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Tab',
  'Shift',
  'Control',
  'Alt',
  'Meta',
]);

/**
 * The transcript as a Slate document whose text cannot change (see with-fixed-text.ts): the
 * caret, mouse and Shift+Arrow selection work as in any text; keys that would type instead run
 * code hotkeys; Enter opens the highlights under the caret.
 *
 * Memoised, and callers must pass stable callbacks: every re-render of Slate's Editable re-applies
 * its (throttled, possibly stale) model selection to the DOM, which would swallow fast
 * Shift+Arrow presses if the parent re-rendered us on each selection change.
 */
export const TranscriptEditor = memo(function TranscriptEditor(props: Props) {
  const { text, highlights, activeIds, lookOf, hotkeys, collapseSignal, focusSignal, reveal, find } = props;
  const { onSelectionChange, onHotkey, onOpenHighlights, onEscape } = props;
  const { structure } = props;
  const doc = useMemo(
    () => withSectionHeadings(buildDocument(text, structure?.turns ?? detectTurns(text)), structure?.sections ?? []),
    [text, structure],
  );
  const marks = structure?.marks;
  // One editor per mounted transcript: the parent keys this component by transcript id.
  const editor = useMemo(() => withFixedText(withReact(createEditor())), []);

  // IME composition cannot be cancelled in Chromium: composed characters reach the DOM (never the
  // model, see withFixedText). Redrawing the text from the model when composition ends removes them.
  const [domEpoch, setDomEpoch] = useState(0);

  const decorate = useCallback(
    ([node, path]: NodeEntry): TranscriptRange[] => {
      if (!Text.isText(node)) return [];
      const nodeEnd = node.start + node.text.length;
      const ranges: TranscriptRange[] = segmentsForText(node.start, node.text.length, highlights, activeIds).map((seg) => ({
        anchor: { path, offset: seg.from },
        focus: { path, offset: seg.to },
        highlights: seg.spans,
        active: seg.active,
      }));
      for (const m of markRangesIn(marks ?? [], node.start, nodeEnd))
        ranges.push({ anchor: { path, offset: m.from }, focus: { path, offset: m.to }, mark: m.kind });
      const current = find.matches[find.current];
      for (const m of matchesIn(find.matches, node.start, nodeEnd)) {
        ranges.push({
          anchor: { path, offset: Math.max(m.start, node.start) - node.start },
          focus: { path, offset: Math.min(m.end, nodeEnd) - node.start },
          find: m === current ? 'current' : 'match',
        });
      }
      return ranges;
    },
    [highlights, activeIds, find, marks],
  );

  // Bring the current find match into view without moving focus out of the find box.
  useEffect(() => {
    const m = find.matches[find.current];
    if (!m) return;
    try {
      const range = { anchor: offsetToPoint(doc, m.start, 'forward'), focus: offsetToPoint(doc, m.end, 'backward') };
      ReactEditor.toDOMRange(editor, range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered (yet): nothing to scroll to.
    }
  }, [find, doc, editor]);

  const renderLeaf = useCallback(
    (leafProps: RenderLeafProps) => (
      <TranscriptLeaf {...leafProps} lookOf={lookOf} />
    ),
    [lookOf],
  );

  // Slate reads the DOM selection only every 100 ms, yet re-applies its model selection to the
  // DOM on every render: a highlight arriving mid-selection would undo fast Shift+Arrow presses.
  // Keeping the model in step on each selectionchange makes any re-render harmless.
  const syncSelectionFromDom = useCallback(() => {
    if (ReactEditor.isComposing(editor)) return;
    const dom = window.getSelection();
    if (!dom || dom.rangeCount === 0) return;
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return;
    }
    if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return;
    const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
    if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
  }, [editor]);

  useEffect(() => {
    document.addEventListener('selectionchange', syncSelectionFromDom);
    return () => document.removeEventListener('selectionchange', syncSelectionFromDom);
  }, [syncSelectionFromDom]);

  useEffect(() => {
    if (collapseSignal === 0 || !editor.selection) return;
    Transforms.collapse(editor, { edge: 'end' });
  }, [collapseSignal, editor]);

  useEffect(() => {
    if (focusSignal > 0 || domEpoch > 0) ReactEditor.focus(editor);
  }, [focusSignal, domEpoch, editor]);

  useEffect(() => {
    if (!reveal) return;
    const range = { anchor: offsetToPoint(doc, reveal.start, 'forward'), focus: offsetToPoint(doc, reveal.end, 'backward') };
    Transforms.select(editor, range);
    try {
      const dom = ReactEditor.toDOMRange(editor, range);
      dom.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    } catch {
      // The range may not be rendered yet; selecting it is enough.
    }
  }, [reveal, doc, editor]);

  const currentOffsets = (): TextSelection | null => {
    const sel = editor.selection;
    if (!sel) return null;
    try {
      return rangeToOffsets(doc, sel);
    } catch {
      return null;
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.nativeEvent.isComposing) return;
    const modified = e.ctrlKey || e.metaKey || e.altKey;
    if (e.key === 'Escape') {
      onEscape();
      return;
    }
    if (e.key === 'Enter' && !modified) {
      e.preventDefault();
      const sel = editor.selection;
      if (sel && Range.isCollapsed(sel)) {
        const at = currentOffsets();
        if (at) onOpenHighlights(spansAt(highlights, at.start).filter((s) => !s.pending).map((s) => s.id));
      }
      return;
    }
    if (NAVIGATION_KEYS.has(e.key)) return;
    if (modified) {
      // Copy, select-all and find (handled by the workspace) are fine; everything else a shortcut
      // could do to the text is not.
      const k = e.key.toLowerCase();
      if (!(k === 'c' || k === 'a' || k === 'f') || e.altKey) e.preventDefault();
      return;
    }
    e.preventDefault();
    if (e.key.length === 1) {
      const codeId = hotkeys.get(e.key.toLowerCase());
      if (!codeId) return;
      // selectionchange is dispatched asynchronously: a key pressed right after Shift+Arrow
      // must tag what the DOM shows now, not the last selection event.
      syncSelectionFromDom();
      const sel = currentOffsets();
      onHotkey(codeId, sel && sel.end > sel.start ? sel : null);
    }
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const domSelection = window.getSelection();
    if (domSelection && !domSelection.isCollapsed) return; // the end of a drag-selection, not a click
    const target = e.target instanceof Element ? e.target.closest('[data-highlight-ids]') : null;
    const ids = target?.getAttribute('data-highlight-ids')?.split(' ').filter(Boolean) ?? [];
    onOpenHighlights(ids);
  };

  return (
    <Slate
      editor={editor}
      initialValue={doc}
      onSelectionChange={() => {
        const sel = currentOffsets();
        onSelectionChange(sel && sel.end > sel.start ? sel : null);
      }}
    >
      <Editable
        key={domEpoch}
        onCompositionEnd={() => setDomEpoch((n) => n + 1)}
        className="transcript-text"
        aria-label={`Transcript: ${props.title}`}
        aria-readonly="true"
        aria-multiline="true"
        spellCheck={false}
        autoCorrect="off"
        autoCapitalize="off"
        decorate={decorate}
        renderElement={TranscriptElement}
        renderLeaf={renderLeaf}
        onKeyDown={onKeyDown}
        onClick={onClick}
        // Belt and braces with withFixedText: no input event reaches the DOM text either.
        onDOMBeforeInput={(e) => {
          e.preventDefault();
          return true;
        }}
        onPaste={(e) => e.preventDefault()}
        onCut={(e) => e.preventDefault()}
        onDragStart={(e) => e.preventDefault()}
        onDrop={(e) => {
          // Files dropped here bubble to the workspace importer; text is never dropped in.
          if (!e.dataTransfer.types.includes('Files')) e.stopPropagation();
          e.preventDefault();
          return true;
        }}
      />
    </Slate>
  );
});
