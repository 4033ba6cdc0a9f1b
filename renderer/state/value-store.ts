import { startTransition, useEffect, useState } from 'react';

/**
 * One value that changes often, kept outside React state: only the components that show it
 * subscribe (e.g. the text selection, which the code panel previews), so a change does not
 * re-render everything that merely holds it (the coding view).
 */
export class ValueStore<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();

  constructor(initial: T) {
    this.value = initial;
  }

  readonly get = (): T => this.value;

  readonly subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => {
      this.listeners.delete(l);
    };
  };

  set(next: T): void {
    if (Object.is(next, this.value)) return;
    this.value = next;
    for (const l of this.listeners) l();
  }
}

/** The store's value, followed as a transition: never in the way of typing or of a key's paint. */
export function useTransitionValue<T>(store: ValueStore<T>): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    const sync = () => startTransition(() => setValue(() => store.get()));
    sync(); // a change between render and subscription
    return store.subscribe(sync);
  }, [store]);
  return value;
}
