import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Classification } from '../../../shared/api/classification.ts';
import type { Transcript } from '../../../shared/api/transcript.ts';
import type { Disagreement, DisagreementKind } from '../../../shared/reliability/types.ts';
import { errorMessage, send } from '../../api/client.ts';
import type { CodeLook } from '../transcript/index.ts';
import { rememberedTranscriptId } from '../../state/coder-memory.ts';
import { markHighlights } from './review-marks.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { useReviewTarget } from '../../state/view.ts';
import { KIND_LABELS } from '../agreement/index.ts';
import { ReviewColumns } from './review-columns.tsx';
import { ViewNotice } from '../../ui/view-notice.tsx';

interface Loaded {
  transcript: Transcript;
  coderIds: string[];
  annotations: Annotation[];
  classifications: Record<string, Classification | null>;
  disagreements: Disagreement[];
}

const KINDS: DisagreementKind[] = ['classification', 'scale', 'span-only-one-coder', 'different-codes-same-span'];

/**
 * Two or more coders' highlights side by side on one transcript, differences marked, and the list
 * of disagreements (from the agreement service) where each entry scrolls the columns to its passage.
 */
export function DisagreementReview({ project, data }: ViewProps) {
  const target = useReviewTarget();
  const s = data.settings;
  const blind = s.blindMode && !s.revealed;
  const raters = useMemo(() => data.coders.filter((c) => c.role !== 'consensus'), [data.coders]);
  const [transcriptId, setTranscriptId] = useState<string>(() => {
    const open = target?.transcriptId ?? rememberedTranscriptId(project.path);
    return data.transcripts.find((t) => t.id === open)?.id ?? data.transcripts[0]?.id ?? '';
  });
  const [coderIds, setCoderIds] = useState<Set<string>>(
    () => new Set(target?.coderIds?.length ? target.coderIds : raters.map((c) => c.id)),
  );
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [kinds, setKinds] = useState<Set<DisagreementKind>>(() => new Set(KINDS));
  const [flash, setFlash] = useState<{ start: number; end: number; seq: number } | null>(null);
  const [current, setCurrent] = useState<number | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const pendingJump = useRef<{ start: number; end: number } | null>(
    target?.start != null && target.end != null ? { start: target.start, end: target.end } : null,
  );
  const selectId = useId();

  // A disagreement clicked on the dashboard: switch to its transcript and passage.
  useEffect(() => {
    if (!target) return;
    setTranscriptId(target.transcriptId);
    if (target.coderIds?.length) setCoderIds(new Set(target.coderIds));
    pendingJump.current = target.start != null && target.end != null ? { start: target.start, end: target.end } : null;
  }, [target]);

  const chosen = useMemo(() => data.coders.filter((c) => coderIds.has(c.id)).map((c) => c.id), [data.coders, coderIds]);
  const chosenKey = chosen.join(',');

  useEffect(() => {
    if (blind || !transcriptId || chosen.length < 2) {
      setLoaded(null);
      return;
    }
    let live = true;
    setLoading(true);
    setError(null);
    void (async () => {
      try {
        const [transcript, lists, classes, agreement] = await Promise.all([
          send('transcript-get', { id: transcriptId }),
          Promise.all(chosen.map((c) => send('annotation-list', { transcriptId, coderId: c }))),
          Promise.all(chosen.map((c) => send('classification-get', { transcriptId, coderId: c }))),
          send('agreement-compute', { transcriptIds: [transcriptId], coderIds: chosen }),
        ]);
        if (!live) return;
        setLoaded({
          transcript,
          coderIds: chosen,
          annotations: lists.flat(),
          classifications: Object.fromEntries(chosen.map((c, i) => [c, classes[i] ?? null])),
          disagreements: agreement.disagreements,
        });
        setCurrent(null);
      } catch (e) {
        if (live) {
          setError(errorMessage(e));
          setLoaded(null);
        }
      } finally {
        if (live) setLoading(false);
      }
    })();
    return () => {
      live = false;
    };
    // chosenKey stands for chosen (a new array each render).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [blind, transcriptId, chosenKey]);

  const jump = (start: number, end: number) => {
    setFlash((f) => ({ start, end, seq: (f?.seq ?? 0) + 1 }));
    const root = scroller.current;
    if (!root || !loaded) return;
    // The line holding the passage's start: the count of line feeds before it.
    let line = 0;
    for (
      let i = loaded.transcript.text.indexOf('\n');
      i !== -1 && i < start;
      i = loaded.transcript.text.indexOf('\n', i + 1)
    )
      line++;
    root.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  useEffect(() => {
    const j = pendingJump.current;
    if (!loaded || !j) return;
    pendingJump.current = null;
    requestAnimationFrame(() => jump(j.start, j.end));
    // jump reads the loaded transcript just set.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

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
  const shown = (loaded?.disagreements ?? []).map((d, i) => ({ d, i })).filter(({ d }) => kinds.has(d.kind));

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
      <div className="review-bar">
        <label className="field-label" htmlFor={selectId}>
          Transcript
        </label>
        <select
          id={selectId}
          className="input review-select"
          value={transcriptId}
          onChange={(e) => setTranscriptId(e.target.value)}
        >
          {data.transcripts.map((t) => (
            <option key={t.id} value={t.id}>
              {t.title}
            </option>
          ))}
        </select>
        <div className="review-coders" role="group" aria-label="Coders to compare">
          {raters.concat(data.coders.filter((c) => c.role === 'consensus')).map((c) => (
            <label key={c.id} className="pill-check">
              <input
                type="checkbox"
                checked={coderIds.has(c.id)}
                onChange={() =>
                  setCoderIds((cur) => {
                    const next = new Set(cur);
                    if (next.has(c.id)) next.delete(c.id);
                    else next.add(c.id);
                    return next;
                  })
                }
              />
              {c.name}
            </label>
          ))}
        </div>
        <span className="review-legend" aria-label="Legend">
          <span className="legend-item">
            <span className="legend-swatch legend-swatch--only-one" /> only this coder
          </span>
          <span className="legend-item">
            <span className="legend-swatch legend-swatch--different-code" /> different codes
          </span>
        </span>
      </div>
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
          <div className="review-scroll" ref={scroller}>
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
          <aside className="review-side" aria-label="Disagreements">
            <div className="review-side-head">
              <h2 className="dash-h">Disagreements</h2>
              <span className="count-pill">{loaded.disagreements.length}</span>
            </div>
            <div className="kind-filters" role="group" aria-label="Show kinds">
              {KINDS.map((k) => {
                const n = loaded.disagreements.filter((d) => d.kind === k).length;
                return (
                  <label key={k} className="pill-check small">
                    <input
                      type="checkbox"
                      checked={kinds.has(k)}
                      onChange={() =>
                        setKinds((cur) => {
                          const next = new Set(cur);
                          if (next.has(k)) next.delete(k);
                          else next.add(k);
                          return next;
                        })
                      }
                    />
                    {KIND_LABELS[k]} ({n})
                  </label>
                );
              })}
            </div>
            {loaded.disagreements.length === 0 ? (
              <p className="muted small pad">These coders agree on everything Attune compares here.</p>
            ) : (
              <ul className="dis-list" aria-label="Disagreement list">
                {shown.map(({ d, i }) => (
                  <li key={i}>
                    <button
                      type="button"
                      className={`dis-item${current === i ? ' dis-item--current' : ''}`}
                      aria-current={current === i ? 'true' : undefined}
                      data-kind={d.kind}
                      onClick={() => {
                        setCurrent(i);
                        if (d.start !== null && d.end !== null) jump(d.start, d.end);
                      }}
                    >
                      <span className={`kind-pill kind-pill--${d.kind}`}>{KIND_LABELS[d.kind]}</span>
                      <span className="dis-detail">{d.detail}</span>
                      {d.start !== null && (
                        <span className="dis-quote">
                          “{loaded.transcript.text.slice(d.start, Math.min(d.end ?? d.start, d.start + 90))}
                          {(d.end ?? 0) - d.start > 90 ? '…' : ''}”
                        </span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}
