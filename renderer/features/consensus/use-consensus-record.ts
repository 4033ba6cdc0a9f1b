import { useEffect, useState } from 'react';
import type { Annotation } from '../../../shared/api/annotation.ts';
import type { Classification } from '../../../shared/api/classification.ts';
import type { Coder } from '../../../shared/api/coder.ts';
import type { ConsensusRecord } from '../../../shared/api/consensus.ts';
import type { LossEvent } from '../../../shared/api/event.ts';
import type { Rating } from '../../../shared/api/rating.ts';
import type { Transcript } from '../../../shared/api/transcript.ts';
import { errorMessage, send } from '../../api/client.ts';
import { trackWrite } from '../../state/save-status.ts';

/** One coder's independent coding of the transcript. */
export interface CoderWork {
  coder: Coder;
  classification: Classification | null;
  ratings: Rating[];
  annotations: Annotation[];
  events: LossEvent[];
}

export interface LoadedConsensus {
  transcript: Transcript;
  consensus: ConsensusRecord;
  /** The coders who coded anything of this transcript. */
  work: CoderWork[];
}

/** Runs a write, reports its error and reloads the record (rejects when it failed). */
export type ConsensusAct = (what: string, call: Promise<unknown>) => Promise<void>;

async function loadWork(transcriptId: string, coder: Coder): Promise<CoderWork> {
  const [classification, ratings, annotations, events] = await Promise.all([
    send('classification-get', { transcriptId, coderId: coder.id }),
    send('rating-list', { transcriptId, coderId: coder.id }),
    send('annotation-list', { transcriptId, coderId: coder.id }),
    send('event-list', { transcriptId, coderId: coder.id }),
  ]);
  return { coder, classification, ratings, annotations, events };
}

/**
 * The transcript, its consensus record and every rater's coding of it, loaded while `enabled` (the
 * view is allowed and not blind) and again after each write made through `act`.
 */
export function useConsensusRecord(enabled: boolean, transcriptId: string, raters: readonly Coder[]) {
  const [loaded, setLoaded] = useState<LoadedConsensus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);

  useEffect(() => {
    if (!enabled || !transcriptId) return;
    let live = true;
    void (async () => {
      try {
        await send('consensus-start', {});
        const [transcript, consensus, work] = await Promise.all([
          send('transcript-get', { id: transcriptId }),
          send('consensus-get', { transcriptId }),
          Promise.all(raters.map((c) => loadWork(transcriptId, c))),
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
  }, [enabled, transcriptId, raters, seq]);

  const act: ConsensusAct = async (what, call) => {
    setError(null);
    try {
      await trackWrite(what, call);
      setSeq((n) => n + 1);
    } catch (e) {
      setError(errorMessage(e));
      throw e;
    }
  };

  return { loaded, error, act };
}
