import type { AppEventBus } from '../services/app-events.ts';

/** A long command shows how far it is once it has taken this long (a quick one prints nothing). */
export const PROGRESS_AFTER_MS = 300;

/**
 * Follows a task's `progress` app events and, from PROGRESS_AFTER_MS on, shows them on one updating
 * line of `out` (the terminal's stderr: stdout stays the command's output, for scripts). Returns stop().
 */
export function followProgress(
  events: AppEventBus,
  task: string,
  label: string,
  out: { write: (s: string) => void } | null,
): () => void {
  if (!out) return () => {};
  const started = Date.now();
  let live = true;
  let shown = false;
  let seq = events.lastSeq;
  let latest: { done: number; total: number } | null = null;
  const draw = () => {
    if (!latest || Date.now() - started < PROGRESS_AFTER_MS) return;
    shown = true;
    const pct = Math.floor((100 * latest.done) / latest.total);
    out.write(`\r${label}: ${pct}% (${latest.done} of ${latest.total} steps)`);
  };
  const timer = setInterval(draw, 100);
  void (async () => {
    while (live) {
      const e = await events.next(seq, 250);
      if (!e) continue;
      seq = e.seq;
      if (e.event.type === 'progress' && e.event.task === task) latest = e.event;
    }
  })();
  return () => {
    live = false;
    clearInterval(timer);
    events.closeAll();
    if (shown) out.write(`\r${' '.repeat(label.length + 40)}\r`);
  };
}
