import { useCallback, useEffect, useState } from 'react';
import type { StoredCodebook } from '../../shared/api/codebook.ts';
import type { Coder } from '../../shared/api/coder.ts';
import type { ProjectSettings } from '../../shared/api/settings.ts';
import type { TranscriptSummary } from '../../shared/api/transcript.ts';
import { errorMessage, send } from '../api/client.ts';

/** What the project views other than Coding share: settings, coders, transcripts, codebook and trainer keys. */
export interface ProjectData {
  settings: ProjectSettings;
  coders: Coder[];
  transcripts: TranscriptSummary[];
  codebook: StoredCodebook;
  keys: { transcriptId: string; coderId: string }[];
}

export function useProjectData(refreshSeq: number): {
  data: ProjectData | null;
  error: string | null;
  reload: () => Promise<void>;
} {
  const [data, setData] = useState<ProjectData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [localSeq, setLocalSeq] = useState(0);

  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const [session, coders, transcripts, codebook, keys] = await Promise.all([
          send('session-get', {}),
          send('coder-list', {}),
          send('transcript-list', {}),
          send('codebook-get-active', {}),
          send('training-list-keys', {}),
        ]);
        if (!live) return;
        setData({ settings: session.settings, coders, transcripts, codebook, keys });
        setError(null);
      } catch (e) {
        if (live) setError(errorMessage(e));
      }
    })();
    return () => {
      live = false;
    };
  }, [refreshSeq, localSeq]);

  const reload = useCallback(async () => setLocalSeq((n) => n + 1), []);
  return { data, error, reload };
}
