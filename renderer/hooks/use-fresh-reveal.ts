import { useState } from 'react';

/**
 * The transcript view is drawn anew (remounted) when its key changes: another transcript, or a
 * section heading edited (Slate takes its document only when mounted). A fresh view must not replay
 * the jump the old one last made, so a reveal set before the key changed is passed on as null.
 */
export function useFreshReveal<T>(reveal: T | null, viewKey: string): T | null {
  const [seen, setSeen] = useState<{ key: string; stale: T | null }>({ key: viewKey, stale: null });
  let stale = seen.stale;
  if (seen.key !== viewKey) {
    stale = reveal;
    setSeen({ key: viewKey, stale: reveal }); // React's "adjust state while rendering" pattern
  }
  return reveal === stale ? null : reveal;
}
