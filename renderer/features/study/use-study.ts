import { useCallback, useEffect, useState } from 'react';
import type { StudyGrid, StudyProgress } from '../../../shared/api/study.ts';
import { errorMessage, send } from '../../api/client.ts';

/** The plan's grid and the progress grid, fetched again whenever the project data changes. */
export function useStudy(dataSeq: unknown) {
  const [grid, setGrid] = useState<StudyGrid | null>(null);
  const [progress, setProgress] = useState<StudyProgress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [seq, setSeq] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [g, p] = await Promise.all([send('study-get', {}), send('study-get-progress', {})]);
        if (!live) return;
        setGrid(g);
        setProgress(p);
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [dataSeq, seq]);

  const refresh = useCallback(() => setSeq((n) => n + 1), []);
  return { grid, setGrid, progress, error, setError, refresh };
}
