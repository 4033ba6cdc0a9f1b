import { useMemo } from 'react';
import type { Annotation } from '../../../../shared/api/annotation.ts';
import type { Coder } from '../../../../shared/api/coder.ts';
import type { Transcript } from '../../../../shared/api/transcript.ts';
import type { Codebook } from '../../../../shared/codebook/codebook-schema.ts';
import { HighlightFilter } from '../../highlights/index.ts';
import { TranscriptMetadata } from '../../metadata/index.ts';
import { CodingStatusControl } from '../coding-status.tsx';

interface Props {
  transcript: Transcript;
  /** This coder's highlights on it. */
  annotations: readonly Annotation[];
  coder: Coder;
  refreshSeq: number;
  /** The codebook the filter lists (null while loading: no filter yet). */
  codebook: Codebook | null;
  hiddenCodes: ReadonlySet<string>;
  onHiddenCodesChange: (hidden: ReadonlySet<string>) => void;
  filterOpen: boolean;
  onFilterOpenChange: (open: boolean) => void;
}

const fmt = new Intl.NumberFormat();

/** Above the text: title, size and source, this coder's highlight count, metadata, coding status and the filter. */
export function ReaderHead({ transcript, annotations, coder, refreshSeq, codebook, ...filter }: Props) {
  const codeCounts = useMemo(() => {
    const m = new Map<string, number>();
    for (const a of annotations) m.set(a.codeId, (m.get(a.codeId) ?? 0) + 1);
    return m;
  }, [annotations]);
  return (
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
          codebook={codebook}
          hidden={filter.hiddenCodes}
          onChange={filter.onHiddenCodesChange}
          counts={codeCounts}
          open={filter.filterOpen}
          onOpenChange={filter.onFilterOpenChange}
        />
      )}
    </header>
  );
}
