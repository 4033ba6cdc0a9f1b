import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { Classification } from '../../../shared/api/classification.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { ConsensusProvenance, ConsensusRecord } from '../../../shared/api/consensus.ts';
import type { Transcript } from '../../../shared/api/transcript.ts';
import { errorMessage, send } from '../../api/client.ts';
import { rememberedTranscriptId } from '../../state/coder-memory.ts';
import { tint } from '../../ui/color.ts';
import { eventLabel } from '../score-sheet/index.ts';
import { isPrivilegedRole } from '../../../shared/api/coder.ts';
import type { ViewProps } from '../../state/view-props.ts';
import { trackWrite } from '../../state/save-status.ts';
import { AcceptButton } from './accept-button.tsx';
import { ConsensusEvents } from './consensus-events.tsx';
import { ConsensusProvenanceTag } from './consensus-provenance.tsx';
import { RationaleField } from './rationale-field.tsx';
import { ViewNotice } from '../../ui/view-notice.tsx';

interface CoderWork {
  coder: Coder;
  classification: Classification | null;
  ratings: Rating[];
  annotations: Annotation[];
  events: LossEvent[];
}

interface Loaded {
  transcript: Transcript;
  consensus: ConsensusRecord;
  work: CoderWork[];
}

const classText = (c: Pick<Classification, 'primary' | 'subtype' | 'alternative'>) =>
  `${c.subtype ?? c.primary}${c.alternative ? `/${c.alternative}` : ''}`;
const ratingText = (r: Pick<Rating, 'value' | 'notRateable'>) => (r.notRateable ? 'not rateable' : String(r.value));

/**
 * The consensus record of one transcript, built by accepting items from the independent codings
 * (each with a rationale) or editing them. The independent codings are never changed.
 */
export function ConsensusBuilder({ project, coder, data }: ViewProps) {
  const s = data.settings;
  const allowed = isPrivilegedRole(coder.role);
  const blind = s.blindMode && !s.revealed;
  const [transcriptId, setTranscriptId] = useState<string>(() => {
    const open = rememberedTranscriptId(project.path);
    return data.transcripts.find((t) => t.id === open)?.id ?? data.transcripts[0]?.id ?? '';
  });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);
  const selectId = useId();
  const raters = useMemo(() => data.coders.filter((c) => c.role !== 'consensus'), [data.coders]);
  const cb = data.codebook.codebook;
  const nameOf = useCallback(
    (id: string | null) => data.coders.find((c) => c.id === id)?.name ?? 'another coder',
    [data.coders],
  );

  useEffect(() => {
    if (!allowed || blind || !transcriptId) return;
    let live = true;
    void (async () => {
      try {
        await send('consensus-start', {});
        const [transcript, consensus, work] = await Promise.all([
          send('transcript-get', { id: transcriptId }),
          send('consensus-get', { transcriptId }),
          Promise.all(
            raters.map(async (c) => {
              const [classification, ratings, annotations, events] = await Promise.all([
                send('classification-get', { transcriptId, coderId: c.id }),
                send('rating-list', { transcriptId, coderId: c.id }),
                send('annotation-list', { transcriptId, coderId: c.id }),
                send('event-list', { transcriptId, coderId: c.id }),
              ]);
              return { coder: c, classification, ratings, annotations, events };
            }),
          ),
        ]);
        if (!live) return;
        setLoaded({
          transcript,
          consensus,
          work: work.filter((w) => w.classification || w.ratings.length || w.annotations.length || w.events.length),
        });
        setError(null);
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [allowed, blind, transcriptId, raters, seq]);

  const act = async (what: string, call: Promise<unknown>) => {
    setError(null);
    try {
      await trackWrite(what, call);
      setSeq((n) => n + 1);
    } catch (e) {
      setError(errorMessage(e));
      throw e;
    }
  };

  if (!allowed)
    return (
      <div className="mc-page">
        <h1 className="mc-title">Consensus</h1>
        <ViewNotice title="For leads and trainers" tone="locked">
          A consensus coding is built in conference by a lead or trainer, from the independent codings (which stay as
          they are). You are coding as {coder.name} ({coder.role}); the consensus you may see appears in the review once
          it exists.
        </ViewNotice>
      </div>
    );
  if (blind)
    return (
      <div className="mc-page">
        <h1 className="mc-title">Consensus</h1>
        <ViewNotice title="Blind coding is on" tone="locked">
          A consensus compares coders’ work, which stays hidden until you reveal it in Project settings.
        </ViewNotice>
      </div>
    );

  const consensusId = loaded?.consensus.consensus.id;
  const provenance = (p: ConsensusProvenance) => <ConsensusProvenanceTag provenance={p} nameOf={nameOf} />;
  /** "Loss: grandmother (age 9)" for a highlight's event link, among its owner's events. */
  const linkedEvent = (eventId: string | null, events: readonly LossEvent[]) => {
    const i = eventId ? events.findIndex((e) => e.id === eventId) : -1;
    const ev = events[i];
    return ev ? <span className="muted small cs-hl-event">linked to {eventLabel(ev, i)}</span> : null;
  };

  const ratingKeys = loaded
    ? [
        ...new Map(
          [...loaded.work.flatMap((w) => w.ratings), ...loaded.consensus.ratings]
            .filter((r) => !r.target.startsWith('event:'))
            .map((r) => [`${r.scaleId}|${r.target}`, r]),
        ).values(),
      ]
    : [];
  const scaleLabel = (id: string) => cb.scales.find((x) => x.id === id)?.label ?? id;
  const codeOf = (id: string) => cb.codes.find((c) => c.id === id);
  const acceptedIds = new Set(loaded?.consensus.annotations.map((a) => a.origin?.item).filter(Boolean));
  const quote = (a: Annotation) => {
    const t = loaded!.transcript.text.slice(a.start, a.end);
    return t.length > 120 ? t.slice(0, 117) + '…' : t;
  };

  return (
    <div className="mc-page mc-page--wide consensus">
      <header className="mc-page-head">
        <div>
          <h1 className="mc-title">Consensus</h1>
          <p className="muted small">
            A separate record: accepting copies an item, with your rationale; the independent codings stay unchanged.
          </p>
        </div>
        <div className="field-row">
          <label className="field-label" htmlFor={selectId}>
            Transcript
          </label>
          <select
            id={selectId}
            className="input"
            value={transcriptId}
            onChange={(e) => setTranscriptId(e.target.value)}
          >
            {data.transcripts.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
      </header>
      {error && (
        <div className="inline-error" role="alert">
          {error}
        </div>
      )}
      {!loaded ? (
        <p className="muted">Loading…</p>
      ) : loaded.work.length === 0 ? (
        <ViewNotice title="Nothing to build from yet">No coder has coded this transcript.</ViewNotice>
      ) : (
        <>
          <section className="card cs-section" aria-labelledby="cs-class">
            <h2 className="card-title" id="cs-class">
              Classification
            </h2>
            <div
              className="cs-grid"
              style={{ gridTemplateColumns: `repeat(${loaded.work.length}, minmax(0, 1fr)) minmax(0, 1.4fr)` }}
            >
              {loaded.work.map((w) => (
                <div key={w.coder.id} className="cs-cell" data-testid={`cs-class-${w.coder.name}`}>
                  <span className="cs-who">{w.coder.name}</span>
                  {w.classification ? (
                    <>
                      <span className="cs-value">{classText(w.classification)}</span>
                      <AcceptButton
                        label="Accept"
                        name={`Accept ${w.coder.name}’s classification`}
                        onAccept={(rationale) =>
                          act(
                            'Accepting the classification',
                            send('consensus-accept', {
                              transcriptId,
                              source: { kind: 'classification', coderId: w.coder.id },
                              rationale,
                            }),
                          )
                        }
                      />
                    </>
                  ) : (
                    <span className="muted small">not classified</span>
                  )}
                </div>
              ))}
              <div className="cs-cell cs-cell--consensus" data-testid="cs-class-consensus">
                <span className="cs-who">Consensus</span>
                {loaded.consensus.classification ? (
                  <>
                    <span className="cs-edit-row">
                      <span className="cs-value">{classText(loaded.consensus.classification)}</span>
                      {cb.classification && consensusId && (
                        <select
                          className="input input-small cs-edit"
                          aria-label="Change the consensus classification"
                          value=""
                          onChange={(e) => {
                            const primary = e.target.value;
                            const cat = cb.classification?.primary.find((p) => p.id === primary);
                            const current = loaded.consensus.classification;
                            if (!cat || !current) return;
                            // An edit goes through the ordinary call; the service marks the item edited.
                            void act(
                              'Editing the consensus classification',
                              send('classification-set', {
                                transcriptId,
                                coderId: consensusId,
                                primary,
                                alternative: cat.requiresAlternative ? (current.alternative ?? null) : null,
                                note: current.note,
                              }),
                            ).catch(() => {});
                          }}
                        >
                          <option value="">Change…</option>
                          {cb.classification.primary.map((p) => (
                            <option key={p.id} value={p.id}>
                              {p.label}
                            </option>
                          ))}
                        </select>
                      )}
                    </span>
                    {provenance(loaded.consensus.classification)}
                    <RationaleField
                      key={`c-${loaded.consensus.classification.updatedAt}`}
                      label="Rationale for the consensus classification"
                      value={loaded.consensus.classification.rationale}
                      onSave={(rationale) =>
                        act(
                          'Saving the rationale',
                          send('consensus-set-rationale', {
                            transcriptId,
                            item: { kind: 'classification' },
                            rationale,
                          }),
                        )
                      }
                    />
                  </>
                ) : (
                  <span className="muted small">none yet: accept one</span>
                )}
              </div>
            </div>
          </section>

          <section className="card cs-section" aria-labelledby="cs-ratings">
            <h2 className="card-title" id="cs-ratings">
              Ratings
            </h2>
            {ratingKeys.length === 0 ? (
              <p className="muted small">
                {loaded.work.some((w) => w.ratings.some((r) => r.target.startsWith('event:')))
                  ? 'No ratings besides the unresolved ones, which are under Losses and traumas.'
                  : 'No ratings on this transcript.'}
              </p>
            ) : (
              <table className="data-table cs-table">
                <thead>
                  <tr>
                    <th scope="col">Scale</th>
                    {loaded.work.map((w) => (
                      <th scope="col" key={w.coder.id}>
                        {w.coder.name}
                      </th>
                    ))}
                    <th scope="col">Consensus</th>
                  </tr>
                </thead>
                <tbody>
                  {ratingKeys.map((k) => {
                    const cons = loaded.consensus.ratings.find((r) => r.scaleId === k.scaleId && r.target === k.target);
                    const vals = loaded.work.map((w) =>
                      w.ratings.find((r) => r.scaleId === k.scaleId && r.target === k.target),
                    );
                    return (
                      <tr key={`${k.scaleId}|${k.target}`}>
                        <th scope="row">
                          {scaleLabel(k.scaleId)}
                          {k.target !== 'transcript' && <span className="muted small"> · {k.target}</span>}
                        </th>
                        {loaded.work.map((w, i) => {
                          const r = vals[i];
                          return (
                            <td key={w.coder.id}>
                              {r ? (
                                <span className="cs-rating">
                                  <span className="cs-value">{ratingText(r)}</span>
                                  <AcceptButton
                                    label="Accept"
                                    name={`Accept ${w.coder.name}’s ${scaleLabel(k.scaleId)}`}
                                    onAccept={(rationale) =>
                                      act(
                                        'Accepting the rating',
                                        send('consensus-accept', {
                                          transcriptId,
                                          source: {
                                            kind: 'rating',
                                            coderId: w.coder.id,
                                            scaleId: k.scaleId,
                                            target: k.target,
                                          },
                                          rationale,
                                        }),
                                      )
                                    }
                                  />
                                </span>
                              ) : (
                                <span className="muted">–</span>
                              )}
                            </td>
                          );
                        })}
                        <td className="cs-consensus-td">
                          {cons ? (
                            <div className="cs-cons">
                              <input
                                key={`${cons.value}-${cons.updatedAt}`}
                                className="input input-narrow"
                                type="number"
                                aria-label={`Consensus ${scaleLabel(k.scaleId)}`}
                                defaultValue={cons.value ?? ''}
                                step={cb.scales.find((x) => x.id === k.scaleId)?.step ?? 0.5}
                                onBlur={(e) => {
                                  const v = Number(e.target.value);
                                  if (e.target.value === '' || !Number.isFinite(v) || v === cons.value || !consensusId)
                                    return;
                                  void act(
                                    'Editing the consensus rating',
                                    send('rating-set', {
                                      transcriptId,
                                      coderId: consensusId,
                                      scaleId: k.scaleId,
                                      target: k.target,
                                      value: v,
                                    }),
                                  ).catch(() => {});
                                }}
                              />
                              {provenance(cons)}
                              <RationaleField
                                label={`Rationale for ${scaleLabel(k.scaleId)}`}
                                value={cons.rationale}
                                onSave={(rationale) =>
                                  act(
                                    'Saving the rationale',
                                    send('consensus-set-rationale', {
                                      transcriptId,
                                      item: { kind: 'rating', scaleId: k.scaleId, target: k.target },
                                      rationale,
                                    }),
                                  )
                                }
                              />
                            </div>
                          ) : (
                            <span className="muted small">–</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>

          <ConsensusEvents
            transcriptId={transcriptId}
            work={loaded.work}
            consensus={loaded.consensus}
            scales={cb.scales}
            nameOf={nameOf}
            act={act}
          />

          <section className="card cs-section" aria-labelledby="cs-hl">
            <h2 className="card-title" id="cs-hl">
              Highlights
            </h2>
            <div className="cs-hl-grid">
              <div>
                <h3 className="section-label">Independent codings</h3>
                <ul className="cs-hl-list">
                  {loaded.work
                    .flatMap((w) => w.annotations.map((a) => ({ a, w })))
                    .sort((x, y) => x.a.start - y.a.start || x.a.end - y.a.end)
                    .map(({ a, w }) => {
                      const code = codeOf(a.codeId);
                      return (
                        <li key={a.id} className="cs-hl" style={{ borderLeftColor: code?.color ?? '#888' }}>
                          <div className="cs-hl-head">
                            <span className="cs-who">{w.coder.name}</span>
                            <span className="cs-code" style={{ background: tint(code?.color ?? '#888888', 0.18) }}>
                              {code?.label ?? a.codeId}
                            </span>
                          </div>
                          <q className="cs-quote">{quote(a)}</q>
                          {linkedEvent(a.eventId, w.events)}
                          {acceptedIds.has(a.id) ? (
                            <span className="prov prov--accepted">in the consensus</span>
                          ) : (
                            <AcceptButton
                              label="Accept"
                              name={`Accept ${w.coder.name}’s ${code?.label ?? a.codeId} highlight`}
                              onAccept={(rationale) =>
                                act(
                                  'Accepting the highlight',
                                  send('consensus-accept', {
                                    transcriptId,
                                    source: { kind: 'annotation', annotationId: a.id },
                                    rationale,
                                  }),
                                )
                              }
                            />
                          )}
                        </li>
                      );
                    })}
                </ul>
              </div>
              <div>
                <h3 className="section-label">Consensus ({loaded.consensus.annotations.length})</h3>
                {loaded.consensus.annotations.length === 0 ? (
                  <p className="muted small">No highlights accepted yet.</p>
                ) : (
                  <ul className="cs-hl-list" data-testid="cs-consensus-highlights">
                    {[...loaded.consensus.annotations]
                      .sort((x, y) => x.start - y.start)
                      .map((a) => {
                        const code = codeOf(a.codeId);
                        return (
                          <li
                            key={a.id}
                            className="cs-hl cs-hl--consensus"
                            style={{ borderLeftColor: code?.color ?? '#888' }}
                          >
                            <div className="cs-hl-head">
                              <span className="cs-code" style={{ background: tint(code?.color ?? '#888888', 0.18) }}>
                                {code?.label ?? a.codeId}
                              </span>
                              {provenance(a)}
                            </div>
                            <q className="cs-quote">{quote(a)}</q>
                            {linkedEvent(a.eventId, loaded.consensus.events)}
                            <RationaleField
                              label={`Rationale for the ${code?.label ?? a.codeId} highlight`}
                              value={a.rationale}
                              onSave={(rationale) =>
                                act(
                                  'Saving the rationale',
                                  send('consensus-set-rationale', {
                                    transcriptId,
                                    item: { kind: 'annotation', annotationId: a.id },
                                    rationale,
                                  }),
                                )
                              }
                            />
                          </li>
                        );
                      })}
                  </ul>
                )}
              </div>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
