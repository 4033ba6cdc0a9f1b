import { memo, useCallback, useMemo, useState, type Ref } from 'react';
import { Editable, Slate, type RenderLeafProps } from 'slate-react';
import type { SectionInfo } from '../../../shared/api/transcript.ts';
import { detectTurns, type Turn } from '../../../shared/transcript/turns.ts';
import type { TextMatch } from '../find/index.ts';
import { BoundaryHandles } from './boundary-handles.tsx';
import { buildDocument } from './build-document.ts';
import { createTranscriptEditor } from './editor/create-transcript-editor.ts';
import { editorKeyHandler } from './editor/editor-key-handler.ts';
import { FIXED_TEXT_EVENTS } from './editor/fixed-text-events.ts';
import { TranscriptChunk } from './editor/transcript-chunk.tsx';
import { useDecorate, useDecorations } from './editor/use-decorations.ts';
import { useDomSelection } from './editor/use-dom-selection.ts';
import { useEditorHandle, type TextSelection, type TranscriptEditorHandle } from './editor/use-editor-handle.ts';
import { useFindScroll } from './editor/use-find-scroll.ts';
import { useParkedCaret } from './editor/use-parked-caret.ts';
import { usePlaintextOnly } from './editor/use-plaintext-only.ts';
import { usePointerEvents } from './editor/use-pointer-events.ts';
import { useProgressiveDocument } from './editor/use-progressive-document.ts';
import { useSelectionReport } from './editor/use-selection-report.ts';
import { useViewContext } from './editor/use-view-context.ts';
import type { PendingHighlights } from './pending-highlights.ts';
import { useSameSections } from './editor/use-same-sections.ts';
import { withSectionHeadings, type MarkSpan } from './decorations/structure-decor.ts';
import { TranscriptElement } from './transcript-element.tsx';
import { TranscriptLeaf, type CodeLook } from './transcript-leaf.tsx';
import type { Highlight } from './types.ts';
import { ViewContext } from './view-context.ts';

export type { TextSelection, TranscriptEditorHandle };

interface Props {
  /** Focus, select a passage, collapse the selection: see TranscriptEditorHandle. */
  ref?: Ref<TranscriptEditorHandle>;
  text: string;
  title: string;
  /** Saved highlights shown (lanes are assigned here, together with the pending ones). */
  highlights: readonly Highlight[];
  /** Highlights being saved: subscribed here, so a new one redraws only the blocks it covers (see useDecorations). */
  pending: PendingHighlights;
  activeIds: ReadonlySet<string>;
  lookOf: (codeId: string) => CodeLook;
  /** lower-cased hotkey -> code id */
  hotkeys: ReadonlyMap<string, string>;
  onSelectionChange: (selection: TextSelection | null) => void;
  /** A code key was pressed in the text, with the selection as it is at that moment. */
  onHotkey: (codeId: string, selection: TextSelection | null) => void;
  onOpenHighlights: (ids: string[]) => void;
  onEscape: () => void;
  /** `]` / `[` in the text: the next or previous highlight from the caret. */
  onStepHighlight: (direction: 1 | -1, from: number) => void;
  /** A margin bar was clicked: open and select that highlight. */
  onPickHighlight: (id: string) => void;
  /** The pointer rests on highlights (ids under it, and where), or left them (empty, null). */
  onHover: (ids: string[], anchor: DOMRect | null) => void;
  /** A boundary handle of the open highlight is being dragged (`done` on release). */
  onDragBoundary: (id: string, edge: 'start' | 'end', offset: number, done: boolean) => void;
  /** Find-in-transcript matches and the index of the current one (-1 for none). */
  find: { matches: readonly TextMatch[]; current: number };
  /** Turns found with the labels used at import, question sections and transcriber marks (transcript-structure). */
  structure?: { turns: readonly Turn[]; sections: readonly SectionInfo[]; marks: readonly MarkSpan[] } | null;
}

const NO_MARKS: readonly MarkSpan[] = [];
const NO_SECTIONS: readonly SectionInfo[] = [];

/**
 * The transcript as a Slate document whose text cannot change (see with-fixed-text.ts): the
 * caret, mouse and Shift+Arrow selection work as in any text; keys that would type instead run
 * code hotkeys; Enter opens the highlights under the caret; `[` `]` step through highlights.
 *
 * Speed on 40,000 words with 1,500 highlights:
 * - Slate's chunking (editor.getChunkSize) splits the ~3,000 blocks into nested memoised chunks,
 *   and the lowest chunks are `content-visibility: auto`, so off-screen text costs no layout or paint;
 *   a screenful of blocks is painted before the rest is put in (useProgressiveDocument).
 * - Highlights are painted by a class per look (highlight-looks.ts), not an inline style per span.
 * - Decorations come from a DecorationIndex (useDecorations): a change re-renders only the blocks
 *   its offsets touch.
 * - A code key: the pending highlight goes from the store to the index and Slate in the key press
 *   (one render, of the touched blocks), with the selection parked until the next frame (useParkedCaret):
 *   no DOM selection is moved while Chromium handles the key.
 *
 * Memoised, and callers must pass stable callbacks (and a stable ref): every re-render of Slate's
 * Editable re-applies its (throttled, possibly stale) model selection to the DOM, which would swallow
 * fast Shift+Arrow presses if the parent re-rendered us on each selection change. So what the coding
 * view asks of the text (focus, select a passage) goes through the ref's handle, not through props.
 */
export const TranscriptEditor = memo(function TranscriptEditor(props: Props) {
  const { ref, text, structure, highlights: saved, pending, activeIds, lookOf, find } = props;
  const turns = structure?.turns;
  const base = useMemo(() => buildDocument(text, turns ?? detectTurns(text)), [text, turns]);
  // By content: the sections come again as a sorted copy once the outline's store takes them, and a new
  // document would mean a second decoration index (and a re-render) before the first paint.
  const sections = useSameSections(structure?.sections ?? NO_SECTIONS);
  const doc = useMemo(() => withSectionHeadings(base, sections), [base, sections]);
  const marks = structure?.marks ?? NO_MARKS;
  // One editor per mounted transcript: the coding view keys this component by transcript.
  const [{ editor, renderAtOnce }] = useState(createTranscriptEditor);

  const viewContext = useViewContext(lookOf, props.onPickHighlight, props.onHover);
  const deco = useDecorations({ editor, doc, text, saved, pending, activeIds, marks, find, lookOf });
  viewContext.index.current = deco.index;
  const decorate = useDecorate(viewContext.index);
  const { initialValue, complete } = useProgressiveDocument(doc, editor);
  usePlaintextOnly(editor);

  // IME composition cannot be cancelled in Chromium: composed characters reach the DOM (never the
  // model, see withFixedText). Redrawing the text from the model when composition ends removes them.
  const [domEpoch, setDomEpoch] = useState(0);
  useFindScroll(find, doc, editor, complete);
  const renderLeaf = useCallback(
    (leafProps: RenderLeafProps) => <TranscriptLeaf {...leafProps} lookOf={lookOf} />,
    [lookOf],
  );

  const { lastSynced, syncFromDom } = useDomSelection(editor);
  const caret = useParkedCaret(editor, renderAtOnce, lastSynced);
  useEditorHandle(ref, { editor, doc, complete, lastSynced, domEpoch, unparkCaret: caret.unpark });
  const { currentOffsets, onSlateSelectionChange } = useSelectionReport(editor, doc, props.onSelectionChange);
  const onKeyDown = editorKeyHandler({
    editor,
    hotkeys: props.hotkeys,
    syncFromDom,
    caret,
    currentOffsets,
    shownHighlights: () => deco.currentHighlights().highlights,
    onEscape: props.onEscape,
    onOpenHighlights: props.onOpenHighlights,
    onStepHighlight: props.onStepHighlight,
    onHotkey: props.onHotkey,
  });
  const pointer = usePointerEvents(syncFromDom, props.onOpenHighlights, props.onHover);

  // The open highlight, when exactly one is open: it gets drag handles at both ends.
  const single = activeIds.size === 1 && complete ? saved.find((h) => activeIds.has(h.id)) : undefined;

  return (
    <ViewContext.Provider value={viewContext}>
      <Slate editor={editor} initialValue={initialValue} onSelectionChange={onSlateSelectionChange}>
        <div className="transcript-wrap" data-complete={complete || undefined}>
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
            renderChunk={TranscriptChunk}
            onKeyDown={onKeyDown}
            {...pointer}
            {...FIXED_TEXT_EVENTS}
          />
          {single && (
            <BoundaryHandles
              key={single.id}
              editor={editor}
              doc={doc}
              highlight={single}
              color={lookOf(single.codeId).color}
              onDrag={props.onDragBoundary}
            />
          )}
        </div>
      </Slate>
    </ViewContext.Provider>
  );
});
