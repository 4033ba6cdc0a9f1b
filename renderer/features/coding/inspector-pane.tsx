import { useRef } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import { Splitter } from '../../ui/splitter/splitter.tsx';
import { HighlightDetails } from '../highlights/index.ts';
import { CodingPanel } from './panel/coding-panel.tsx';
import { SelectionCodePanel } from './panel/selection-code-panel.tsx';
import type { CodingController } from './use-coding-controller.ts';
import { useInspectorLayout } from './use-inspector-layout.ts';

interface Props {
  c: CodingController;
  coder: Coder;
  refreshSeq: number;
  onOpenCodebook: () => void;
}

/**
 * The right of the coding view: hints, the open highlights' details, and the coding panel. Its left edge
 * and the line between the highlight and the coding panel are drag handles (and keyboard separators);
 * each panel collapses to its heading.
 */
export function InspectorPane({ c, coder, refreshSeq, onOpenCodebook }: Props) {
  const { data, highlights, looks, view } = c;
  const { codebook, transcript, annotations } = data;
  const openSummary = data.transcripts?.find((t) => t.id === data.selectedId);
  const aside = useRef<HTMLElement>(null);
  const detailsBox = useRef<HTMLDivElement>(null);
  const showDetails = highlights.activeAnnotations.length > 0 && !!codebook && !!transcript;
  const showPanel = !!codebook && !!openSummary && !!transcript;
  const lay = useInspectorLayout(aside, detailsBox, showDetails, showPanel);
  return (
    <aside className="inspector" aria-label="Coding panel" ref={aside}>
      <Splitter
        label="Resize the coding panel"
        orientation="vertical"
        className="inspector-edge"
        value={lay.width.value}
        min={lay.width.min}
        max={lay.width.max}
        direction={-1}
        onChange={lay.width.set}
        onReset={lay.width.reset}
      />
      {c.notice && (
        <p className="notice" role="status">
          {c.notice}
        </p>
      )}
      {showDetails && (
        <div
          className="inspector-details"
          ref={detailsBox}
          style={lay.detailsStyle}
          data-fill={lay.panelCollapsed || !showPanel || undefined}
        >
          <HighlightDetails
            annotations={highlights.activeAnnotations}
            codebook={c.displayCodebook ?? codebook.codebook}
            coderName={coder.name}
            text={transcript.text}
            events={c.events}
            collapsed={lay.highlightCollapsed}
            onToggleCollapsed={lay.toggleHighlight}
            onLink={async (a, patch, label) => void (await c.actions.update(a, patch, label))}
            onSaveNote={highlights.saveNote}
            onDelete={highlights.deleteAnnotation}
            onReveal={(a) => view.select({ start: a.start, end: a.end })}
            onClose={highlights.close}
          />
        </div>
      )}
      {lay.height.shown && (
        <Splitter
          label="Resize the highlight panel"
          orientation="horizontal"
          value={lay.height.value}
          min={lay.height.min}
          max={lay.height.max}
          direction={1}
          onChange={lay.height.set}
          onReset={lay.height.reset}
        />
      )}
      {showPanel && (
        <CodingPanel
          owner={{ transcriptId: transcript.id, coderId: coder.id }}
          codebook={codebook.codebook}
          annotations={annotations}
          text={transcript.text}
          lookOf={looks.lookOf}
          onJump={(a) => view.showPassage({ start: a.start, end: a.end })}
          refreshSeq={refreshSeq}
          onOpenCodebook={onOpenCodebook}
          collapsed={lay.panelCollapsed}
          onToggleCollapsed={lay.togglePanel}
          onExpand={lay.expandPanel}
          codes={
            <SelectionCodePanel
              codebook={codebook.codebook}
              text={transcript.text}
              selection={c.selection.store}
              onTag={(id) => void c.tagging.tag(id)}
            />
          }
        />
      )}
      {codebook && !openSummary && <p className="muted small pad">Open a transcript to start tagging.</p>}
    </aside>
  );
}
