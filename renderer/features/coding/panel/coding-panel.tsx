import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { Annotation } from '../../../../shared/api/annotation.ts';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { useCoding, type Owner } from '../../../state/coding-data.ts';
import { ClassificationPanel } from '../../classification/index.ts';
import { ScoreSheet } from '../../score-sheet/index.ts';
import type { CodeLook } from '../../transcript/index.ts';
import { CodingTabs, type CodingTab } from './coding-tabs.tsx';
import { MemoPanel } from './memo-panel.tsx';
import { UndoButtons } from './undo-buttons.tsx';
import { usePanelCommands } from './use-panel-commands.ts';
import { useTabKeys } from './use-tab-keys.ts';
import { useUndoToast } from './use-undo-toast.ts';

interface Props {
  owner: Owner;
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
  /** Only the tab strip shows (the highlight panel above takes the room); choosing a tab opens it. */
  collapsed?: boolean;
  onToggleCollapsed?: () => void;
  onExpand?: () => void;
}

/**
 * The right-hand panel for the open transcript: Codes, Scores, Classification and Memo tabs.
 * Alt+1…4 switch tabs from anywhere (single letters are code hotkeys); arrow keys move along the
 * tab strip. The score sheet needs the room of three rating columns, so the panel widens for it.
 */
export function CodingPanel(props: Props) {
  const { owner, codebook, refreshSeq } = props;
  const [tab, setTab] = useState<CodingTab>('codes');
  const entry = useCoding(owner, refreshSeq);
  const tabRefs = useRef(new Map<CodingTab, HTMLButtonElement>());
  const { toast, run } = useUndoToast();

  const { onExpand } = props;
  const choose = useCallback(
    (id: CodingTab, focus: boolean) => {
      setTab(id);
      onExpand?.();
      if (focus) requestAnimationFrame(() => tabRefs.current.get(id)?.focus());
    },
    [onExpand],
  );
  useTabKeys(useCallback((id: CodingTab) => choose(id, true), [choose]));
  usePanelCommands(owner, setTab, props.onOpenCodebook);
  const fallbackFocus = useCallback(() => tabRefs.current.get(tab), [tab]);

  const data = entry.status === 'ready' ? entry.data : null;
  let body: ReactNode;
  if (tab === 'codes') body = props.codes;
  else if (entry.status === 'failed') body = <p className="inline-error">{entry.message}</p>;
  else if (!data) body = <p className="muted small pad">Loading…</p>;
  else if (tab === 'scores')
    body = (
      <ScoreSheet
        key={owner.transcriptId}
        owner={owner}
        codebook={codebook}
        data={data}
        annotations={props.annotations}
        text={props.text}
        lookOf={props.lookOf}
        onJump={props.onJump}
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
    <div
      className="coding-panel"
      data-wide={tab === 'scores' || undefined}
      data-collapsed={props.collapsed || undefined}
    >
      <div className="coding-tabs-bar">
        <CodingTabs tab={tab} onChoose={choose} tabRefs={tabRefs} />
        <div className="coding-tabs-tools">
          <UndoButtons onRun={run} fallbackFocus={fallbackFocus} />
          {props.onToggleCollapsed && (
            <button
              type="button"
              className="cp-icon-btn"
              onClick={props.onToggleCollapsed}
              aria-expanded={!props.collapsed}
              aria-controls="coding-tabpanel"
              aria-label={props.collapsed ? 'Show the coding panel' : 'Collapse the coding panel'}
              title={props.collapsed ? 'Show the coding panel' : 'Collapse the coding panel'}
            >
              <span aria-hidden="true">{props.collapsed ? '▴' : '▾'}</span>
            </button>
          )}
        </div>
      </div>
      <p className="undo-toast" role="status" aria-live="polite" data-visible={toast ? 'true' : undefined}>
        {toast}
      </p>
      <div
        className="coding-tabpanel"
        id="coding-tabpanel"
        role="tabpanel"
        aria-labelledby={`coding-tab-${tab}`}
        hidden={props.collapsed}
      >
        {body}
      </div>
    </div>
  );
}
