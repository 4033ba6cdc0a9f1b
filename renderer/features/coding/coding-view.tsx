import { useCallback, useLayoutEffect, useRef, type CSSProperties } from 'react';
import type { MenuCommand } from '../../../shared/api/app.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { ProjectSummary } from '../../../shared/api/project.ts';
import { usePanelLayout } from '../../state/prefs.ts';
import { canEditShared, SectionsOutline } from '../sections/index.ts';
import { CodingOverlays } from './coding-overlays.tsx';
import { CodingStatusBadge } from './coding-status-badge.tsx';
import { InspectorPane } from './inspector-pane.tsx';
import { ReaderPane } from './reader/reader-pane.tsx';
import { useCodingShortcuts } from './tools/use-coding-shortcuts.ts';
import { TranscriptSidebar } from './transcript-sidebar.tsx';
import { useCodingController } from './use-coding-controller.ts';

interface Props {
  project: ProjectSummary;
  coder: Coder;
  refreshSeq: number;
  menuCommand: { command: MenuCommand; seq: number } | null;
  /** Opens the codebook editor (the app's; offered in the command palette too). Stable. */
  onOpenCodebook: () => void;
  onShowShortcuts: () => void;
}

/**
 * The Coding view: transcripts and their sections (left), the open transcript (middle), the open
 * highlights and the coding panel (right), and the tools that open over them. The app puts it under
 * its header; files dropped anywhere on it open in the import dialog.
 */
export function CodingView({ project, coder, refreshSeq, menuCommand, onOpenCodebook, onShowShortcuts }: Props) {
  const c = useCodingController(project.path, coder, refreshSeq);
  useCodingShortcuts(c, menuCommand, onShowShortcuts);
  const { data, structure, importer } = c;
  const { transcript } = data;
  const { sections } = structure;
  const { inspectorWidth } = usePanelLayout();
  // The list is memoised: it gets callbacks that keep their identity (the latest selectTranscript runs).
  const select = useRef(c.selectTranscript);
  useLayoutEffect(() => {
    select.current = c.selectTranscript;
  });
  const onSelect = useCallback((id: string) => select.current(id), []);
  const renderStatus = useCallback(
    (id: string) => <CodingStatusBadge transcriptId={id} coderId={coder.id} />,
    [coder.id],
  );
  return (
    <>
      <div
        className="workspace-body"
        style={inspectorWidth ? ({ '--inspector-w': `${inspectorWidth}px` } as CSSProperties) : undefined}
        onDragOver={(e) => {
          if (e.dataTransfer.types.includes('Files')) e.preventDefault();
        }}
        onDrop={(e) => {
          const files = [...e.dataTransfer.files];
          if (files.length === 0) return;
          e.preventDefault();
          void importer.importFiles(files);
        }}
      >
        <TranscriptSidebar
          ref={importer.sidebar}
          transcripts={data.transcripts}
          selectedId={data.selectedId}
          onSelect={onSelect}
          onImportFiles={(f) => void importer.importFiles(f)}
          importing={importer.importing}
          renderStatus={renderStatus}
        >
          {transcript && sections && (
            <SectionsOutline
              key={transcript.id}
              transcriptId={transcript.id}
              text={transcript.text}
              turns={data.structure?.turns ?? []}
              sections={sections}
              canEdit={canEditShared(coder)}
              onJump={(at) => c.view.showPassage({ start: at, end: at })}
            />
          )}
        </TranscriptSidebar>
        <ReaderPane c={c} coder={coder} refreshSeq={refreshSeq} />
        <InspectorPane c={c} coder={coder} refreshSeq={refreshSeq} onOpenCodebook={onOpenCodebook} />
      </div>
      <CodingOverlays c={c} coder={coder} />
    </>
  );
}
