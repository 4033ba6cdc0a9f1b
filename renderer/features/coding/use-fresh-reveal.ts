import { useState } from 'react';

/**
 * The transcript view is drawn anew (remounted) when a section heading is edited: Slate takes its
 * document only when mounted. The redrawn view must not replay the jump the old one last made, so a
 * reveal set before the headings of the same transcript changed is passed on as null. Opening
 * another transcript is not a redraw: a reveal meant for it (set while it loads) still applies.
 */
export function useFreshReveal<T>(reveal: T | null, transcriptId: string | null, headings: string): T | null {
  const [seen, setSeen] = useState<{ transcriptId: string | null; headings: string; stale: T | null }>({
    transcriptId,
    headings,
    stale: null,
  });
  let stale = seen.stale;
  if (seen.transcriptId !== transcriptId || seen.headings !== headings) {
    stale = seen.transcriptId === transcriptId ? reveal : null;
    setSeen({ transcriptId, headings, stale }); // React's "adjust state while rendering" pattern
  }
  return reveal !== null && reveal === stale ? null : reveal;
}
