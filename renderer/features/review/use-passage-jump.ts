import { useEffect, useRef, useState, type RefObject } from 'react';
import { lineAt } from './review-marks.ts';
import type { LoadedReview } from './use-review-data.ts';

export type Flash = { start: number; end: number; seq: number };

/**
 * Scrolling the review's columns to a passage and flashing it (`seq` restarts the flash when the same
 * passage is chosen again). A passage waiting in `pending` (from the dashboard) is shown once its
 * transcript has loaded.
 */
export function usePassageJump(loaded: LoadedReview | null, pending: RefObject<{ start: number; end: number } | null>) {
  const [flash, setFlash] = useState<Flash | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  const jump = (start: number, end: number) => {
    setFlash((f) => ({ start, end, seq: (f?.seq ?? 0) + 1 }));
    const root = scroller.current;
    if (!root || !loaded) return;
    const line = lineAt(loaded.transcript.text, start);
    root.querySelector(`[data-line="${line}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  useEffect(() => {
    const j = pending.current;
    if (!loaded || !j) return;
    pending.current = null;
    requestAnimationFrame(() => jump(j.start, j.end));
    // jump reads the loaded transcript just set.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loaded]);

  return { flash, scroller, jump };
}
