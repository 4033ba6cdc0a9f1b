import { useRef } from 'react';
import type { Coder } from '../../../../shared/api/coder.ts';
import { FindBar } from '../../find/index.ts';
import { TranscriptEditor } from '../../transcript/index.ts';
import type { CodingController } from '../use-coding-controller.ts';
import { ReaderEmpty } from './reader-empty.tsx';
import { ReaderHead } from './reader-head.tsx';
import { useEditorProps } from './use-editor-props.ts';
import { useReadingPlace } from './use-reading-place.ts';

interface Props {
  c: CodingController;
  coder: Coder;
  refreshSeq: number;
}

/** The middle of the coding view: the open transcript (find bar, head, text) or what to do without one. */
export function ReaderPane({ c, coder, refreshSeq }: Props) {
  const { data, find, tools, structure, looks, highlights } = c;
  const { transcript, loadError } = data;
  const editorProps = useEditorProps(c);
  const pane = useRef<HTMLElement>(null);
  useReadingPlace(pane, transcript?.id ?? null, c.view);
  return (
    <main className="reader" aria-label="Transcript" ref={pane}>
      {loadError && (
        <div className="inline-error" role="alert">
          {loadError}
        </div>
      )}
      {transcript && find.open && (
        <FindBar
          query={find.query}
          onQueryChange={find.changeQuery}
          count={find.find.matches.length}
          current={find.find.current}
          onNext={() => find.step(1)}
          onPrevious={() => find.step(-1)}
          onClose={find.close}
          ref={find.bar}
        />
      )}
      {transcript ? (
        <article className="reader-page">
          <ReaderHead
            transcript={transcript}
            annotations={data.annotations}
            coder={coder}
            refreshSeq={refreshSeq}
            codebook={data.codebook ? (c.displayCodebook ?? data.codebook.codebook) : null}
            hiddenCodes={tools.hiddenCodes}
            onHiddenCodesChange={tools.setHiddenCodes}
            filterOpen={tools.filterOpen}
            onFilterOpenChange={tools.setFilterOpen}
          />
          <TranscriptEditor
            key={structure.viewKey}
            ref={c.view.ref}
            text={transcript.text}
            structure={structure.viewStructure}
            title={transcript.title}
            pending={c.tagging.pending}
            activeIds={highlights.activeSet}
            lookOf={looks.lookOf}
            hotkeys={looks.hotkeys}
            find={find.find}
            {...editorProps}
          />
        </article>
      ) : (
        <ReaderEmpty
          loading={data.transcripts === null || (data.selectedId !== null && !loadError)}
          onImport={c.importer.chooseFiles}
        />
      )}
    </main>
  );
}
