import type { Highlight } from './types.ts';

/** A highlight whose create call has not resolved; `savedId` once it has (until the saved one is shown). */
export interface PendingHighlight extends Highlight {
  pending: true;
  savedId?: string;
}

/**
 * Highlights being saved, kept outside React state: adding one re-renders only the transcript view
 * that subscribes (not the whole coding view), so a code key paints its highlight within a frame.
 */
export class PendingStore {
  private list: readonly PendingHighlight[] = [];
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };
  readonly get = (): readonly PendingHighlight[] => this.list;

  add(span: PendingHighlight): void {
    this.set([...this.list, span]);
  }
  /** The create call resolved: keep showing it until the saved highlight with `savedId` is on screen. */
  resolve(id: string, savedId: string): void {
    this.set(this.list.map((p) => (p.id === id ? { ...p, savedId } : p)));
  }
  remove(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const drop = new Set(ids);
    this.set(this.list.filter((p) => !drop.has(p.id)));
  }
  clear(): void {
    if (this.list.length) this.set([]);
  }
  private set(next: readonly PendingHighlight[]): void {
    this.list = next;
    for (const l of this.listeners) l();
  }
}
