import type { Coder } from '../../../shared/api/coder.ts';
import { HighlightDetails } from '../highlights/index.ts';
import { CodingPanel } from './panel/coding-panel.tsx';
import { SelectionCodePanel } from './panel/selection-code-panel.tsx';
import type { CodingController } from './use-coding-controller.ts';

interface Props {
  c: CodingController;
  coder: Coder;
  refreshSeq: number;
  onOpenCodebook: () => void;
}

/** The right of the coding view: hints, the open highlights' details, and the coding panel. */
export function InspectorPane({ c, coder, refreshSeq, onOpenCodebook }: Props) {
  const { data, highlights, looks, view } = c;
  const { codebook, transcript, annotations } = data;
  const openSummary = data.transcripts?.find((t) => t.id === data.selectedId);
  return (
    <aside className="inspector" aria-label="Coding panel">
      {c.notice && (
        <p className="notice" role="status">
          {c.notice}
        </p>
      )}
      {highlights.activeAnnotations.length > 0 && codebook && transcript && (
        <HighlightDetails
          annotations={highlights.activeAnnotations}
          codebook={c.displayCodebook ?? codebook.codebook}
          coderName={coder.name}
          text={transcript.text}
          events={c.events}
          onLink={async (a, patch, label) => void (await c.actions.update(a, patch, label))}
          onSaveNote={highlights.saveNote}
          onDelete={highlights.deleteAnnotation}
          onReveal={(a) => view.select({ start: a.start, end: a.end })}
          onClose={highlights.close}
        />
      )}
      {codebook && openSummary && transcript && (
        <CodingPanel
          owner={{ transcriptId: transcript.id, coderId: coder.id }}
          coder={coder}
          codebook={codebook.codebook}
          annotations={annotations}
          text={transcript.text}
          lookOf={looks.lookOf}
          onJump={(a) => view.showPassage({ start: a.start, end: a.end })}
          refreshSeq={refreshSeq}
          onOpenCodebook={onOpenCodebook}
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
