import type { AppEvent } from '../../shared/api/app.ts';

/**
 * A tiny ordered event log the renderer long-polls. Keeps only recent events:
 * a UI that fell far behind just reloads its state.
 */
export class AppEventBus {
  private seq = 0;
  private readonly recent: { seq: number; event: AppEvent }[] = [];
  private waiters = new Set<() => void>();

  push(event: AppEvent): number {
    this.seq += 1;
    this.recent.push({ seq: this.seq, event });
    if (this.recent.length > 100) this.recent.shift();
    for (const w of this.waiters) w();
    return this.seq;
  }

  get lastSeq(): number {
    return this.seq;
  }

  next(after: number, timeoutMs: number): Promise<{ seq: number; event: AppEvent } | null> {
    const found = () => this.recent.find((r) => r.seq > after) ?? null;
    const now = found();
    if (now || timeoutMs === 0) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve(found());
      };
      const timer = setTimeout(done, timeoutMs);
      this.waiters.add(done);
    });
  }

  /** Release every waiting poll (used on shutdown so HTTP requests end promptly). */
  closeAll(): void {
    for (const w of [...this.waiters]) w();
  }
}
