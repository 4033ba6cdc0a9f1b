import type { Code } from '../../../shared/codebook/codebook-schema.ts';
import { send } from '../../api/client.ts';
import { quoteOf } from './consensus-text.ts';
import { ConsensusHighlightCard } from './consensus-highlight-card.tsx';
import { ConsensusSourceHighlight } from './consensus-source-highlight.tsx';
import type { ConsensusAct, LoadedConsensus } from './use-consensus-record.ts';

interface Props {
  transcriptId: string;
  loaded: LoadedConsensus;
  codes: readonly Code[];
  nameOf: (coderId: string | null) => string;
  act: ConsensusAct;
}

/** Every coder's highlights in text order, to accept, beside the consensus's highlights with their rationales. */
export function ConsensusHighlights({ transcriptId, loaded, codes, nameOf, act }: Props) {
  const codeOf = (id: string) => codes.find((c) => c.id === id);
  const acceptedIds = new Set(loaded.consensus.annotations.map((a) => a.origin?.item).filter(Boolean));
  const text = loaded.transcript.text;
  return (
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
              .map(({ a, w }) => (
                <ConsensusSourceHighlight
                  key={a.id}
                  coderName={w.coder.name}
                  annotation={a}
                  code={codeOf(a.codeId)}
                  quote={quoteOf(text, a)}
                  events={w.events}
                  accepted={acceptedIds.has(a.id)}
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
              ))}
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
                .map((a) => (
                  <ConsensusHighlightCard
                    key={a.id}
                    annotation={a}
                    code={codeOf(a.codeId)}
                    quote={quoteOf(text, a)}
                    events={loaded.consensus.events}
                    nameOf={nameOf}
                    onRationale={(rationale) =>
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
                ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
