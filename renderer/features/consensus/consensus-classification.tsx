import type { ClassificationScheme } from '../../../shared/codebook/codebook-schema.ts';
import { send } from '../../api/client.ts';
import { AcceptButton } from './accept-button.tsx';
import { classText } from './consensus-text.ts';
import { ConsensusProvenanceTag } from './consensus-provenance.tsx';
import { RationaleField } from './rationale-field.tsx';
import type { ConsensusAct, LoadedConsensus } from './use-consensus-record.ts';

interface Props {
  transcriptId: string;
  loaded: LoadedConsensus;
  /** The codebook's scheme, for changing the consensus category (null: no scheme, no change). */
  scheme: ClassificationScheme | null;
  nameOf: (coderId: string | null) => string;
  act: ConsensusAct;
}

/** Each coder's classification to accept, beside the consensus one (changeable, with its rationale). */
export function ConsensusClassification({ transcriptId, loaded, scheme, nameOf, act }: Props) {
  const consensusId = loaded.consensus.consensus.id;
  const current = loaded.consensus.classification;
  const change = (primary: string) => {
    const cat = scheme?.primary.find((p) => p.id === primary);
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
  };
  return (
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
          {current ? (
            <>
              <span className="cs-edit-row">
                <span className="cs-value">{classText(current)}</span>
                {scheme && consensusId && (
                  <select
                    className="input input-small cs-edit"
                    aria-label="Change the consensus classification"
                    value=""
                    onChange={(e) => change(e.target.value)}
                  >
                    <option value="">Change…</option>
                    {scheme.primary.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.label}
                      </option>
                    ))}
                  </select>
                )}
              </span>
              <ConsensusProvenanceTag provenance={current} nameOf={nameOf} />
              <RationaleField
                key={`c-${current.updatedAt}`}
                label="Rationale for the consensus classification"
                value={current.rationale}
                onSave={(rationale) =>
                  act(
                    'Saving the rationale',
                    send('consensus-set-rationale', { transcriptId, item: { kind: 'classification' }, rationale }),
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
  );
}
