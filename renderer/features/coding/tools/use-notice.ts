import { useEffect, useState } from 'react';

/** A one-line hint in the coding panel ("Select a passage first…"), gone after five seconds. */
export function useNotice(): [string | null, (notice: string | null) => void] {
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(() => setNotice(null), 5000);
    return () => clearTimeout(t);
  }, [notice]);
  return [notice, setNotice];
}
