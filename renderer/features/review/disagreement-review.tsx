import { useMemo, useState } from 'react';
import type { DisagreementKind } from '../../../shared/reliability/types.ts';
import type { CodeLook } from '../transcript/index.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { ViewNotice } from '../../ui/view-notice.tsx';
import { DisagreementList, KINDS } from './disagreement-list.tsx';
import { markHighlights } from './review-marks.ts';
import { ReviewPrint } from './review-print.tsx';
import { ReviewBar } from './review-bar.tsx';
import { ReviewColumns } from './review-columns.tsx';
import { useReviewChoices } from './use-review-choices.ts';
import { usePassageJump } from './use-passage-jump.ts';
import { useReviewData } from './use-review-data.ts';

/**
 * Two or more coders' highlights side by side on one transcript, differences marked, and the list
 * of disagreements (from the agreement service) where each entry scrolls the columns to its passage.
 */
export function DisagreementReview({ project, data }: ViewProps) {
  const s = data.settings;
  const blind = s.blindMode && !s.revealed && s.revealedTranscripts.length === 0;
  const raters = useMemo(() => data.coders.filter((c) => c.role !== 'consensus'), [data.coders]);
  const { transcriptId, setTranscriptId, coderIds, setCoderIds, pendingJump } = useReviewChoices(
    { project, data },
    raters,
  );
  const [kinds, setKinds] = useState<Set<DisagreementKind>>(() => new Set(KINDS));
  const [current, setCurrent] = useState<number | null>(null);
  const chosen = useMemo(() => data.coders.filter((c) => coderIds.has(c.id)).map((c) => c.id), [data.coders, coderIds]);
  const { loaded, error, loading } = useReviewData({ blind, transcriptId, chosen, onLoaded: () => setCurrent(null) });

  const { flash, scroller, jump } = usePassageJump(loaded, pendingJump);

  const codes = data.codebook.codebook.codes;
  const lookOf = useMemo(() => {
    const map = new Map(codes.map((c) => [c.id, { color: c.color, label: c.label } satisfies CodeLook]));
    return (codeId: string): CodeLook => map.get(codeId) ?? { color: '#888888', label: codeId };
  }, [codes]);
  const highlights = useMemo(
    () =>
      loaded
        ? loaded.annotations.map((a) => ({
            id: a.id,
            coderId: a.coderId,
            codeId: a.codeId,
            start: a.start,
            end: a.end,
          }))
        : [],
    [loaded],
  );
  const marks = useMemo(() => markHighlights(highlights, loaded?.disagreements ?? []), [highlights, loaded]);
  const columnCoders = useMemo(
    () => (loaded ? loaded.coderIds.map((id) => data.coders.find((c) => c.id === id)!).filter(Boolean) : []),
    [loaded, data.coders],
  );

  if (blind) {
    return (
      <div className="mc-page">
        <h1 className="mc-title">Disagreement review</h1>
        <ViewNotice title="Blind coding is on" tone="locked">
          The review shows coders’ work side by side, so it waits until the lead reveals the coding. Until then each
          coder sees only their own.
        </ViewNotice>
      </div>
    );
  }

  return (
    <div className="review">
      <ReviewBar
        transcripts={data.transcripts}
        transcriptId={transcriptId}
        onTranscript={setTranscriptId}
        coders={raters.concat(data.coders.filter((c) => c.role === 'consensus'))}
        coderIds={coderIds}
        onCoderIds={setCoderIds}
        actions={<ReviewPrint transcriptId={transcriptId} coderIds={chosen} />}
      />
      {chosen.length < 2 && (
        <ViewNotice title="Choose two or more coders">The review compares coders: tick at least two above.</ViewNotice>
      )}
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
      {loading && !loaded && <p className="muted pad">Loading…</p>}
      {loaded && (
        <div className="review-body">
          <div
            className="review-scroll"
            ref={scroller}
            tabIndex={0}
            role="region"
            aria-label="Coders' highlights side by side"
          >
            <ReviewColumns
              text={loaded.transcript.text}
              coders={columnCoders}
              highlights={highlights}
              marks={marks}
              lookOf={lookOf}
              flash={flash}
              header={(c) => {
                const k = loaded.classifications[c.id];
                const n = loaded.annotations.filter((a) => a.coderId === c.id).length;
                return (
                  <>
                    <strong>{c.name}</strong>
                    <span className="muted small">
                      {n} highlight{n === 1 ? '' : 's'} ·{' '}
                      {k ? `${k.subtype ?? k.primary}${k.alternative ? `/${k.alternative}` : ''}` : 'not classified'}
                    </span>
                  </>
                );
              }}
            />
          </div>
          <DisagreementList
            disagreements={loaded.disagreements}
            text={loaded.transcript.text}
            kinds={kinds}
            onKinds={setKinds}
            current={current}
            onChoose={(i, d) => {
              setCurrent(i);
              if (d.start !== null && d.end !== null) jump(d.start, d.end);
            }}
          />
        </div>
      )}
    </div>
  );
}
