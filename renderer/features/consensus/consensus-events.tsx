import { useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { ConsensusRecord } from '../../../shared/api/consensus.ts';
import type { Scale } from '../../../shared/codebook/codebook-schema.ts';
import { send } from '../../api/client.ts';
import { eventTarget } from '../score-sheet/index.ts';
import { ConsensusEventCard } from './consensus-event-card.tsx';
import { ConsensusSourceEvent } from './consensus-source-event.tsx';

interface Props {
  transcriptId: string;
  work: readonly { coder: Coder; events: LossEvent[]; ratings: Rating[] }[];
  consensus: ConsensusRecord;
  scales: readonly Scale[];
  nameOf: (coderId: string | null) => string;
  /** Runs a write, reports its error and reloads the record (rejects when it failed). */
  act: (what: string, call: Promise<unknown>) => Promise<void>;
}

/**
 * Losses and traumas side by side: each coder's events with their unresolved ratings, and the
 * consensus's own events. Accepting an event copies it with all its ratings (the rationale goes with
 * them); the consensus values are then edited here, as the other consensus ratings are.
 */
export function ConsensusEvents({ transcriptId, work, consensus, scales, nameOf, act }: Props) {
  // Bumped by every accept, so a consensus event accepted again shows its new rationale.
  const [epoch, setEpoch] = useState(0);
  const eventScales = scales.filter((s) => s.targets.includes('event'));
  const acceptedFrom = new Set(consensus.events.map((e) => e.origin?.item).filter(Boolean));
  const consensusId = consensus.consensus.id;
  const columns = work.filter((w) => w.events.length > 0);
  return (
    <section className="card cs-section" aria-labelledby="cs-events">
      <h2 className="card-title" id="cs-events">
        Losses and traumas
      </h2>
      {columns.length === 0 && consensus.events.length === 0 ? (
        <p className="muted small">No coder has listed a loss or trauma on this transcript.</p>
      ) : (
        <div
          className="cs-grid"
          style={{ gridTemplateColumns: `repeat(${Math.max(columns.length, 1)}, minmax(0, 1fr)) minmax(0, 1.4fr)` }}
        >
          {columns.length === 0 && (
            <p className="muted small">No coder has listed a loss or trauma on this transcript.</p>
          )}
          {columns.map((w) => (
            <div key={w.coder.id} className="cs-ev-column" data-testid={`cs-events-${w.coder.name}`}>
              <span className="cs-who">{w.coder.name}</span>
              <ul className="cs-ev-list">
                {w.events.map((ev, i) => (
                  <ConsensusSourceEvent
                    key={ev.id}
                    coderName={w.coder.name}
                    event={ev}
                    index={i}
                    ratings={w.ratings}
                    eventScales={eventScales}
                    accepted={acceptedFrom.has(eventTarget(ev.id))}
                    onAccept={async (rationale) => {
                      await act(
                        'Accepting the event',
                        send('consensus-accept', {
                          transcriptId,
                          source: { kind: 'event', coderId: w.coder.id, eventId: ev.id },
                          rationale,
                        }),
                      );
                      setEpoch((n) => n + 1);
                    }}
                  />
                ))}
              </ul>
            </div>
          ))}
          <div className="cs-ev-column cs-ev-column--consensus" data-testid="cs-events-consensus">
            <span className="cs-who">Consensus</span>
            {consensus.events.length === 0 ? (
              <p className="muted small">None yet: accept a coder’s event (its unresolved ratings come with it).</p>
            ) : (
              <ul className="cs-ev-list">
                {consensus.events.map((ev, i) => (
                  <ConsensusEventCard
                    key={`${ev.id}-${epoch}`}
                    event={ev}
                    index={i}
                    ratings={consensus.ratings}
                    eventScales={eventScales}
                    nameOf={nameOf}
                    onRate={(scaleId, value) =>
                      act(
                        'Editing the consensus rating',
                        send('rating-set', {
                          transcriptId,
                          coderId: consensusId,
                          scaleId,
                          target: eventTarget(ev.id),
                          value,
                        }),
                      )
                    }
                    onRationale={(rationale) =>
                      act(
                        'Saving the rationale',
                        send('consensus-set-rationale', {
                          transcriptId,
                          item: { kind: 'event', eventId: ev.id },
                          rationale,
                        }),
                      )
                    }
                    onRemove={() => act('Removing the consensus event', send('event-delete', { id: ev.id }))}
                  />
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
