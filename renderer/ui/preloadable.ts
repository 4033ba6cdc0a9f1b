import { lazy, type ComponentType } from 'react';

/**
 * A component in its own chunk that can be fetched ahead. Once fetched, it renders at once: a `lazy()`
 * component suspends on its first render even when its chunk is already here, and React then keeps the
 * Suspense fallback on screen for at least 300 ms. The type returned by `type()` stays the same for the
 * app's lifetime (another type would remount the screen and lose its state).
 */
export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => (loading ??= load().then((c) => (loaded = c)));
  const Lazy = lazy(() => preload().then((c) => ({ default: c })));
  let lazyShown = false;
  return {
    preload,
    loaded: () => loaded !== null,
    type(): ComponentType<P> {
      if (loaded && !lazyShown) return loaded;
      lazyShown = true;
      return Lazy;
    },
  };
}
