import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../shared/api/project.ts';
import { errorMessage, send } from '../../api/client.ts';
import { useStableCallback } from '../../ui/use-stable-callback.ts';

/** Where the arrows had got to when Enter was pressed, to open the same hit in the new answer. */
type WantedHit = Pick<SearchHit, 'transcriptId' | 'start'>;

/**
 * The project search's state: the query, the answer (searched after a typing pause), the active hit, and
 * an Enter pressed before the answer for the typed query arrived, which opens the hit when it does.
 * `open` closes the dialog and opens a hit.
 */
export function useProjectSearch(initialQuery: string, open: (hit: SearchHit | undefined) => void) {
  const [query, setQuery] = useState(initialQuery);
  // The hits with the query they answer: while a newer query is typed (or its search is on the way)
  // the list still shows the last answer, which must never be opened as if it were the new one.
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  // Enter pressed before the hits for the typed query arrived: open when they do (the hit picked
  // with the arrows if the new query still matches there, else the first).
  const [wanted, setWanted] = useState<{ query: string; at: WantedHit | null } | null>(null);
  const q = query.trim();
  const hits = q ? (result?.hits ?? null) : null;
  const fresh = result !== null && result.query === q;
  const urgent = wanted !== null && wanted.query === q;

  useEffect(() => {
    if (!q) {
      setResult(null);
      return;
    }
    if (fresh) return; // answered (e.g. an Enter for it found nothing): no second search
    let live = true;
    // Typing waits for a pause; an Enter already waiting for this query does not.
    const t = setTimeout(
      () => {
        send('project-search', { query: q, limit: 300 }).then(
          (h) => {
            if (!live) return;
            setResult({ query: q, hits: h });
            setError(null);
            setActive(0);
          },
          (e: unknown) => {
            if (!live) return;
            setError(errorMessage(e));
            setWanted(null);
          },
        );
      },
      urgent ? 0 : 180,
    );
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q, urgent, fresh]);

  // The answer to a query Enter was pressed for has arrived.
  const openLatest = useStableCallback(open);
  useEffect(() => {
    if (!wanted || !result || result.query !== wanted.query) return;
    const { at } = wanted;
    setWanted(null);
    openLatest(
      (at && result.hits.find((h) => h.transcriptId === at.transcriptId && h.start === at.start)) ?? result.hits[0],
    );
  }, [wanted, result, openLatest]);

  const type = (text: string) => {
    setQuery(text);
    setWanted(null);
  };

  /** Move the active hit by one, wrapping around. */
  const step = (by: 1 | -1) => {
    const n = hits?.length ?? 0;
    if (n) setActive((a) => (a + by + n) % n);
  };

  /** Open the active hit, or the answer's pick once the answer for the typed query arrives. */
  const enter = () => {
    if (fresh) open(hits?.[active]);
    else if (q) {
      const picked = active > 0 ? hits?.[active] : undefined;
      setWanted({ query: q, at: picked ? { transcriptId: picked.transcriptId, start: picked.start } : null });
    }
  };

  return { query, q, hits, answeredQuery: result?.query, fresh, error, active, setActive, type, step, enter };
}
