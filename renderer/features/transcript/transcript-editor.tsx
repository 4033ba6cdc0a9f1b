import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { flushSync } from 'react-dom';
import {
  createEditor,
  Editor,
  Element as SlateElement,
  Range,
  Text,
  Transforms,
  type BasePoint,
  type NodeEntry,
} from 'slate';
import { Editable, ReactEditor, Slate, withReact, type RenderChunkProps, type RenderLeafProps } from 'slate-react';
import type { SectionInfo } from '../../../shared/api/transcript.ts';
import { detectTurns, type Turn } from '../../../shared/transcript/turns.ts';
import type { TextMatch } from '../find/index.ts';
import { redo, undo } from '../../state/undo-stack.ts';
import { buildDocument } from './build-document.ts';
import { BoundaryHandles } from './boundary-handles.tsx';
import { DecorationIndex } from './decoration-index.ts';
import { assignLanesSorted, laneOrder, highlightsAt } from './decorate.ts';
import type { PendingHighlight, PendingHighlights } from './pending-highlights.ts';
import { offsetToPoint, rangeToOffsets } from './offsets.ts';
import { withSectionHeadings, type MarkSpan } from './structure-decor.ts';
import { TranscriptElement } from './transcript-element.tsx';
import { TranscriptLeaf, type CodeLook } from './transcript-leaf.tsx';
import type { Highlight, TranscriptElement as DocBlock, TranscriptRange } from './types.ts';
import { ViewContext, type ViewContextValue } from './view-context.ts';
import { withFixedText } from './with-fixed-text.ts';

export interface TextSelection {
  start: number;
  end: number;
}

interface Props {
  text: string;
  title: string;
  /** Saved highlights shown (lanes are assigned here, together with the pending ones). */
  highlights: readonly Highlight[];
  /** Highlights being saved: subscribed here, so a new one redraws only the blocks it covers (see redecorate). */
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

/** Ctrl/⌘ shortcuts the text lets through to the coding view: copy, select all, find, palette, search, undo, redo. */
const PASS_THROUGH = new Set(['c', 'a', 'f', 'k', 'p', 'z', 'y']);

/** Blocks per chunk: Slate renders each chunk as one memoised component and one DOM box (see transcript.css). */
const CHUNK = 32;
/** Blocks rendered before the first paint (a screenful and more); the rest follow right after it. */
const FIRST_BLOCKS = 96;

const NO_MARKS: readonly MarkSpan[] = [];

type Extend = readonly ['left' | 'right' | 'backward' | 'forward', 'character' | 'word' | 'line'];
/** Shift+key: how the browser extends the selection (see extendSelectionByKey). */
const EXTEND: Partial<Record<string, Extend>> = {
  ArrowLeft: ['left', 'character'],
  ArrowRight: ['right', 'character'],
  ArrowUp: ['backward', 'line'],
  ArrowDown: ['forward', 'line'],
};
/** Ctrl+Shift (Alt+Shift on Apple) +key: by words. */
const WORD_EXTEND: Partial<Record<string, Extend>> = { ArrowLeft: ['left', 'word'], ArrowRight: ['right', 'word'] };
const IS_APPLE = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** Scroll the selection's moving end into view when it left the visible part of its scroller. */
function revealFocus(dom: Selection, root: HTMLElement) {
  const node = dom.focusNode;
  if (!node) return;
  const caret = document.createRange();
  caret.setStart(node, dom.focusOffset);
  const rect = caret.getClientRects()[0] ?? caret.getBoundingClientRect();
  let top = 0;
  let bottom = window.innerHeight;
  for (let el = root.parentElement; el; el = el.parentElement) {
    const overflow = getComputedStyle(el).overflowY;
    if (overflow === 'auto' || overflow === 'scroll') {
      ({ top, bottom } = el.getBoundingClientRect());
      break;
    }
  }
  if (rect.top < top || rect.bottom > bottom)
    (node instanceof Element ? node : node.parentElement)?.scrollIntoView({ block: 'nearest' });
}

/**
 * The transcript as a Slate document whose text cannot change (see with-fixed-text.ts): the
 * caret, mouse and Shift+Arrow selection work as in any text; keys that would type instead run
 * code hotkeys; Enter opens the highlights under the caret; `[` `]` step through highlights.
 *
 * Speed on 40,000 words with 1,500 highlights:
 * - Slate's chunking (editor.getChunkSize) splits the ~3,000 blocks into nested memoised chunks,
 *   and the lowest chunks are `content-visibility: auto`, so off-screen text costs no layout or paint.
 * - Decorations come from a DecorationIndex: `decorate` has a stable identity (so Slate never
 *   re-decorates every text node) and returns per-node arrays cached in the index. A change
 *   recomputes only the blocks its offsets touch, and bumps those blocks' `deco` version with a
 *   set_node operation: only they re-render.
 * - A code key: the pending highlight goes from the store to the index and Slate in the key press
 *   (one render, of the touched blocks), with the selection parked until the next frame (parkCaret):
 *   no DOM selection is moved while Chromium handles the key.
 *
 * Memoised, and callers must pass stable callbacks: every re-render of Slate's Editable re-applies
 * its (throttled, possibly stale) model selection to the DOM, which would swallow fast
 * Shift+Arrow presses if the parent re-rendered us on each selection change.
 */
export const TranscriptEditor = memo(function TranscriptEditor(props: Props) {
  const {
    text,
    highlights: saved,
    pending,
    activeIds,
    lookOf,
    hotkeys,
    collapseSignal,
    focusSignal,
    reveal,
    find,
  } = props;
  const {
    onSelectionChange,
    onHotkey,
    onOpenHighlights,
    onEscape,
    onStepHighlight,
    onPickHighlight,
    onHover,
    onDragBoundary,
  } = props;
  const { structure } = props;
  const doc = useMemo(
    () => withSectionHeadings(buildDocument(text, structure?.turns ?? detectTurns(text)), structure?.sections ?? []),
    [text, structure],
  );
  const marks = structure?.marks ?? NO_MARKS;
  // Saved highlights in lane order, sorted once per change of the saved list (a pending one is inserted).
  const sortedSaved = useMemo(() => [...saved].sort(laneOrder), [saved]);
  const savedIds = useMemo(() => new Set(saved.map((h) => h.id)), [saved]);
  // One editor per mounted transcript: the parent keys this component by transcript id.
  const renderAtOnce = useRef(false);
  const editor = useMemo(() => {
    const e = withFixedText(withReact(createEditor()));
    e.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK : null);
    // The caret put back in the frame after a code key (see parkCaret) is rendered at once, as a
    // change inside a key press is, not left to React's scheduler (which would miss that frame).
    const { onChange } = e;
    e.onChange = (options) => {
      if (!renderAtOnce.current) return onChange(options);
      renderAtOnce.current = false;
      flushSync(() => onChange(options));
    };
    return e;
  }, []);

  // What is painted over the text, kept current outside React state: the props as of the last commit
  // (`live`), and the highlights shown (saved + pending, with lanes), recomputed only when they change.
  const live = useRef({ sortedSaved, savedIds, activeIds, marks, find });
  // A highlight whose lane did not change keeps its object: less garbage, and the index compares by identity first.
  const laned = useRef(new WeakMap<Highlight, Highlight & { lane: number }>());
  const shown = useRef<{
    sortedSaved: readonly Highlight[];
    pending: readonly PendingHighlight[];
    highlights: readonly Highlight[];
  } | null>(null);
  /** Saved + pending highlights with lanes (same array while neither changed), and the pending ones already saved. */
  const currentHighlights = useCallback((): { highlights: readonly Highlight[]; done: string[] } => {
    const { sortedSaved: sorted, savedIds: ids } = live.current;
    const all = pending.getState().list;
    // A pending highlight whose saved twin is shown is done.
    const done = all.filter((p) => p.savedId && ids.has(p.savedId)).map((p) => p.id);
    const list = done.length ? all.filter((p) => !(p.savedId && ids.has(p.savedId))) : all;
    const last = shown.current;
    if (last && last.sortedSaved === sorted && samePending(last.pending, list))
      return { highlights: last.highlights, done };
    const highlights = assignLanesSorted<Highlight>(sorted, list, laned.current);
    shown.current = { sortedSaved: sorted, pending: list, highlights };
    return { highlights, done };
  }, [pending]);

  // The index is built for the document, filled on first render (so the first paint has every highlight).
  const indexRef = useRef<{ doc: readonly DocBlock[]; index: DecorationIndex } | null>(null);
  if (!indexRef.current || indexRef.current.doc !== doc) {
    const index = new DecorationIndex(doc, text);
    live.current = { sortedSaved, savedIds, activeIds, marks, find };
    index.update({ highlights: currentHighlights().highlights, activeIds, marks, find });
    indexRef.current = { doc, index };
  }
  const index = indexRef.current.index;

  const lookRef = useRef(lookOf);
  const barClick = useRef(onPickHighlight);
  const barHover = useRef(onHover);
  useLayoutEffect(() => {
    lookRef.current = lookOf;
    barClick.current = onPickHighlight;
    barHover.current = onHover;
  });
  const viewContext = useMemo<ViewContextValue>(
    () => ({ index: { current: null }, lookOf: lookRef, onBarClick: barClick, onBarHover: barHover }),
    [],
  );
  viewContext.index.current = index;

  // New highlights, active ids, marks or find matches: recompute the touched blocks, then bump their
  // version with set_node, so Slate re-renders exactly those. Runs before paint (a layout effect) for
  // prop changes, and straight from the pending store for a code key: the new highlight then reaches
  // Slate inside the key press, in one render, without re-rendering this component.
  const decoVersion = useRef(0);
  const redecorate = useCallback(
    (all = false) => {
      const { highlights, done } = currentHighlights();
      const { activeIds: act, marks: mk, find: fd } = live.current;
      const changed = index.update({ highlights, activeIds: act, marks: mk, find: fd });
      const blocks = all ? editor.children.map((_, i) => i) : changed;
      if (blocks.length > 0) {
        const v = ++decoVersion.current;
        Editor.withoutNormalizing(editor, () => {
          for (const b of blocks) {
            const node = editor.children[b]; // absent while only the first blocks are rendered: drawn fresh later
            if (!node || !SlateElement.isElement(node)) continue;
            editor.apply({ type: 'set_node', path: [b], properties: { deco: node.deco }, newProperties: { deco: v } });
          }
        });
      }
      if (done.length) pending.getState().remove(done); // already left out above: removing them changes nothing shown
    },
    [currentHighlights, index, editor, pending],
  );
  const lookSeen = useRef(lookOf);
  useLayoutEffect(() => {
    live.current = { sortedSaved, savedIds, activeIds, marks, find };
    // Codes changed colour or name (codebook edited): every bar and leaf is redrawn once.
    const lookChanged = lookSeen.current !== lookOf;
    lookSeen.current = lookOf;
    redecorate(lookChanged);
  }, [redecorate, sortedSaved, savedIds, activeIds, marks, find, lookOf]);

  // A new pending highlight (a code key) paints inside the key press, straight from the store.
  useLayoutEffect(() => pending.subscribe(() => redecorate()), [pending, redecorate]);

  // Progressive first paint: Slate starts with the first blocks only; right after they are painted,
  // the whole document is put in (editor.children + onChange, as Slate documents for replacing a
  // value), so a 40,000-word transcript shows its first screen without waiting for the rest.
  const [complete, setComplete] = useState(() => doc.length <= FIRST_BLOCKS);
  const [initialValue] = useState(() => (doc.length <= FIRST_BLOCKS ? doc : doc.slice(0, FIRST_BLOCKS)));
  useEffect(() => {
    if (complete) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        editor.children = doc as typeof editor.children;
        editor.onChange();
        setComplete(true);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [complete, doc, editor]);

  // React saves and restores the selection of a focused contenteditable="true" around every commit
  // by walking its DOM up to the caret (O(transcript size) per render). "plaintext-only" is still
  // editable for the caret and keyboard selection, but React leaves it alone; Slate sets the
  // attribute once per mount and never again, so it stays.
  useLayoutEffect(() => {
    try {
      ReactEditor.toDOMNode(editor, editor).setAttribute('contenteditable', 'plaintext-only');
    } catch {
      // Not mounted yet.
    }
  });

  // IME composition cannot be cancelled in Chromium: composed characters reach the DOM (never the
  // model, see withFixedText). Redrawing the text from the model when composition ends removes them.
  const [domEpoch, setDomEpoch] = useState(0);

  // Stable: Slate re-decorates every text node whenever `decorate` changes identity.
  const decorate = useCallback(
    ([node, path]: NodeEntry): TranscriptRange[] => {
      if (!Text.isText(node)) return [];
      return viewContext.index.current?.rangesAt(path) ?? [];
    },
    [viewContext],
  );

  // Bring the current find match into view without moving focus out of the find box.
  useEffect(() => {
    const m = find.matches[find.current];
    if (!m || !complete) return;
    try {
      const range = { anchor: offsetToPoint(doc, m.start, 'forward'), focus: offsetToPoint(doc, m.end, 'backward') };
      ReactEditor.toDOMRange(editor, range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered (yet): nothing to scroll to.
    }
  }, [find, doc, editor, complete]);

  const renderLeaf = useCallback(
    (leafProps: RenderLeafProps) => <TranscriptLeaf {...leafProps} lookOf={lookOf} />,
    [lookOf],
  );

  // Slate reads the DOM selection only every 100 ms, yet re-applies its model selection to the
  // DOM on every render: a highlight arriving mid-selection would undo fast Shift+Arrow presses.
  // Keeping the model in step on each selectionchange (and at once for keys and clicks, below)
  // makes a re-render harmless.
  const lastSynced = useRef<{ a: Node | null; ao: number; f: Node | null; fo: number } | null>(null);
  const syncSelectionFromDom = useCallback(() => {
    if (ReactEditor.isComposing(editor)) return;
    const dom = window.getSelection();
    if (!dom || dom.rangeCount === 0) return;
    // Unchanged since the last sync (the usual case at a key press): mapping it again costs a layout.
    const last = lastSynced.current;
    if (
      last &&
      last.a === dom.anchorNode &&
      last.ao === dom.anchorOffset &&
      last.f === dom.focusNode &&
      last.fo === dom.focusOffset &&
      editor.selection
    )
      return;
    lastSynced.current = { a: dom.anchorNode, ao: dom.anchorOffset, f: dom.focusNode, fo: dom.focusOffset };
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

  // A code key highlights the selected passage, then leaves the caret at its end. The highlight splits
  // the text node under the selection, so the render that paints it must put the DOM selection back;
  // inside the key press that costs ~2 ms more than anywhere else (Chromium sends a selection changed
  // while it handles an input event to the browser, counting characters from the start of the text).
  // So the selection is parked: none in the model and the DOM while the key press renders the
  // highlight, and the caret is put back in the next animation frame, before that frame is painted.
  // Anything that needs the selection sooner (a key, a click) puts it back first (unparkCaret).
  const parked = useRef<BasePoint | null>(null);
  const restoreCaret = useCallback(
    (atOnce: boolean) => {
      const caret = parked.current;
      parked.current = null;
      const dom = window.getSelection();
      // The user made a selection of their own meanwhile (a click): it stays.
      if (!caret || editor.selection || (dom && dom.rangeCount > 0)) return;
      const range = { anchor: caret, focus: caret };
      if (atOnce) {
        Transforms.select(editor, range);
        // Straight into the DOM too: the key being handled reads (or extends) the DOM selection.
        try {
          const r = ReactEditor.toDOMRange(editor, range);
          dom?.setBaseAndExtent(r.startContainer, r.startOffset, r.endContainer, r.endOffset);
          lastSynced.current = null;
        } catch {
          // Not rendered: Slate puts it there when it renders.
        }
        return;
      }
      renderAtOnce.current = true;
      Transforms.select(editor, range);
      queueMicrotask(() => {
        // Slate's onChange, queued by the select, has run by now: rendered, and the DOM caret placed.
        renderAtOnce.current = false;
        // Its selectionchange need not map the DOM selection back to the model: they agree.
        const d = window.getSelection();
        if (d?.anchorNode)
          lastSynced.current = { a: d.anchorNode, ao: d.anchorOffset, f: d.focusNode, fo: d.focusOffset };
      });
    },
    [editor],
  );
  const parkCaret = () => {
    const sel = editor.selection;
    if (!sel) return;
    parked.current = Range.end(sel);
    Transforms.deselect(editor);
    window.getSelection()?.removeAllRanges();
    lastSynced.current = null;
    requestAnimationFrame(() => restoreCaret(false));
  };
  const unparkCaret = () => {
    if (parked.current) restoreCaret(true);
  };

  // Shift+Arrow moves the DOM selection and the model together, inside the key press. Left to the
  // browser, the model caught up only at the next selectionchange (a task of its own), and a render
  // landing before it (the click's or a tag's coding-view update, a new highlight's paint, the rest of
  // the document) made Slate write the one-press-old model selection back: the press was lost.
  // Selection.modify is what the browser runs for these keys (Slate uses it for word moves too).
  const extendSelectionByKey = (e: globalThis.KeyboardEvent): boolean => {
    if (!e.shiftKey || e.metaKey || ReactEditor.isComposing(editor)) return false;
    const word = IS_APPLE ? e.altKey && !e.ctrlKey : e.ctrlKey && !e.altKey;
    if ((e.altKey || e.ctrlKey) && !word) return false;
    const how = (word ? WORD_EXTEND : EXTEND)[e.key];
    const dom = window.getSelection();
    if (!how || !dom || dom.rangeCount === 0 || typeof dom.modify !== 'function') return false;
    let root: HTMLElement;
    try {
      root = ReactEditor.toDOMNode(editor, editor);
    } catch {
      return false;
    }
    if (!root.contains(dom.anchorNode) || !root.contains(dom.focusNode)) return false;
    dom.modify('extend', how[0], how[1]);
    syncSelectionFromDom();
    revealFocus(dom, root);
    return true;
  };

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
    if (!reveal || !complete) return;
    const range = {
      anchor: offsetToPoint(doc, reveal.start, 'forward'),
      focus: offsetToPoint(doc, reveal.end, 'backward'),
    };
    Transforms.select(editor, range);
    try {
      const dom = ReactEditor.toDOMRange(editor, range);
      // The DOM selection goes with the model at once, not at Slate's next render: the focus just
      // given to the text put a caret in the DOM, and its selectionchange (still queued) would
      // otherwise read that caret and write it over the passage. Only when the text has focus:
      // a selection placed in it would take focus from, say, a note being typed.
      const root = ReactEditor.toDOMNode(editor, editor);
      const selection = window.getSelection();
      if (selection && document.activeElement === root) {
        selection.setBaseAndExtent(dom.startContainer, dom.startOffset, dom.endContainer, dom.endOffset);
        lastSynced.current = null;
      }
      dom.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    } catch {
      // The range may not be rendered yet; selecting it is enough.
    }
  }, [reveal, doc, editor, complete]);

  const reported = useRef<TextSelection | null>(null);
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
    unparkCaret();
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
        if (at)
          onOpenHighlights(
            highlightsAt(currentHighlights().highlights, at.start)
              .filter((s) => !s.pending)
              .map((s) => s.id),
          );
      }
      return;
    }
    if (NAVIGATION_KEYS.has(e.key)) {
      // Navigation starts from what the browser shows (a click's selectionchange may still be queued).
      syncSelectionFromDom();
      if (extendSelectionByKey(e.nativeEvent)) e.preventDefault();
      return;
    }
    if (modified) {
      // The coding view acts on the selection (palette, find from the caret): bring the model up to the DOM first.
      syncSelectionFromDom();
      // Shortcuts handled by the coding view pass; everything else a shortcut could do to the text is stopped.
      if (!PASS_THROUGH.has(e.key.toLowerCase()) || e.altKey) e.preventDefault();
      return;
    }
    e.preventDefault();
    if (e.key === ']' || e.key === '[') {
      syncSelectionFromDom();
      const at = currentOffsets();
      onStepHighlight(e.key === ']' ? 1 : -1, at ? (e.key === ']' ? at.end : at.start) : 0);
      return;
    }
    if (e.key.length === 1) {
      const codeId = hotkeys.get(e.key.toLowerCase());
      if (!codeId) return;
      // selectionchange is dispatched asynchronously: a key pressed right after Shift+Arrow
      // must tag what the DOM shows now, not the last selection event.
      syncSelectionFromDom();
      const sel = currentOffsets();
      const passage = sel && sel.end > sel.start ? sel : null;
      // Collapse to the passage's end so the new highlight shows without the selection over it (parked
      // now, before the highlight renders; the caret is back before the frame that paints it).
      if (passage) parkCaret();
      onHotkey(codeId, passage);
    }
  };

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    if (e.target instanceof Element && e.target.closest('.hl-bars-cell')) return; // a margin bar opens its own highlight
    // The caret the click placed goes into the model now, before the updates below re-render the text.
    syncSelectionFromDom();
    const domSelection = window.getSelection();
    if (domSelection && !domSelection.isCollapsed) return; // the end of a drag-selection, not a click
    const target = e.target instanceof Element ? e.target.closest('[data-highlight-ids]') : null;
    const ids = target?.getAttribute('data-highlight-ids')?.split(' ').filter(Boolean) ?? [];
    onOpenHighlights(ids);
  };

  // Hover: one delegated listener; the card appears after a short rest (see HoverCard).
  const hovered = useRef('');
  const onMouseOver = (e: MouseEvent<HTMLDivElement>) => {
    if (e.target instanceof Element && e.target.closest('.hl-bars-cell')) return; // margin bars report their own hover
    const target = e.target instanceof Element ? e.target.closest('[data-highlight-ids]') : null;
    const ids = target?.getAttribute('data-highlight-ids') ?? '';
    if (ids === hovered.current) return;
    hovered.current = ids;
    onHover(ids ? ids.split(' ') : [], target && ids ? target.getBoundingClientRect() : null);
  };
  const onMouseLeave = () => {
    hovered.current = '';
    onHover([], null);
  };

  // The open highlight, when exactly one is open: it gets drag handles at both ends.
  const single = activeIds.size === 1 && complete ? saved.find((h) => activeIds.has(h.id)) : undefined;

  return (
    <ViewContext.Provider value={viewContext}>
      <Slate
        editor={editor}
        initialValue={initialValue}
        onSelectionChange={() => {
          const sel = currentOffsets();
          const next = sel && sel.end > sel.start ? sel : null;
          // The same as last reported (a caret moved, a parked selection put back): nothing to tell.
          const last = reported.current;
          if (last === next || (last && next && last.start === next.start && last.end === next.end)) return;
          reported.current = next;
          onSelectionChange(next);
        }}
      >
        <div className="transcript-wrap">
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
            renderChunk={renderChunk}
            onKeyDown={onKeyDown}
            onClick={onClick}
            onMouseOver={onMouseOver}
            onMouseLeave={onMouseLeave}
            // Belt and braces with withFixedText: no input event reaches the DOM text either. The
            // browser's own undo/redo (Edit menu, execCommand) goes to the coding history instead.
            onDOMBeforeInput={(e) => {
              e.preventDefault();
              if (e.inputType === 'historyUndo') void undo().catch(() => {});
              if (e.inputType === 'historyRedo') void redo().catch(() => {});
              return true;
            }}
            onPaste={(e) => e.preventDefault()}
            onCut={(e) => e.preventDefault()}
            onDragStart={(e) => e.preventDefault()}
            onDrop={(e) => {
              // Files dropped here bubble to the coding view's importer; text is never dropped in.
              if (!e.dataTransfer.types.includes('Files')) e.stopPropagation();
              e.preventDefault();
              return true;
            }}
          />
          {single && (
            <BoundaryHandles
              key={single.id}
              editor={editor}
              doc={doc}
              highlight={single}
              color={lookOf(single.codeId).color}
              onDrag={onDragBoundary}
            />
          )}
        </div>
      </Slate>
    </ViewContext.Provider>
  );
});

/** The lowest chunks skip layout and paint while off screen; their last size is remembered. */
function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'chunk chunk--lowest' : 'chunk'}>
      {children}
    </div>
  );
}

/** The same pending highlights (a resolved one gets a new object with its saved id: nothing shown changes). */
function samePending(a: readonly PendingHighlight[], b: readonly PendingHighlight[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every(
        (p, i) => p.id === b[i]!.id && p.codeId === b[i]!.codeId && p.start === b[i]!.start && p.end === b[i]!.end,
      ))
  );
}
