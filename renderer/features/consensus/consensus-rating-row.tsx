import type { ConsensusProvenance } from '../../../shared/api/consensus.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import { send } from '../../api/client.ts';
import { AcceptButton } from './accept-button.tsx';
import { ratingText } from './consensus-text.ts';
import { ConsensusProvenanceTag } from './consensus-provenance.tsx';
import { RationaleField } from './rationale-field.tsx';
import { ConsensusValueInput } from './consensus-value-input.tsx';
import type { ConsensusAct, CoderWork } from './use-consensus-record.ts';

interface Props {
  transcriptId: string;
  /** The consensus coder's id (its ratings are edited with the ordinary rating call). */
  consensusId: string;
  scaleId: string;
  target: string;
  scaleLabel: string;
  /** The scale's step, for the consensus value's input. */
  step: number;
  work: readonly CoderWork[];
  consensus: (Rating & ConsensusProvenance) | undefined;
  nameOf: (coderId: string | null) => string;
  act: ConsensusAct;
}

/** One scale and target: each coder's value to accept, and the consensus value (editable) with its rationale. */
export function ConsensusRatingRow(props: Props) {
  const { transcriptId, consensusId, scaleId, target, scaleLabel, step, work, consensus: cons, nameOf, act } = props;
  return (
    <tr>
      <th scope="row">
        {scaleLabel}
        {target !== 'transcript' && <span className="muted small"> · {target}</span>}
      </th>
      {work.map((w) => {
        const r = w.ratings.find((x) => x.scaleId === scaleId && x.target === target);
        return (
          <td key={w.coder.id}>
            {r ? (
              <span className="cs-rating">
                <span className="cs-value">{ratingText(r)}</span>
                <AcceptButton
                  label="Accept"
                  name={`Accept ${w.coder.name}’s ${scaleLabel}`}
                  onAccept={(rationale) =>
                    act(
                      'Accepting the rating',
                      send('consensus-accept', {
                        transcriptId,
                        source: { kind: 'rating', coderId: w.coder.id, scaleId, target },
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
            <ConsensusValueInput
              label={`Consensus ${scaleLabel}`}
              draftKey={`${transcriptId}|${scaleId}|${target}`}
              value={cons.value}
              step={step}
              onSave={(value) =>
                act(
                  'Editing the consensus rating',
                  send('rating-set', { transcriptId, coderId: consensusId, scaleId, target, value }),
                )
              }
            />
            <ConsensusProvenanceTag provenance={cons} nameOf={nameOf} />
            <RationaleField
              label={`Rationale for ${scaleLabel}`}
              value={cons.rationale}
              onSave={(rationale) =>
                act(
                  'Saving the rationale',
                  send('consensus-set-rationale', {
                    transcriptId,
                    item: { kind: 'rating', scaleId, target },
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
}
