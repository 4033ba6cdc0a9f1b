import { describe, expect, it } from 'vitest';
import { ValueStore } from './value-store.ts';

describe('ValueStore', () => {
  it('tells its subscribers about a new value, once, and not about the same one again', () => {
    const store = new ValueStore<{ start: number; end: number } | null>(null);
    const seen: unknown[] = [];
    const stop = store.subscribe(() => seen.push(store.get()));
    const sel = { start: 3, end: 9 };
    store.set(sel);
    store.set(sel);
    store.set(null);
    store.set(null);
    expect(seen).toEqual([sel, null]);
    stop();
    store.set(sel);
    expect(seen).toHaveLength(2);
    expect(store.get()).toBe(sel);
  });
});
