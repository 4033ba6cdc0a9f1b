import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { MenuCommand } from '../../../shared/api/app.ts';
import type { StoredCodebook } from '../../../shared/api/codebook.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import type {
  ImportResult,
  Transcript,
  TranscriptStructure,
  TranscriptSummary,
} from '../../../shared/api/transcript.ts';
import type { SpeakerPattern } from '../../../shared/transcript/turns.ts';
import { errorMessage, send } from '../../api/client.ts';
import {
  createPendingHighlights,
  type CodeLook,
  TranscriptEditor,
  type TextSelection,
  type Highlight,
  shortLabel,
} from '../transcript/index.ts';
import { rememberedTranscriptId, rememberTranscript } from '../../state/coder-memory.ts';
import { findMatches, nextMatchIndex, ProjectSearch, FindBar } from '../find/index.ts';
import { useStableCallback } from '../../ui/use-stable-callback.ts';
import { useFreshReveal } from './use-fresh-reveal.ts';
import { canEditShared, headingsKey, useTranscriptSections, SectionsOutline } from '../sections/index.ts';
import { useDisplayCodebook } from './use-display-codebook.ts';
import { trackWrite } from '../../state/save-status.ts';
import { useRegisterCommands, type Command } from '../../state/commands.ts';
import {
  highlightActions,
  movedBoundary,
  stepFrom,
  HighlightFilter,
  HoverCard,
  HighlightDetails,
} from '../highlights/index.ts';
import { useCoding } from '../../state/coding-data.ts';
import { createValueStore } from '../../state/value-store.ts';
import { CommandPalette } from '../../app/command-palette.tsx';
import type { SearchHit } from '../../../shared/api/project.ts';
import { AppHeader } from '../../app/app-header.tsx';
import { SelectionCodePanel } from './panel/selection-code-panel.tsx';
import { CodebookEditor } from '../codebook/index.ts';
import { CodingPanel } from './panel/coding-panel.tsx';
import { CodingStatusBadge } from './coding-status-badge.tsx';
import { CodingStatusControl } from './coding-status.tsx';
import { ErrorBanner } from '../../app/error-banner.tsx';
import { ImportDialog } from '../import/index.ts';
import { TranscriptMetadata } from '../metadata/index.ts';
import { TranscriptSidebar } from './transcript-sidebar.tsx';

interface Props {
  project: ProjectSummary;
  coder: Coder;
  refreshSeq: number;
  menuCommand: { command: MenuCommand; seq: number } | null;
  onSwitchCoder: () => void;
  onCloseProject: () => Promise<void>;
  onShowShortcuts: () => void;
}

const fmt = new Intl.NumberFormat();

/** Resolves in a task of its own, after the current one (and usually after the next frame). */
function afterThisTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Leading/trailing whitespace is never part of a passage (a drag often catches a space). */
function trimSelection(text: string, sel: TextSelection): TextSelection {
  let { start, end } = sel;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function isTypingTarget(t: EventTarget | null): boolean {
  return (
    t instanceof HTMLElement &&
    (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')
  );
}

/** A field that takes typed text: not the transcript, which is editable only for its caret (aria-readonly). */
function isTextField(t: EventTarget | null): boolean {
  return isTypingTarget(t) && !(t instanceof HTMLElement && t.closest('[aria-readonly="true"]'));
}

export function CodingView({
  project,
  coder,
  refreshSeq,
  menuCommand,
  onSwitchCoder,
  onCloseProject,
  onShowShortcuts,
}: Props) {
  const [codebook, setCodebook] = useState<StoredCodebook | null>(null);
  const [transcripts, setTranscripts] = useState<TranscriptSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [structure, setStructure] = useState<TranscriptStructure | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  // Highlights being saved live outside React state: a new one re-renders only the transcript view.
  const [pending] = useState(createPendingHighlights);
  // The text's selection: in a store the code panel subscribes to (selecting re-renders only it), and
  // in a ref for everything that acts on it (`selectionNow`: current at once, at a key press).
  const [selection] = useState(() => createValueStore<TextSelection | null>(null));
  const [activeIds, setActiveIds] = useState<string[]>([]);
  const [collapseSignal, setCollapseSignal] = useState(0);
  const [focusSignal, setFocusSignal] = useState(0);
  const [reveal, setReveal] = useState<{ start: number; end: number; seq: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [chooseSignal, setChooseSignal] = useState(0);
  const [importBatch, setImportBatch] = useState<{
    files: File[];
    speakerPatterns: SpeakerPattern[] | undefined;
    hiddenFields: string[];
  } | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [findQuery, setFindQuery] = useState('');
  const [findIndex, setFindIndex] = useState(-1);
  const [findFocus, setFindFocus] = useState(0);
  const [codebookOpen, setCodebookOpen] = useState(false);
  // Transcript-view tools: palette, project search, highlight filter, hover card, boundary drag preview.
  const [tool, setTool] = useState<'palette' | 'search' | null>(null);
  const [filterOpen, setFilterOpen] = useState(false);
  const [hiddenCodes, setHiddenCodes] = useState<ReadonlySet<string>>(() => new Set());
  const [hover, setHover] = useState<{ ids: string[]; anchor: DOMRect } | null>(null);
  const [dragPreview, setDragPreview] = useState<{ id: string; start: number; end: number } | null>(null);
  // The selection when the palette opened: its input takes focus (and the DOM selection) from the text.
  const paletteSelection = useRef<TextSelection | null>(null);
  const selectionNow = useRef<TextSelection | null>(null);
  const openCodebook = useCallback(() => setCodebookOpen(true), []);
  const pendingSeq = useRef(0);
  // The transcript on screen now: a write that resolves after the user moved on must not paint there.
  const shownId = useRef<string | null>(null);
  useEffect(() => {
    shownId.current = transcript?.id ?? null;
  }, [transcript]);

  const refreshList = useCallback(async () => {
    const list = await send('transcript-list', {});
    setTranscripts(list);
    return list;
  }, []);

  // Project-level data; re-read when the host says the project changed.
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [cb, list] = await Promise.all([send('codebook-get-active', {}), send('transcript-list', {})]);
        if (!live) return;
        setCodebook(cb);
        setTranscripts(list);
        setSelectedId((current) => {
          if (current && list.some((t) => t.id === current)) return current;
          const remembered = rememberedTranscriptId(project.path);
          return list.find((t) => t.id === remembered)?.id ?? list[0]?.id ?? null;
        });
      } catch (e) {
        if (live) setLoadError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [project.path, refreshSeq]);

  // The open transcript and this coder's annotations on it.
  useEffect(() => {
    if (!selectedId) {
      setTranscript(null);
      setAnnotations([]);
      return;
    }
    let live = true;
    rememberTranscript(project.path, selectedId);
    void (async () => {
      try {
        const [t, list, shape] = await Promise.all([
          send('transcript-get', { id: selectedId }),
          send('annotation-list', { transcriptId: selectedId, coderId: coder.id }),
          // Turns as found with the labels used at import, sections and marks: set together with the text.
          send('transcript-get-structure', { id: selectedId }).catch(() => null),
        ]);
        if (!live) return;
        setStructure(shape);
        setTranscript(t);
        setAnnotations(list);
        setLoadError(null);
      } catch (e) {
        if (live) setLoadError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [selectedId, coder.id, project.path, refreshSeq]);

  const selectTranscript = (id: string) => {
    if (id === selectedId) return;
    setTranscript(null);
    selection.getState().set(null);
    selectionNow.current = null;
    setActiveIds([]);
    pending.getState().clear();
    setFindIndex(-1);
    setReveal(null); // a jump made in the last transcript is not replayed in this one (one meant for it is set after this)
    setHover(null);
    setDragPreview(null);
    setSelectedId(id);
  };

  // Highlights made with an older codebook version keep their code's look (see useDisplayCodebook).
  const displayCodebook = useDisplayCodebook(codebook, annotations);
  const codes = displayCodebook?.codes;
  const lookOf = useMemo(() => {
    const map = new Map(
      (codes ?? []).map((c) => [
        c.id,
        { color: c.color, label: c.label, short: shortLabel(c.label) } satisfies CodeLook,
      ]),
    );
    return (codeId: string): CodeLook =>
      map.get(codeId) ?? { color: '#888888', label: codeId, short: shortLabel(codeId) };
  }, [codes]);
  const hotkeys = useMemo(
    () => new Map((codes ?? []).filter((c) => c.hotkey && !c.archived).map((c) => [c.hotkey!.toLowerCase(), c.id])),
    [codes],
  );

  const highlights = useMemo<Highlight[]>(
    () =>
      annotations
        .filter((a) => !hiddenCodes.has(a.codeId))
        .map((a) =>
          dragPreview?.id === a.id
            ? { id: a.id, codeId: a.codeId, start: dragPreview.start, end: dragPreview.end }
            : { id: a.id, codeId: a.codeId, start: a.start, end: a.end },
        ),
    [annotations, hiddenCodes, dragPreview],
  );
  const activeSet = useMemo(() => new Set(activeIds), [activeIds]);
  const activeAnnotations = useMemo(
    () => activeIds.map((id) => annotations.find((a) => a.id === id)).filter((a): a is Annotation => a !== undefined),
    [activeIds, annotations],
  );

  const matches = useMemo(
    () => (findOpen && transcript ? findMatches(transcript.text, findQuery) : []),
    [findOpen, transcript, findQuery],
  );
  const find = useMemo(() => ({ matches, current: Math.min(findIndex, matches.length - 1) }), [matches, findIndex]);

  const openFind = () => {
    if (!transcript) return;
    // A query kept from another transcript (or an earlier search) starts again from the caret here,
    // rather than showing "0 of N" with nothing to select.
    if (findQuery)
      setFindIndex(nextMatchIndex(findMatches(transcript.text, findQuery), selectionNow.current?.start ?? 0));
    setFindOpen(true);
    setFindFocus((n) => n + 1);
  };
  const changeFindQuery = (q: string) => {
    setFindQuery(q);
    // Start from the caret, so the first match shown is the next one in reading order.
    setFindIndex(transcript ? nextMatchIndex(findMatches(transcript.text, q), selectionNow.current?.start ?? 0) : -1);
  };
  const stepFind = (delta: number) => {
    if (matches.length === 0) return;
    setFindIndex(
      (i) => ((((i < 0 ? (delta > 0 ? -1 : 0) : i) + delta) % matches.length) + matches.length) % matches.length,
    );
  };
  const closeFind = (select: boolean) => {
    const m = matches[find.current];
    setFindOpen(false);
    if (select && m) setReveal({ start: m.start, end: m.end, seq: (reveal?.seq ?? 0) + 1 });
    setFocusSignal((n) => n + 1);
  };

  /** `fromText`: a code key pressed in the text, which collapses its own selection in the same render as the highlight. */
  const tag = async (codeId: string, current: TextSelection | null = selectionNow.current, fromText = false) => {
    if (!transcript) return;
    const sel = current ? trimSelection(transcript.text, current) : null;
    if (!sel || sel.end <= sel.start) {
      setNotice('Select a passage in the transcript first, then choose a code.');
      return;
    }
    const tempId = `pending-${++pendingSeq.current}`;
    // Only the transcript view paints before the next frame; the rest of the coding view follows as a transition.
    pending.getState().add({ id: tempId, codeId, start: sel.start, end: sel.end, pending: true });
    startTransition(() => {
      setNotice(null);
      if (!fromText) setCollapseSignal((n) => n + 1);
    });
    selectionNow.current = null;
    selection.getState().set(null);
    const transcriptId = transcript.id;
    try {
      // "Saving…" at once; the request itself (a fetch costs 1–5 ms of script) goes in a task after the
      // key press, so it never holds up the frame that paints the pending highlight.
      const created = await trackWrite(
        'Tagging the passage',
        afterThisTask().then(() =>
          send('annotation-create', { transcriptId, coderId: coder.id, codeId, start: sel.start, end: sel.end }),
        ),
      );
      if (created.transcriptId === shownId.current) {
        pending.getState().resolve(tempId, created.id); // shown until the saved highlight replaces it
        startTransition(() => setAnnotations((list) => [...list, created]));
      } else pending.getState().remove([tempId]);
      actions.created(created);
      void refreshList().catch(() => {});
    } catch {
      // The error banner says what failed.
      pending.getState().remove([tempId]);
    }
  };

  const actions = highlightActions({ setAnnotations, shownId, afterChange: () => void refreshList().catch(() => {}) });
  // This coder's loss/trauma events (score sheet): event-linked highlights name one (card, hover card).
  const coding = useCoding(transcript ? { transcriptId: transcript.id, coderId: coder.id } : null, refreshSeq);
  const events = coding.status === 'ready' ? coding.data.events : null;
  // A deleted event unlinks its highlights in the store (ON DELETE SET NULL): show them unlinked too.
  // Undo of the delete links them again (coding-data's removeEvent), so remember which they were.
  const eventIds = useRef<Set<string> | null>(null);
  const unlinkedByEvent = useRef(new Map<string, string[]>());
  const annotationsNow = useRef(annotations);
  useEffect(() => {
    annotationsNow.current = annotations;
  });
  useEffect(() => {
    const before = eventIds.current;
    eventIds.current = events ? new Set(events.map((e) => e.id)) : null;
    if (!before || !eventIds.current) return;
    const now = eventIds.current;
    const gone = [...before].filter((id) => !now.has(id));
    const back = [...now].filter((id) => !before.has(id) && unlinkedByEvent.current.has(id));
    if (gone.length === 0 && back.length === 0) return;
    for (const id of gone)
      unlinkedByEvent.current.set(
        id,
        annotationsNow.current.filter((a) => a.eventId === id).map((a) => a.id),
      );
    const relink = new Map(back.flatMap((id) => (unlinkedByEvent.current.get(id) ?? []).map((a) => [a, id] as const)));
    for (const id of back) unlinkedByEvent.current.delete(id);
    // The updater stays pure (React may call it twice); the bookkeeping above ran once.
    setAnnotations((list) =>
      list.map((a) =>
        a.eventId && gone.includes(a.eventId)
          ? { ...a, eventId: null }
          : relink.has(a.id)
            ? { ...a, eventId: relink.get(a.id) ?? null }
            : a,
      ),
    );
  }, [events]);

  const saveNote = async (id: string, note: string) => {
    const before = annotations.find((a) => a.id === id);
    if (before) await actions.update(before, { note }, 'Edit note');
  };

  const deleteAnnotation = async (id: string) => {
    const before = annotations.find((a) => a.id === id);
    if (!before) return;
    try {
      await actions.deleteOne(before);
    } catch {
      return;
    }
    setActiveIds((ids) => ids.filter((x) => x !== id));
    // The Delete button is gone: give focus back to the text rather than to the page.
    setFocusSignal((n) => n + 1);
  };

  /** The one open highlight (boundary keys, handles and code changes act on it). */
  const openOne = activeIds.length >= 1 ? annotations.find((a) => a.id === activeIds[0]) : undefined;

  /** Open a highlight: details panel, its passage selected and scrolled into view, focus in the text. */
  const showHighlight = (a: { id: string; start: number; end: number }) => {
    setActiveIds([a.id]);
    setReveal({ start: a.start, end: a.end, seq: (reveal?.seq ?? 0) + 1 });
    setFocusSignal((n) => n + 1);
  };
  const visibleAnnotations = annotations.filter((a) => !hiddenCodes.has(a.codeId));
  const stepHighlight = (direction: 1 | -1, from = selectionNow.current?.start ?? 0) => {
    const next = stepFrom(visibleAnnotations, from, direction, activeIds.length === 1 ? activeIds[0] : undefined);
    if (next) showHighlight(next);
    else setNotice('No highlights to move to.');
  };
  // Key presses can come faster than saves: each move starts from the last one asked for, and the
  // saves go one after another (in order), each its own undo step.
  const boundaryQueue = useRef<{ id: string; start: number; end: number; chain: Promise<unknown> } | null>(null);
  const moveBoundary = (edge: 'start' | 'end', delta: number) => {
    if (!openOne || !transcript) {
      setNotice(
        'Open a highlight first (click it, or press ] or [), then move its ends with Alt+← / Alt+→ (start) or Alt+Shift+← / → (end).',
      );
      return;
    }
    const q =
      boundaryQueue.current?.id === openOne.id
        ? boundaryQueue.current
        : { id: openOne.id, start: openOne.start, end: openOne.end, chain: Promise.resolve() };
    const from = { ...openOne, start: q.start, end: q.end };
    const moved = movedBoundary(from, edge, (edge === 'start' ? from.start : from.end) + delta, transcript.text.length);
    if (moved.start === from.start && moved.end === from.end) return;
    const label = edge === 'start' ? 'Move highlight start' : 'Move highlight end';
    // Shown at once; saved in order.
    setAnnotations((list) => list.map((a) => (a.id === from.id ? { ...a, ...moved } : a)));
    const chain = q.chain.then(() => actions.update(from, moved, label)).catch(() => {});
    boundaryQueue.current = { id: from.id, ...moved, chain };
    void chain.then(() => {
      if (boundaryQueue.current?.chain === chain) boundaryQueue.current = null;
    });
  };
  const dragBoundary = (id: string, edge: 'start' | 'end', offset: number, done: boolean) => {
    const a = annotations.find((x) => x.id === id);
    if (!a || !transcript) return;
    const moved = movedBoundary(dragPreview?.id === id ? dragPreview : a, edge, offset, transcript.text.length);
    if (!done) {
      setDragPreview({ id, ...moved });
      return;
    }
    const final = movedBoundary(a, edge, edge === 'start' ? moved.start : moved.end, transcript.text.length);
    const keep =
      dragPreview && dragPreview.id === id
        ? {
            start: edge === 'start' ? final.start : dragPreview.start,
            end: edge === 'end' ? final.end : dragPreview.end,
          }
        : final;
    if (keep.start === a.start && keep.end === a.end) {
      setDragPreview(null);
      return;
    }
    void actions
      .update(a, keep, edge === 'start' ? 'Move highlight start' : 'Move highlight end')
      .catch(() => {})
      .finally(() => setDragPreview(null));
  };
  const changeCode = (codeId: string) => {
    if (!openOne || openOne.codeId === codeId) return;
    void actions.update(openOne, { codeId }, 'Change code').catch(() => {});
  };
  const openHit = (hit: SearchHit) => {
    if (hit.transcriptId !== selectedId) selectTranscript(hit.transcriptId);
    setReveal({ start: hit.start, end: hit.end, seq: (reveal?.seq ?? 0) + 1 });
    setFocusSignal((n) => n + 1);
  };
  const openPalette = () => {
    paletteSelection.current = selectionNow.current;
    setTool('palette');
  };

  /** Chosen, dropped or sent by the File menu: files open in the import dialog, previewed before anything is saved. */
  const importFiles = async (files: File[]) => {
    if (importBatch) return; // the open dialog takes drops itself
    setImporting(true);
    const settings = await send('settings-get', {}).catch(() => null);
    setImportBatch({
      files,
      speakerPatterns: settings?.importSpeakerPatterns,
      hiddenFields: settings?.hiddenMetadataFields ?? [],
    });
  };

  const importDone = async (imported: ImportResult[]) => {
    setImportBatch(null);
    setImporting(false);
    await refreshList().catch(() => {});
    const last = imported[imported.length - 1];
    if (last) selectTranscript(last.id);
  };

  // Code hotkeys also work when focus has moved to a panel (the transcript handles its own keys).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = (e.ctrlKey || e.metaKey) && !e.altKey;
      const k = e.key.toLowerCase();
      if (mod && (k === 'k' || (k === 'p' && e.shiftKey)) && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        openPalette();
        return;
      }
      if (mod && e.shiftKey && k === 'f' && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        setTool('search');
        return;
      }
      if (
        e.altKey &&
        !e.ctrlKey &&
        !e.metaKey &&
        transcript &&
        !isTextField(e.target) &&
        !document.querySelector('dialog[open]')
      ) {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          stepHighlight(e.key === 'ArrowDown' ? 1 : -1);
          return;
        }
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          e.preventDefault();
          moveBoundary(e.shiftKey ? 'end' : 'start', e.key === 'ArrowLeft' ? -1 : 1);
          return;
        }
      }
      if (e.key === '?' && !mod && !e.altKey && !isTextField(e.target) && !document.querySelector('dialog[open]')) {
        e.preventDefault();
        onShowShortcuts();
        return;
      }
      if (!e.defaultPrevented && (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'f' && transcript) {
        e.preventDefault(); // our find, not the browser's (which cannot see past the fixed-text editor's rules)
        openFind();
        return;
      }
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (e.key === 'Escape') {
        onCloseHighlights();
        return;
      }
      if ((e.key === ']' || e.key === '[') && transcript) {
        e.preventDefault();
        stepHighlight(e.key === ']' ? 1 : -1);
        return;
      }
      const codeId = e.key.length === 1 && transcript ? hotkeys.get(e.key.toLowerCase()) : undefined;
      if (codeId) {
        e.preventDefault();
        void tag(codeId); // without a selection this only explains what to do
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    if (!menuCommand) return;
    if (menuCommand.command === 'import-transcript') setChooseSignal((n) => n + 1);
    if (menuCommand.command === 'find') openFind();
    if (menuCommand.command === 'command-palette') openPalette();
    // openFind reads the current transcript; only a new menu command should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [menuCommand]);

  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), 5000);
    return () => clearTimeout(t);
  }, [notice]);

  // Stable identities for the memoised editor (see TranscriptEditor).
  const onEditorHotkey = useStableCallback((codeId: string, sel: TextSelection | null) => void tag(codeId, sel, true));
  // The ref is current at once (the palette and code buttons read it); the code panel's preview follows
  // as a transition (see SelectionCodePanel): never in the way of typing keys, and the coding view stays as it is.
  const onEditorSelection = useCallback(
    (sel: TextSelection | null) => {
      selectionNow.current = sel;
      selection.getState().set(sel);
    },
    [selection],
  );
  const onOpenHighlights = useStableCallback((ids: string[]) =>
    setActiveIds((current) => (current.length === 0 && ids.length === 0 ? current : ids)),
  );
  const onCloseHighlights = useStableCallback(() => setActiveIds((current) => (current.length === 0 ? current : [])));
  const onStepHighlight = useStableCallback((direction: 1 | -1, from: number) => stepHighlight(direction, from));
  const onPickHighlight = useStableCallback((id: string) => {
    const a = annotations.find((x) => x.id === id);
    if (a) showHighlight(a);
  });
  const onHover = useStableCallback((ids: string[], anchor: DOMRect | null) =>
    setHover(ids.length && anchor ? { ids, anchor } : null),
  );
  const onDragBoundary = useStableCallback(dragBoundary);

  // Everything above, by name, for the command palette and the shortcut sheet.
  const codeList = codebook?.codebook.codes;
  const groupList = codebook?.codebook.groups;
  const commands = useMemo<Command[]>(() => {
    const list: Command[] = [
      {
        id: 'view.palette',
        title: 'Command palette: find any code or action by name',
        group: 'General',
        keys: ['Mod+K', 'Mod+Shift+P'],
        sheetOnly: true,
        run: () => {},
      },
      {
        id: 'view.shortcuts',
        title: 'Show keyboard shortcuts',
        group: 'General',
        keys: ['?'],
        run: () => onShowShortcuts(),
      },
      {
        id: 'highlight.next',
        title: 'Next highlight',
        group: 'Highlights',
        keys: [']', 'Alt+↓'],
        run: () => stepHighlight(1),
      },
      {
        id: 'highlight.previous',
        title: 'Previous highlight',
        group: 'Highlights',
        keys: ['[', 'Alt+↑'],
        run: () => stepHighlight(-1),
      },
      {
        id: 'highlight.open-at-caret',
        title: 'Open the highlights under the caret',
        group: 'Highlights',
        keys: ['Enter'],
        sheetOnly: true,
        run: () => {},
      },
      {
        id: 'highlight.close',
        title: 'Close the highlight details',
        group: 'Highlights',
        keys: ['Esc'],
        run: () => onCloseHighlights(),
      },
      {
        id: 'highlight.start-earlier',
        title: 'Move the open highlight’s start one character left / right',
        group: 'Highlights',
        keys: ['Alt+←', 'Alt+→'],
        run: () => moveBoundary('start', -1),
      },
      {
        id: 'highlight.end-later',
        title: 'Move the open highlight’s end one character left / right',
        group: 'Highlights',
        keys: ['Alt+Shift+←', 'Alt+Shift+→'],
        run: () => moveBoundary('end', 1),
      },
      {
        id: 'highlight.delete',
        title: 'Delete the open highlight',
        group: 'Highlights',
        disabled: !openOne,
        run: () => void (openOne && deleteAnnotation(openOne.id)),
      },
      {
        id: 'highlight.filter',
        title: 'Filter highlights by code or group…',
        group: 'Highlights',
        run: () => setFilterOpen(true),
      },
      {
        id: 'highlight.show-all',
        title: 'Show all highlights',
        group: 'Highlights',
        disabled: hiddenCodes.size === 0,
        run: () => setHiddenCodes(new Set()),
      },
      {
        id: 'select.extend',
        title: 'Extend the selection (by word with Ctrl/⌘)',
        group: 'Selecting text',
        keys: ['Shift+← → ↑ ↓', 'Mod+Shift+← →'],
        sheetOnly: true,
        run: () => {},
      },
      {
        id: 'codes.keys',
        title: 'Tag the selection with the code whose key is shown beside it',
        group: 'Selecting text',
        keys: ['1–9, Q…V'],
        sheetOnly: true,
        run: () => {},
      },
      {
        id: 'find.open',
        title: 'Find in the transcript (Enter next, Shift+Enter previous, Esc selects the match)',
        group: 'Search',
        keys: ['Mod+F'],
        run: () => openFind(),
      },
      {
        id: 'search.project',
        title: 'Search all transcripts in the project',
        group: 'Search',
        keys: ['Mod+Shift+F'],
        run: () => setTool('search'),
      },
      {
        id: 'note.save',
        title: 'Save the note you are typing',
        group: 'Highlights',
        keys: ['Mod+Enter'],
        sheetOnly: true,
        run: () => {},
      },
      { id: 'import.open', title: 'Import transcripts…', group: 'General', run: () => setChooseSignal((n) => n + 1) },
    ];
    for (const c of codeList ?? []) {
      if (c.archived) continue;
      list.push({
        id: `code.apply.${c.id}`,
        title: `Tag with ${c.label}`,
        group: 'Codes',
        keys: c.hotkey ? [c.hotkey.toUpperCase()] : undefined,
        keywords: [c.id, groupList?.find((g) => g.id === c.group)?.label ?? ''],
        color: c.color,
        run: () => {
          const sel = paletteSelection.current ?? selectionNow.current;
          paletteSelection.current = null;
          void tag(c.id, sel && sel.end > sel.start ? sel : null);
          setFocusSignal((n) => n + 1);
        },
      });
      // With a highlight open: give it another code (undoable like every change).
      if (openOne && openOne.codeId !== c.id)
        list.push({
          id: `code.change.${c.id}`,
          title: `Change the open highlight to ${c.label}`,
          group: 'Change code',
          keywords: [c.id, 'change code'],
          color: c.color,
          run: () => {
            changeCode(c.id);
            setFocusSignal((n) => n + 1);
          },
        });
    }
    for (const g of groupList ?? []) {
      const ids = (codeList ?? []).filter((c) => c.group === g.id).map((c) => c.id);
      list.push({
        id: `filter.only.${g.id}`,
        title: `Show only ${g.label} highlights`,
        group: 'Highlights',
        run: () => setHiddenCodes(new Set((codeList ?? []).map((c) => c.id).filter((id) => !ids.includes(id)))),
      });
    }
    return list;
    // The run functions read this render's state; the list is rebuilt when anything they show changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [codeList, groupList, openOne, hiddenCodes, annotations, transcript, activeIds]);
  useRegisterCommands(commands);
  const codeCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of annotations) m.set(a.codeId, (m.get(a.codeId) ?? 0) + 1);
    return m;
  }, [annotations]);

  /** A linked highlight was clicked (e.g. on the score sheet): scroll to its passage and select it. */
  const jumpTo = (a: Annotation) => {
    setReveal({ start: a.start, end: a.end, seq: (reveal?.seq ?? 0) + 1 });
    setFocusSignal((n) => n + 1); // the selection shows only in the focused text
  };
  const openSummary = transcripts?.find((t) => t.id === selectedId);

  // Question sections as edited in the outline: the view is redrawn when a heading changes (Slate
  // takes its document only when mounted), without replaying an older jump (useFreshReveal).
  const sections = useTranscriptSections(transcript?.id ?? null, structure?.sections ?? null);
  const viewStructure = useMemo(
    () => (structure && sections ? { ...structure, sections } : structure),
    [structure, sections],
  );
  const headings = headingsKey(sections ?? []);
  const viewKey = `${transcript?.id ?? ''}\u0000${headings}`;
  const viewReveal = useFreshReveal(reveal, transcript?.id ?? null, headings);
  useEffect(() => {
    selectionNow.current = null;
    selection.getState().set(null);
  }, [viewKey, selection]); // a redrawn view has no selection

  return (
    <div className="workspace">
      <AppHeader
        project={project}
        coder={coder}
        onSwitchCoder={onSwitchCoder}
        onCloseProject={() => void onCloseProject()}
        onShowShortcuts={onShowShortcuts}
        onOpenCodebook={openCodebook}
      />
      <ErrorBanner />
      <div
        className="workspace-body"
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('Files')) e.preventDefault();
        }}
        onDrop={(e) => {
          const files = [...e.dataTransfer.files];
          if (files.length === 0) return;
          e.preventDefault();
          void importFiles(files);
        }}
      >
        <TranscriptSidebar
          transcripts={transcripts}
          selectedId={selectedId}
          onSelect={selectTranscript}
          onImportFiles={(f) => void importFiles(f)}
          importing={importing}
          chooseSignal={chooseSignal}
          renderStatus={(id) => <CodingStatusBadge transcriptId={id} coderId={coder.id} />}
        >
          {transcript && sections && (
            <SectionsOutline
              key={transcript.id}
              transcriptId={transcript.id}
              text={transcript.text}
              turns={structure?.turns ?? []}
              sections={sections}
              canEdit={canEditShared(coder)}
              onJump={(at) => {
                setReveal({ start: at, end: at, seq: (reveal?.seq ?? 0) + 1 });
                setFocusSignal((n) => n + 1);
              }}
            />
          )}
        </TranscriptSidebar>

        <main className="reader" aria-label="Transcript">
          {loadError && (
            <div className="inline-error" role="alert">
              {loadError}
            </div>
          )}
          {transcript && findOpen && (
            <FindBar
              query={findQuery}
              onQueryChange={changeFindQuery}
              count={matches.length}
              current={find.current}
              onNext={() => stepFind(1)}
              onPrevious={() => stepFind(-1)}
              onClose={closeFind}
              focusSignal={findFocus}
            />
          )}
          {transcript ? (
            <article className="reader-page">
              <header className="reader-head">
                <h2 className="reader-title">{transcript.title}</h2>
                <p className="reader-meta">
                  {fmt.format(transcript.words)} words
                  {transcript.sourceName ? <> · {transcript.sourceName}</> : null}
                  {' · '}
                  <span data-testid="my-highlight-count">
                    {annotations.length} {annotations.length === 1 ? 'highlight' : 'highlights'} by you
                  </span>
                </p>
                <TranscriptMetadata
                  transcriptId={transcript.id}
                  title={transcript.title}
                  metadata={transcript.metadata}
                  coder={coder}
                  refreshSeq={refreshSeq}
                />
                <CodingStatusControl owner={{ transcriptId: transcript.id, coderId: coder.id }} />
                {codebook && (
                  <HighlightFilter
                    codebook={displayCodebook ?? codebook.codebook}
                    hidden={hiddenCodes}
                    onChange={setHiddenCodes}
                    counts={codeCounts}
                    open={filterOpen}
                    onOpenChange={setFilterOpen}
                  />
                )}
              </header>
              <TranscriptEditor
                key={viewKey}
                text={transcript.text}
                structure={viewStructure}
                title={transcript.title}
                highlights={highlights}
                pending={pending}
                activeIds={activeSet}
                lookOf={lookOf}
                hotkeys={hotkeys}
                onSelectionChange={onEditorSelection}
                onHotkey={onEditorHotkey}
                onOpenHighlights={onOpenHighlights}
                onEscape={onCloseHighlights}
                onStepHighlight={onStepHighlight}
                onPickHighlight={onPickHighlight}
                onHover={onHover}
                onDragBoundary={onDragBoundary}
                collapseSignal={collapseSignal}
                focusSignal={focusSignal}
                reveal={viewReveal}
                find={find}
              />
            </article>
          ) : (
            <div className="reader-empty">
              {transcripts === null || (selectedId && !loadError) ? (
                <p className="muted">Loading…</p>
              ) : (
                <>
                  <svg className="empty-illustration" width="56" height="56" viewBox="0 0 56 56" aria-hidden="true">
                    <rect
                      x="10"
                      y="6"
                      width="36"
                      height="44"
                      rx="5"
                      fill="none"
                      stroke="currentColor"
                      strokeWidth="2.5"
                    />
                    <path
                      d="M18 18h20M18 25h20M18 32h12"
                      stroke="currentColor"
                      strokeWidth="2.5"
                      strokeLinecap="round"
                    />
                  </svg>
                  <h2 className="reader-empty-title">No transcript open</h2>
                  <p className="muted">
                    Import transcripts (.docx, .txt, .odt or .rtf), or drop files anywhere in this window.
                  </p>
                  <button type="button" className="btn btn-primary" onClick={() => setChooseSignal((n) => n + 1)}>
                    Import transcript…
                  </button>
                </>
              )}
            </div>
          )}
        </main>

        <aside className="inspector" aria-label="Coding panel">
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          {activeAnnotations.length > 0 && codebook && transcript && (
            <HighlightDetails
              annotations={activeAnnotations}
              codebook={displayCodebook ?? codebook.codebook}
              coderName={coder.name}
              text={transcript.text}
              events={events}
              onLink={async (a, patch, label) => void (await actions.update(a, patch, label))}
              onSaveNote={saveNote}
              onDelete={deleteAnnotation}
              onReveal={(a) => setReveal({ start: a.start, end: a.end, seq: (reveal?.seq ?? 0) + 1 })}
              onClose={() => setActiveIds([])}
            />
          )}
          {codebook && openSummary && transcript && (
            <CodingPanel
              owner={{ transcriptId: transcript.id, coderId: coder.id }}
              coder={coder}
              codebook={codebook.codebook}
              annotations={annotations}
              text={transcript.text}
              lookOf={lookOf}
              onJump={jumpTo}
              refreshSeq={refreshSeq}
              onOpenCodebook={openCodebook}
              codes={
                <SelectionCodePanel
                  codebook={codebook.codebook}
                  text={transcript.text}
                  selection={selection}
                  onTag={(id) => void tag(id)}
                />
              }
            />
          )}
          {codebook && !openSummary && <p className="muted small pad">Open a transcript to start tagging.</p>}
        </aside>
      </div>
      {importBatch && (
        <ImportDialog
          initialFiles={importBatch.files}
          speakerPatterns={importBatch.speakerPatterns}
          hiddenFields={importBatch.hiddenFields}
          canSaveDefaults={canEditShared(coder)}
          onClose={(imported) => void importDone(imported)}
        />
      )}
      {codebookOpen && <CodebookEditor onClose={() => setCodebookOpen(false)} />}
      {codebook && (
        <HoverCard
          hover={hover}
          annotations={annotations}
          codebook={displayCodebook ?? codebook.codebook}
          coderName={coder.name}
          events={events ?? []}
        />
      )}
      {tool === 'palette' && (
        <CommandPalette
          onClose={() => {
            setTool(null);
            setFocusSignal((n) => n + 1);
          }}
          onRun={(c) => void c.run()}
        />
      )}
      {tool === 'search' && (
        <ProjectSearch
          onClose={() => {
            setTool(null);
            setFocusSignal((n) => n + 1); // back to the text, as the palette does (else focus is left on the page)
          }}
          onOpen={openHit}
        />
      )}
    </div>
  );
}
