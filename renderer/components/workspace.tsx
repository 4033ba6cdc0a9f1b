import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../shared/api/annotation.ts';
import type { MenuCommand } from '../../shared/api/app.ts';
import type { StoredCodebook } from '../../shared/api/codebook.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSummary } from '../../shared/api/project.ts';
import type { ImportResult, Transcript, TranscriptStructure, TranscriptSummary } from '../../shared/api/transcript.ts';
import type { SpeakerPattern } from '../../shared/transcript/turns.ts';
import { errorMessage, send } from '../api/client.ts';
import { assignLanes } from '../editor/decorate.ts';
import type { CodeLook } from '../editor/transcript-leaf.tsx';
import { TranscriptEditor, type TextSelection } from '../editor/transcript-editor.tsx';
import type { HighlightSpan } from '../editor/types.ts';
import { rememberedTranscriptId, rememberTranscript } from '../lib/coder-memory.ts';
import { findMatches, nextMatchIndex } from '../lib/find.ts';
import { useStableCallback } from '../hooks/use-stable-callback.ts';
import { useFreshReveal } from '../hooks/use-fresh-reveal.ts';
import { canEditShared, headingsKey } from '../lib/section-plan.ts';
import { useTranscriptSections } from '../state/section-edits.ts';
import { useDisplayCodebook } from '../hooks/use-display-codebook.ts';
import { trackWrite } from '../state/save-status.ts';
import { AppHeader } from './app-header.tsx';
import { CodePanel } from './code-panel.tsx';
import { CodebookEditor } from './codebook-editor.tsx';
import { CodingPanel } from './coding-panel.tsx';
import { CodingStatusBadge } from './coding-status-badge.tsx';
import { CodingStatusControl } from './coding-status.tsx';
import { ErrorBanner } from './error-banner.tsx';
import { FindBar } from './find-bar.tsx';
import { HighlightDetails } from './highlight-details.tsx';
import { ImportDialog } from './import-dialog.tsx';
import { SectionsOutline } from './sections-outline.tsx';
import { TranscriptMetadata } from './transcript-metadata.tsx';
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

/** Leading/trailing whitespace is never part of a passage (a drag often catches a space). */
function trimSelection(text: string, sel: TextSelection): TextSelection {
  let { start, end } = sel;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function isTypingTarget(t: EventTarget | null): boolean {
  return (
    t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT')
  );
}

export function Workspace({ project, coder, refreshSeq, menuCommand, onSwitchCoder, onCloseProject, onShowShortcuts }: Props) {
  const [codebook, setCodebook] = useState<StoredCodebook | null>(null);
  const [transcripts, setTranscripts] = useState<TranscriptSummary[] | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [transcript, setTranscript] = useState<Transcript | null>(null);
  const [structure, setStructure] = useState<TranscriptStructure | null>(null);
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  const [pending, setPending] = useState<HighlightSpan[]>([]);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [activeIds, setActiveIds] = useState<string[]>([]);
  const [collapseSignal, setCollapseSignal] = useState(0);
  const [focusSignal, setFocusSignal] = useState(0);
  const [reveal, setReveal] = useState<{ start: number; end: number; seq: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [chooseSignal, setChooseSignal] = useState(0);
  const [importBatch, setImportBatch] = useState<{ files: File[]; speakerPatterns: SpeakerPattern[] | undefined; hiddenFields: string[] } | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [findQuery, setFindQuery] = useState('');
  const [findIndex, setFindIndex] = useState(-1);
  const [findFocus, setFindFocus] = useState(0);
  const [codebookOpen, setCodebookOpen] = useState(false);
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
        const [cb, list] = await Promise.all([send('codebook-active', {}), send('transcript-list', {})]);
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
          send('transcript-structure', { id: selectedId }).catch(() => null),
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
    setSelection(null);
    setActiveIds([]);
    setPending([]);
    setFindIndex(-1);
    setSelectedId(id);
  };

  // Highlights made with an older codebook version keep their code's look (see useDisplayCodebook).
  const displayCodebook = useDisplayCodebook(codebook, annotations);
  const codes = displayCodebook?.codes;
  const lookOf = useMemo(() => {
    const map = new Map((codes ?? []).map((c) => [c.id, { color: c.color, label: c.label } satisfies CodeLook]));
    return (codeId: string): CodeLook => map.get(codeId) ?? { color: '#888888', label: codeId };
  }, [codes]);
  const hotkeys = useMemo(
    () => new Map((codes ?? []).filter((c) => c.hotkey && !c.archived).map((c) => [c.hotkey!.toLowerCase(), c.id])),
    [codes],
  );

  const highlights = useMemo<HighlightSpan[]>(
    () => assignLanes([...annotations.map((a) => ({ id: a.id, codeId: a.codeId, start: a.start, end: a.end })), ...pending]),
    [annotations, pending],
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
    setFindOpen(true);
    setFindFocus((n) => n + 1);
  };
  const changeFindQuery = (q: string) => {
    setFindQuery(q);
    // Start from the caret, so the first match shown is the next one in reading order.
    setFindIndex(transcript ? nextMatchIndex(findMatches(transcript.text, q), selection?.start ?? 0) : -1);
  };
  const stepFind = (delta: number) => {
    if (matches.length === 0) return;
    setFindIndex((i) => (((i < 0 ? (delta > 0 ? -1 : 0) : i) + delta) % matches.length + matches.length) % matches.length);
  };
  const closeFind = (select: boolean) => {
    const m = matches[find.current];
    setFindOpen(false);
    if (select && m) setReveal({ start: m.start, end: m.end, seq: (reveal?.seq ?? 0) + 1 });
    setFocusSignal((n) => n + 1);
  };

  const tag = async (codeId: string, current: TextSelection | null = selection) => {
    if (!transcript) return;
    const sel = current ? trimSelection(transcript.text, current) : null;
    if (!sel || sel.end <= sel.start) {
      setNotice('Select a passage in the transcript first, then choose a code.');
      return;
    }
    setNotice(null);
    const tempId = `pending-${++pendingSeq.current}`;
    setPending((p) => [...p, { id: tempId, codeId, start: sel.start, end: sel.end, pending: true }]);
    setCollapseSignal((n) => n + 1);
    setSelection(null);
    try {
      const created = await trackWrite(
        'Tagging the passage',
        send('annotation-create', { transcriptId: transcript.id, coderId: coder.id, codeId, start: sel.start, end: sel.end }),
      );
      if (created.transcriptId === shownId.current) setAnnotations((list) => [...list, created]);
      void refreshList().catch(() => {});
    } catch {
      // The error banner says what failed; the pending highlight goes away below.
    } finally {
      setPending((p) => p.filter((x) => x.id !== tempId));
    }
  };

  const saveNote = async (id: string, note: string) => {
    const updated = await trackWrite('Saving the note', send('annotation-update', { id, note }));
    setAnnotations((list) => list.map((a) => (a.id === id ? updated : a)));
  };

  const deleteAnnotation = async (id: string) => {
    try {
      await trackWrite('Deleting the highlight', send('annotation-delete', { id }));
    } catch {
      return;
    }
    setAnnotations((list) => list.filter((a) => a.id !== id));
    setActiveIds((ids) => ids.filter((x) => x !== id));
    // The Delete button is gone: give focus back to the text rather than to the page.
    setFocusSignal((n) => n + 1);
    void refreshList().catch(() => {});
  };

  /** Chosen, dropped or sent by the File menu: files open in the import dialog, previewed before anything is saved. */
  const importFiles = async (files: File[]) => {
    if (importBatch) return; // the open dialog takes drops itself
    setImporting(true);
    const settings = await send('settings-get', {}).catch(() => null);
    setImportBatch({ files, speakerPatterns: settings?.importSpeakerPatterns, hiddenFields: settings?.hiddenMetadataFields ?? [] });
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
    // openFind reads the current transcript; only a new menu command should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [menuCommand]);

  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), 5000);
    return () => clearTimeout(t);
  }, [notice]);

  // Stable identities for the memoised editor (see TranscriptEditor).
  const onEditorHotkey = useStableCallback((codeId: string, sel: TextSelection | null) => void tag(codeId, sel));
  const onOpenHighlights = useStableCallback((ids: string[]) =>
    setActiveIds((current) => (current.length === 0 && ids.length === 0 ? current : ids)),
  );
  const onCloseHighlights = useStableCallback(() => setActiveIds((current) => (current.length === 0 ? current : [])));

  const selectionText = transcript && selection ? transcript.text.slice(selection.start, selection.end) : null;
  /** A linked highlight was clicked (e.g. on the score sheet): scroll to its passage and select it. */
  const jumpTo = (a: Annotation) => {
    setReveal({ start: a.start, end: a.end, seq: (reveal?.seq ?? 0) + 1 });
    setFocusSignal((n) => n + 1); // the selection shows only in the focused text
  };
  const openSummary = transcripts?.find((t) => t.id === selectedId);

  // Question sections as edited in the outline: the view is redrawn when a heading changes (Slate
  // takes its document only when mounted), without replaying an older jump (useFreshReveal).
  const sections = useTranscriptSections(transcript?.id ?? null, structure?.sections ?? null);
  const viewStructure = useMemo(() => (structure && sections ? { ...structure, sections } : structure), [structure, sections]);
  const headings = headingsKey(sections ?? []);
  const viewKey = `${transcript?.id ?? ''}\u0000${headings}`;
  const viewReveal = useFreshReveal(reveal, transcript?.id ?? null, headings);
  useEffect(() => setSelection(null), [viewKey]); // a redrawn view has no selection

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
                <TranscriptMetadata transcriptId={transcript.id} title={transcript.title} metadata={transcript.metadata} coder={coder} refreshSeq={refreshSeq} />
                <CodingStatusControl owner={{ transcriptId: transcript.id, coderId: coder.id }} />
              </header>
              <TranscriptEditor
                key={viewKey}
                text={transcript.text}
                structure={viewStructure}
                title={transcript.title}
                highlights={highlights}
                activeIds={activeSet}
                lookOf={lookOf}
                hotkeys={hotkeys}
                onSelectionChange={setSelection}
                onHotkey={onEditorHotkey}
                onOpenHighlights={onOpenHighlights}
                onEscape={onCloseHighlights}
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
                    <rect x="10" y="6" width="36" height="44" rx="5" fill="none" stroke="currentColor" strokeWidth="2.5" />
                    <path d="M18 18h20M18 25h20M18 32h12" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
                  </svg>
                  <h2 className="reader-empty-title">No transcript open</h2>
                  <p className="muted">Import transcripts (.docx, .txt, .odt or .rtf), or drop files anywhere in this window.</p>
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
              codes={<CodePanel codebook={codebook.codebook} selectionPreview={selectionText} onTag={(id) => void tag(id)} />}
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
    </div>
  );
}
