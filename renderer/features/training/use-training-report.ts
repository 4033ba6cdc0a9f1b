import { useEffect, useState } from 'react';
import type { Coder } from '../../../shared/api/coder.ts';
import type { TranscriptStatus } from '../../../shared/api/status.ts';
import type { TraineeReport } from '../../../shared/reliability/types.ts';
import { errorMessage, send } from '../../api/client.ts';
import type { ProjectData } from '../../state/use-project-data.ts';

interface Options {
  /** Nothing loads while trainer mode is off. */
  trainerMode: boolean;
  traineeId: string;
  /** Who is looking: a trainee also gets their transcripts' submission status. */
  coder: Coder;
  /** The project's key coders: a change reloads the report. */
  keys: ProjectData['keys'];
}

/** A trainee's report against the keys (and, for a trainee, what they have submitted); `refresh` reloads it. */
export function useTrainingReport({ trainerMode, traineeId, coder, keys }: Options) {
  const [report, setReport] = useState<TraineeReport | null>(null);
  const [statuses, setStatuses] = useState<TranscriptStatus[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);

  useEffect(() => {
    if (!trainerMode || !traineeId) return;
    let live = true;
    void (async () => {
      try {
        const [r, st] = await Promise.all([
          send('training-report', { traineeId }),
          coder.role === 'trainee'
            ? send('status-list', { coderId: coder.id })
            : Promise.resolve([] as TranscriptStatus[]),
        ]);
        if (!live) return;
        setReport(r);
        setStatuses(st);
        setError(null);
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [trainerMode, traineeId, coder, seq, keys]);

  return { report, statuses, error, setError, refresh: () => setSeq((n) => n + 1) };
}
