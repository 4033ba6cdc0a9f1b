import { describe, expect, it } from 'vitest';
import { createValueStore } from './value-store.ts';

describe('createValueStore', () => {
  it('tells its subscribers about a new value, once, and not about the same one again', () => {
    const store = createValueStore<{ start: number; end: number } | null>(null);
    const seen: unknown[] = [];
    const stop = store.subscribe(() => seen.push(store.getState().value));
    const sel = { start: 3, end: 9 };
    store.getState().set(sel);
    store.getState().set(sel);
    store.getState().set(null);
    store.getState().set(null);
    expect(seen).toEqual([sel, null]);
    stop();
    store.getState().set(sel);
    expect(seen).toHaveLength(2);
    expect(store.getState().value).toBe(sel);
  });
});
