import { startTransition, useEffect, useState } from 'react';
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface ValueState<T> {
  value: T;
  /** Replace the value; the same value again tells no one. */
  set: (next: T) => void;
}

/**
 * One value that changes often, kept outside React state: only the components that show it
 * subscribe (e.g. the text selection, which the code panel previews), so a change does not
 * re-render everything that merely holds it (the coding view).
 */
export type ValueStore<T> = StoreApi<ValueState<T>>;

export function createValueStore<T>(initial: T): ValueStore<T> {
  return createStore<ValueState<T>>()((set) => ({
    value: initial,
    set: (next) => set((s) => (Object.is(s.value, next) ? s : { value: next })),
  }));
}

/** The store's value, followed as a transition: never in the way of typing or of a key's paint. */
export function useTransitionValue<T>(store: ValueStore<T>): T {
  const [value, setValue] = useState(() => store.getState().value);
  useEffect(() => {
    const sync = () => startTransition(() => setValue(() => store.getState().value));
    sync(); // a change between render and subscription
    return store.subscribe(sync);
  }, [store]);
  return value;
}
