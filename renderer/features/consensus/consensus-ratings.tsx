import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { ratingRows } from './consensus-text.ts';
import { ConsensusRatingRow } from './consensus-rating-row.tsx';
import type { ConsensusAct, LoadedConsensus } from './use-consensus-record.ts';

interface Props {
  transcriptId: string;
  loaded: LoadedConsensus;
  scales: readonly Scale[];
  nameOf: (coderId: string | null) => string;
  act: ConsensusAct;
}

/** The ratings table: one row per scale and target, a column per coder and one for the consensus. */
export function ConsensusRatings({ transcriptId, loaded, scales, nameOf, act }: Props) {
  const rows = ratingRows(
    loaded.work.map((w) => w.ratings),
    loaded.consensus.ratings,
  );
  const scaleLabel = (id: string) => scales.find((x) => x.id === id)?.label ?? id;
  return (
    <section className="card cs-section" aria-labelledby="cs-ratings">
      <h2 className="card-title" id="cs-ratings">
        Ratings
      </h2>
      {rows.length === 0 ? (
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
            {rows.map((k) => (
              <ConsensusRatingRow
                key={`${k.scaleId}|${k.target}`}
                transcriptId={transcriptId}
                consensusId={loaded.consensus.consensus.id}
                scaleId={k.scaleId}
                target={k.target}
                scaleLabel={scaleLabel(k.scaleId)}
                step={scales.find((x) => x.id === k.scaleId)?.step ?? 0.5}
                work={loaded.work}
                consensus={loaded.consensus.ratings.find((r) => r.scaleId === k.scaleId && r.target === k.target)}
                nameOf={nameOf}
                act={act}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
