import {
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
  type ReactNode,
} from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { Codebook } from '../../../shared/codebook/codebook-schema.ts';
import type { CodeLook } from '../transcript/index.ts';
import { useUndoShortcuts } from '../../app/use-undo-shortcuts.ts';
import { loadStatuses, setStatus, STATUS_LABELS, useCoding, type Owner } from '../../state/coding-data.ts';
import { useRegisterCommands, type Command } from '../../state/commands.ts';
import { redo, undo, useUndoState } from '../../state/undo-stack.ts';
import { ClassificationPanel } from '../classification/index.ts';
import { MemoPanel } from './memo-panel.tsx';
import { ScoreSheet } from '../score-sheet/index.ts';
import { nextTabIndex } from '../../ui/tab-keys.ts';

export type CodingTab = 'codes' | 'scores' | 'classification' | 'memo';

/** `short`: shown when the panel is narrow; the full label stays the tab's accessible name. */
const TABS: { id: CodingTab; label: string; key: string; short?: string }[] = [
  { id: 'codes', label: 'Codes', key: '1' },
  { id: 'scores', label: 'Scores', key: '2' },
  { id: 'classification', label: 'Classification', key: '3', short: 'Class.' },
  { id: 'memo', label: 'Memo', key: '4' },
];

interface Props {
  owner: Owner;
  coder: Coder;
  codebook: Codebook;
  /** This coder's highlights on the open transcript. */
  annotations: readonly Annotation[];
  text: string;
  lookOf: (codeId: string) => CodeLook;
  /** Scroll the transcript to a highlight and select it. */
  onJump: (annotation: Annotation) => void;
  /** The code panel (tagging passages) shown in the Codes tab. */
  codes: ReactNode;
  refreshSeq: number;
  /** Opens the codebook editor (offered in the command palette). */
  onOpenCodebook?: () => void;
}

/**
 * The right-hand panel for the open transcript: Codes, Scores, Classification and Memo tabs.
 * Alt+1…4 switch tabs from anywhere (single letters are code hotkeys); arrow keys move along the
 * tab strip. The score sheet needs the room of three rating columns, so the panel widens for it.
 */
export function CodingPanel({
  owner,
  coder,
  codebook,
  annotations,
  text,
  lookOf,
  onJump,
  codes,
  refreshSeq,
  onOpenCodebook,
}: Props) {
  const [tab, setTab] = useState<CodingTab>('codes');
  const [toast, setToast] = useState<string | null>(null);
  const entry = useCoding(owner, refreshSeq);
  const undoState = useUndoState();
  const tabRefs = useRef(new Map<CodingTab, HTMLButtonElement>());
  const undoButton = useRef<HTMLButtonElement>(null);
  const redoButton = useRef<HTMLButtonElement>(null);
  // Undoing the last step (or redoing it) disables the button under the keyboard: focus moves to the
  // other one (or the tab) before the browser drops it on the page. While a step saves, the buttons
  // stay enabled (a press then is ignored), so repeated presses keep their focus.
  const hasUndo = undoState.undoLabel !== null;
  const hasRedo = undoState.redoLabel !== null;
  useLayoutEffect(() => {
    const now = document.activeElement;
    for (const [own, other] of [
      [undoButton.current, redoButton.current],
      [redoButton.current, undoButton.current],
    ] as const)
      if (own && own === now && own.disabled) (other && !other.disabled ? other : tabRefs.current.get(tab))?.focus();
  }, [hasUndo, hasRedo, tab]);

  useEffect(() => {
    void loadStatuses(coder).catch(() => {
      // The list simply shows no status; the next refresh tries again.
    });
  }, [coder, refreshSeq]);

  const showToast = (what: 'undo' | 'redo', label: string) =>
    setToast(`${what === 'undo' ? 'Undone' : 'Redone'}: ${label}`);
  useUndoShortcuts(showToast);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(null), 4000);
    return () => clearTimeout(t);
  }, [toast]);

  const choose = (id: CodingTab, focus: boolean) => {
    setTab(id);
    if (focus) requestAnimationFrame(() => tabRefs.current.get(id)?.focus());
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      // e.code, not e.key: on a Mac, Alt+1 types "¡".
      const t = TABS.find((x) => e.code === `Digit${x.key}`);
      if (!t || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      setTab(t.id);
      requestAnimationFrame(() => tabRefs.current.get(t.id)?.focus());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // In the command palette and the generated shortcut sheet.
  const { transcriptId, coderId } = owner;
  const commands = useMemo<Command[]>(() => {
    const who = { transcriptId, coderId };
    const ignore = () => {
      // reported by the save indicator and error banner
    };
    return [
      ...TABS.map((t) => ({
        id: `coding-panel.${t.id}`,
        title: `Show ${t.label === 'Codes' ? 'the codes' : t.label === 'Memo' ? 'the memo' : t.label === 'Scores' ? 'the score sheet' : 'the classification'}`,
        group: 'Coding panel',
        keys: [`Alt+${t.key}`],
        run: () => setTab(t.id),
      })),
      {
        id: 'edit.undo',
        title: 'Undo the last coding action',
        group: 'Edit',
        keys: ['Mod+Z'],
        run: () => void undo().catch(ignore),
      },
      {
        id: 'edit.redo',
        title: 'Redo',
        group: 'Edit',
        keys: ['Mod+Shift+Z', 'Mod+Y'],
        run: () => void redo().catch(ignore),
      },
      ...(['not-started', 'in-progress', 'complete'] as const).map((s) => ({
        id: `status.${s}`,
        title: `Mark this transcript ${STATUS_LABELS[s].toLowerCase()}`,
        group: 'Coding panel',
        keywords: ['status', 'progress', 'done'],
        run: () => setStatus(who, s).catch(ignore),
      })),
      {
        id: 'score-sheet.step',
        title: 'Step a rating by the scale’s step (type 4.5, or N for not rateable)',
        group: 'Score sheet',
        keys: ['↑', '↓'],
        sheetOnly: true,
        run: () => {},
      },
      {
        id: 'score-sheet.detail',
        title: 'From a rating field: its whole scale, note and linked highlights (Esc goes back to the field)',
        group: 'Score sheet',
        keys: ['Alt+Enter'],
        sheetOnly: true,
        run: () => {},
      },
      {
        id: 'codebook.reorder',
        title: 'Move the selected code up or down in the codebook editor',
        group: 'Codebook',
        keys: ['Alt+↑', 'Alt+↓'],
        sheetOnly: true,
        run: () => {},
      },
      ...(onOpenCodebook
        ? [
            {
              id: 'codebook.edit',
              title: 'Edit the codebook',
              group: 'Codebook',
              keywords: ['import', 'export', 'hotkeys', 'codes'],
              run: onOpenCodebook,
            },
          ]
        : []),
    ];
  }, [transcriptId, coderId, onOpenCodebook]);
  useRegisterCommands(commands);

  const onTabKey = (e: ReactKeyboardEvent) => {
    const next = nextTabIndex(
      e.key,
      TABS.findIndex((t) => t.id === tab),
      TABS.length,
    );
    if (next === null) return;
    e.preventDefault();
    choose(TABS[next]!.id, true);
  };

  const run = (what: 'undo' | 'redo') =>
    void (what === 'undo' ? undo() : redo()).then(
      (label) => label && showToast(what, label),
      () => {
        // reported by the save indicator and error banner
      },
    );

  const data = entry.status === 'ready' ? entry.data : null;
  let body: ReactNode;
  if (tab === 'codes') body = codes;
  else if (entry.status === 'failed') body = <p className="inline-error">{entry.message}</p>;
  else if (!data) body = <p className="muted small pad">Loading…</p>;
  else if (tab === 'scores')
    body = (
      <ScoreSheet
        key={owner.transcriptId}
        owner={owner}
        codebook={codebook}
        data={data}
        annotations={annotations}
        text={text}
        lookOf={lookOf}
        onJump={onJump}
      />
    );
  else if (tab === 'classification')
    body = (
      <ClassificationPanel
        key={owner.transcriptId}
        owner={owner}
        scheme={codebook.classification}
        classification={data.classification}
        events={data.events}
        ratings={data.ratings}
        scales={codebook.scales}
      />
    );
  else body = <MemoPanel key={owner.transcriptId} owner={owner} memo={data.memo} />;

  return (
    <div className="coding-panel" data-wide={tab === 'scores' || undefined}>
      <div className="coding-tabs-bar">
        <div className="coding-tabs" role="tablist" aria-label="Coding panels" onKeyDown={onTabKey}>
          {TABS.map((t) => (
            <button
              key={t.id}
              ref={(el) => {
                if (el) tabRefs.current.set(t.id, el);
                else tabRefs.current.delete(t.id);
              }}
              type="button"
              role="tab"
              id={`coding-tab-${t.id}`}
              aria-selected={t.id === tab}
              aria-controls="coding-tabpanel"
              aria-keyshortcuts={`Alt+${t.key}`}
              tabIndex={t.id === tab ? 0 : -1}
              className="coding-tab"
              // The full label names the tab whichever form a narrow panel shows.
              aria-label={t.short ? t.label : undefined}
              title={`${t.label} (Alt+${t.key})`}
              onClick={() => choose(t.id, false)}
            >
              {t.short ? (
                <>
                  <span className="tab-label-long">{t.label}</span>
                  <span className="tab-label-short">{t.short}</span>
                </>
              ) : (
                t.label
              )}
            </button>
          ))}
        </div>
        <div className="undo-buttons">
          <button
            ref={undoButton}
            type="button"
            className="cp-icon-btn"
            disabled={!hasUndo}
            aria-disabled={undoState.busy || undefined}
            onClick={() => run('undo')}
            title={undoState.undoLabel ? `Undo ${undoState.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
            aria-label={undoState.undoLabel ? `Undo ${undoState.undoLabel}` : 'Undo'}
          >
            ↶
          </button>
          <button
            ref={redoButton}
            type="button"
            className="cp-icon-btn"
            disabled={!hasRedo}
            aria-disabled={undoState.busy || undefined}
            onClick={() => run('redo')}
            title={undoState.redoLabel ? `Redo ${undoState.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
            aria-label={undoState.redoLabel ? `Redo ${undoState.redoLabel}` : 'Redo'}
          >
            ↷
          </button>
        </div>
      </div>
      <p className="undo-toast" role="status" aria-live="polite" data-visible={toast ? 'true' : undefined}>
        {toast}
      </p>
      <div className="coding-tabpanel" id="coding-tabpanel" role="tabpanel" aria-labelledby={`coding-tab-${tab}`}>
        {body}
      </div>
    </div>
  );
}
